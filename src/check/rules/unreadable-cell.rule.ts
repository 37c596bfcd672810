// Cells the reader could not read are null, with the reason: shown so nobody mistakes them for 0.

import type { CellProvenance } from '../../report/annual-report.ts';
import { everyCell } from '../cells.ts';
import { columnName, rowName, tableName, templateOf } from '../labels.ts';
import type { FindingDraft } from '../rule.ts';
import { defineRule } from '../rule.ts';

export const unreadableCell = defineRule({
  id: 'unreadable-cell',
  severity: 'warning',
  description: '无法读取或无法唯一确定的单元格（值为 null，附原因）',
  check(report) {
    const t = templateOf(report);
    const out: FindingDraft[] = [];
    for (const table of ['table2', 'table3', 'table4'] as const) {
      // Rows with a bad cell, each with its bad cells in column order.
      const badRows = new Map<string, [string, CellProvenance][]>();
      everyCell(report.provenance[table], (p, col, row) => {
        if (isBad(p)) {
          const list = badRows.get(row);
          if (list) list.push([col, p]);
          else badRows.set(row, [[col, p]]);
        }
        return true;
      });
      for (const [row, bad] of badRows) {
        if (bad.every(([, p]) => p.reason?.startsWith('未找到表'))) continue;
        const colNames = bad.map(([c]) => columnName(t, table, row, c)).join('、');
        const reasons = [...new Set(bad.map(([, p]) => p.reason ?? '无法识别'))].join('；');
        out.push({
          message: `${tableName(table)}“${rowName(t, table, row)}”${colNames}无法读取：${reasons}`,
          where: { part: table, row },
        });
      }
    }
    return out;
  },
});

function isBad(p: CellProvenance): boolean {
  return p.status === 'unreadable' && p.raw !== '';
}
