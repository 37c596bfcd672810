// Cell-by-cell comparison of the tables of two reports: what a round trip (render, then read back)
// changed. Used by the round-trip tests; also a plain function for any caller that compares.
import type { AnnualReport } from '../report/annual-report.ts';
import type { TableName } from './table-grid.ts';

export interface CellDiff {
  table: TableName;
  row: string;
  col: string;
  expected: number | string | null;
  actual: number | string | null | undefined;
}

const TABLES: readonly TableName[] = ['table2', 'table3', 'table4'];

/** Every cell of `expected` whose value `actual` does not have. */
export function tableDiffs(expected: AnnualReport, actual: AnnualReport): CellDiff[] {
  const out: CellDiff[] = [];
  for (const table of TABLES) {
    const a = expected[table] as Record<string, Record<string, number | string | null>>;
    const b = actual[table] as Record<string, Record<string, number | string | null> | undefined>;
    for (const [row, cells] of Object.entries(a)) {
      for (const [col, value] of Object.entries(cells)) {
        const got = b[row]?.[col];
        if (!sameValue(value, got)) out.push({ table, row, col, expected: value, actual: got });
      }
    }
  }
  return out;
}

function sameValue(a: number | string | null, b: number | string | null | undefined): boolean {
  if (a === b) return true;
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9;
}
