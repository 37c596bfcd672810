// The day-by-day calculation as a plain-text table in Chinese, for the CLI and for notices.

import { displayWidth, padEndDisplay } from '../util/display-width.ts';
import { weekdayName } from './iso-date.ts';
import type { WorkingDaysExplanation } from './working-calendar.ts';

export function formatExplanation(explanation: WorkingDaysExplanation): string {
  const { from, days, result, steps, rule } = explanation;
  const header = [['日期', '星期', '是否计入', '第几个工作日', '说明']];
  const rows = steps.map((s) => [
    s.date,
    s.weekday,
    s.counted ? '计入' : '不计',
    s.ordinal?.toString() ?? '',
    s.label,
  ]);
  const table = [...header, ...rows];
  const widths = header[0]!.map((_, col) => Math.max(...table.map((row) => displayWidth(row[col]!))));
  const lines = table.map((row) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : padEndDisplay(cell, widths[col]!)))
      .join('  ')
      .trimEnd(),
  );
  return [
    `自 ${from}（${weekdayName(from)}）的次日起算 ${days} 个工作日，期限届满日为 ${result}（${weekdayName(result)}）。`,
    '',
    ...lines,
    '',
    `计算规则：${rule}`,
  ].join('\n');
}
