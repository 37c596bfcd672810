// The order in which a table's columns are printed, from the table's own header. The template
// prints table 3 as 自然人 | 法人或其他组织 (five columns) | 总计; some agencies put 总计 first.
// Only what the header shows unambiguously changes the order: 总计 printed before 自然人 (both are
// headings spanning the header's rows, so any extraction keeps them in reading order). The five
// organisation columns keep their template order.

const NATURAL = '自然人';
const TOTAL = '总计';

/**
 * For table 3, the template column printed at each position (a permutation of 0..6), or undefined
 * when the header shows the template's order (or cannot tell).
 * `header` is the compact text of the table's header (before its first row label).
 */
export function table3ColumnOrder(header: string): readonly number[] | undefined {
  const natural = header.indexOf(NATURAL);
  const total = header.indexOf(TOTAL);
  if (natural < 0 || total < 0 || total > natural) return undefined;
  // 总计 as a column heading stands alone: not inside a sentence about totals ('总计收到…').
  if (header.indexOf(TOTAL, total + 1) >= 0) return undefined;
  return TOTAL_FIRST;
}

/** 总计 printed first, then 自然人 and the five organisation columns. */
export const TOTAL_FIRST: readonly number[] = [6, 0, 1, 2, 3, 4, 5];

/** Cells in printed order to cells in template order. */
export function toTemplateOrder<T>(printed: readonly T[], order: readonly number[] | undefined): T[] {
  if (!order || printed.length !== order.length) return printed.slice();
  const out = new Array<T>(printed.length);
  order.forEach((col, i) => {
    out[col] = printed[i]!;
  });
  return out;
}
