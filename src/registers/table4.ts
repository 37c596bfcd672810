// Table 4 (行政复议、行政诉讼) of a year from the register of review cases. The groups and columns
// are the template's; the counting rule (README.md):
// - a case concluded in the year counts under its result, whatever year it was filed;
// - a case filed on or before 31 December and not concluded by then counts as pending;
// - a case concluded in an earlier year, or filed after the year, does not count;
// - total = upheld + corrected + other + pending in each group.

import type { Table4 } from '../report/annual-report.ts';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4ColumnKey } from '../report/template.ts';
import type { ReviewCase } from './records.ts';

export function table4For(cases: readonly ReviewCase[], year: number): Table4 {
  const table = Object.fromEntries(
    TABLE4_GROUPS.map((g) => [g.key, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c.key, 0]))]),
  ) as Table4;
  for (const c of cases) {
    const column = columnIn(c, year);
    if (column === undefined) continue;
    const row = table[c.kind];
    row[column] = (row[column] ?? 0) + 1;
    row.total = (row.total ?? 0) + 1;
  }
  return table;
}

/** Where a case counts in `year`, or undefined when it does not count that year. */
function columnIn(c: ReviewCase, year: number): Table4ColumnKey | undefined {
  const yearEnd = `${year}-12-31`;
  if (c.filedOn > yearEnd) return undefined;
  if (c.concludedOn === undefined || c.concludedOn > yearEnd) return 'pending';
  if (Number(c.concludedOn.slice(0, 4)) !== year) return undefined;
  // Validation requires a result on every concluded case; its absence here is a caller's bug.
  if (c.result === undefined) throw new Error(`concluded case ${c.id} has no result`);
  return c.result;
}
