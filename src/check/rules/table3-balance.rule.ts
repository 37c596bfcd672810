// 表三 本列数据的勾稽关系: 第一项加第二项之和，等于第三项加第四项之和 (every column).
import { TABLE3_COLUMN_KEYS } from '../../report/template.ts';
import { table3ColumnName, templateOf } from '../labels.ts';
import { defineRule } from '../rule.ts';

export const table3Balance = defineRule({
  id: 'table3-balance',
  severity: 'error',
  description: '表三每列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
  check(report) {
    const t = templateOf(report);
    return TABLE3_COLUMN_KEYS.flatMap((col) => {
      const v = (row: string) => report.table3[row]?.[col] ?? null;
      const [r, c, h, f] = [v('received'), v('carriedOver'), v('totalHandled'), v('carriedForward')];
      if (r === null || c === null || h === null || f === null || r + c === h + f) return [];
      return [
        {
          message: `表三 第一项加第二项之和 ≠ 第三项加第四项之和（${table3ColumnName(t, col)}列：${r}+${c} ≠ ${h}+${f}）`,
          where: { part: 'table3', column: col },
        },
      ];
    });
  },
});
