// 表四 each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

import { templateOf } from '../labels.ts';
import { defineRule } from '../rule.ts';

export const table4Total = defineRule({
  id: 'table4-total',
  severity: 'error',
  description: '表四每组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计',
  check(report) {
    const t = templateOf(report);
    return t.table4Groups.flatMap((g) => {
      const row = report.table4[g.key];
      const parts = [row.upheld, row.corrected, row.other, row.pending];
      if (row.total === null || parts.some((p) => p === null)) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum === row.total) return [];
      const name = g.group ? `${g.group}（${g.label}）` : g.label;
      return [
        {
          message: `表四“${name}”：结果维持+结果纠正+其他结果+尚未审结 = ${sum}（${parts.join('+')}）≠ 总计 ${row.total}`,
          where: { part: 'table4', row: g.key, column: 'total' },
        },
      ];
    });
  },
});
