// 表三 each column: （七）总计 = the sum of the outcome rows （一）…（六）.
import { TABLE3_COLUMN_KEYS } from '../../report/template.ts';
import { table3ColumnName, templateOf } from '../labels.ts';
import { defineRule } from '../rule.ts';

export const table3OutcomeTotal = defineRule({
  id: 'table3-outcome-total',
  severity: 'error',
  description: '表三每列：办理结果（一）至（六）各项之和 = （七）总计',
  check(report) {
    const t = templateOf(report);
    return TABLE3_COLUMN_KEYS.flatMap((col) => {
      const total = report.table3.totalHandled?.[col] ?? null;
      const parts = t.outcomeRowKeys.map((k) => report.table3[k]?.[col] ?? null);
      if (total === null || parts.some((p) => p === null)) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum === total) return [];
      return [
        {
          message: `表三${table3ColumnName(t, col)}列：办理结果各项之和 ${sum} ≠ （七）总计 ${total}`,
          where: { part: 'table3', row: 'totalHandled', column: col },
        },
      ];
    });
  },
});
