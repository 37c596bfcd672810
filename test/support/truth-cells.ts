// Compares a report's tables with a truth file (a dev corpus truth, a fixture's expected tables):
// every cell the report has, a cell missing from the truth being null. Tables the truth leaves
// null are not compared (the 2019 reports' table 2 has no truth).
import type { AnnualReport } from '../../src/report/annual-report.ts';

export type TruthTables = Partial<
  Record<'table2' | 'table3' | 'table4', Record<string, Record<string, unknown>> | null>
>;

/** 'table3.received.total: read 1, truth 0' for every cell that differs. */
export function truthMismatches(report: AnnualReport, truth: TruthTables): string[] {
  const out: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    const want = truth[table];
    if (!want) continue;
    for (const [row, cols] of Object.entries(report[table] as Record<string, Record<string, unknown>>)) {
      for (const [col, got] of Object.entries(cols)) {
        const expected = want[row]?.[col] ?? null;
        if (got !== expected) out.push(`${table}.${row}.${col}: read ${got}, truth ${expected}`);
      }
    }
  }
  return out;
}
