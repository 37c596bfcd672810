// A printed row with more or fewer cells than the template's columns: reported, never silently
// shifted. The reader keeps the reading the table's arithmetic supports.

import { rowName, tableName, templateOf } from '../labels.ts';
import { defineRule } from '../rule.ts';

export const cellCount = defineRule({
  id: 'cell-count',
  severity: 'warning',
  description: '表格某行的单元格数与模板的列数不同（多出或缺少单元格）',
  check(report) {
    const t = templateOf(report);
    return Object.entries(report.provenance.cellCounts).flatMap(([table, rows]) =>
      Object.entries(rows).map(([row, n]) => {
        const name = table === 'table4' ? '数据行' : `“${rowName(t, table, row)}”行`;
        const what =
          n.dropped > 0
            ? `多出 ${n.dropped} 个数字（共印有 ${n.printed} 个单元格，模板为 ${n.expected} 列），多出的数字未计入`
            : `缺少 ${n.missing} 个单元格（模板为 ${n.expected} 列）`;
        return { message: `${tableName(table)}${name}${what}`, where: { part: table, row } };
      }),
    );
  },
});
