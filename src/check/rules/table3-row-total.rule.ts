// 表三 each row: 总计 = the six applicant columns.
import { APPLICANT_COLUMN_KEYS } from '../../report/template.ts';
import { table3RowName, templateOf } from '../labels.ts';
import { defineRule } from '../rule.ts';

export const table3RowTotal = defineRule({
  id: 'table3-row-total',
  severity: 'error',
  description: '表三每行：自然人与五类法人或其他组织之和 = 总计',
  check(report) {
    const t = templateOf(report);
    return t.table3Rows.flatMap(({ key }) => {
      const row = report.table3[key];
      if (!row) return [];
      const parts = APPLICANT_COLUMN_KEYS.map((c) => row[c]);
      if (row.total === null || parts.some((p) => p === null)) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum === row.total) return [];
      return [
        {
          message: `表三“${table3RowName(t, key)}”行：各类申请人之和 ${sum}（${parts.join('+')}）≠ 总计 ${row.total}`,
          where: { part: 'table3', row: key, column: 'total' },
        },
      ];
    });
  },
});
