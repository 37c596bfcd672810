// The totals of tables 3 and 4 as spreadsheet formulas (docs/template.md): table 3's 总计 column is
// the sum of the six applicant columns, its （七）总计 row the sum of the outcome rows; table 4's
// 总计 is the sum of the four results. A formula is written only where the report's own figure
// equals it; a report that contradicts its arithmetic keeps its printed figure (and a note).
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES } from '../report/template.ts';
import type { CellRef, TableName } from './table-grid.ts';

export interface TotalFormula {
  /** The cells summed, in the same table. */
  terms: CellRef[];
}

/** The cells a total is the sum of, or undefined for a cell that is not a total. */
export function totalTerms(report: AnnualReport, table: TableName, ref: CellRef): CellRef[] | undefined {
  const t = TEMPLATES[report.template];
  if (table === 'table3') {
    if (ref.col === 'total') {
      return t.table3Columns.filter((c) => c.key !== 'total').map((c) => ({ row: ref.row, col: c.key }));
    }
    if (ref.row === 'totalHandled') return t.outcomeRowKeys.map((row) => ({ row, col: ref.col }));
  }
  if (table === 'table4' && ref.col === 'total') {
    return t.table4Columns.filter((c) => c.key !== 'total').map((c) => ({ row: ref.row, col: c.key }));
  }
  return undefined;
}

export function valueAt(report: AnnualReport, table: TableName, ref: CellRef): number | string | null {
  const rows = report[table] as Record<string, Record<string, number | string | null> | undefined>;
  return rows[ref.row]?.[ref.col] ?? null;
}

/** The sum of the terms, or null when a term is unknown or not a number. */
export function sumOf(report: AnnualReport, table: TableName, terms: CellRef[]): number | null {
  let sum = 0;
  for (const ref of terms) {
    const v = valueAt(report, table, ref);
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

/** A1-style range or list over the cells' addresses: 'SUM(D5:I5)' when they are adjacent. */
export function sumFormula(addresses: { row: number; col: number }[]): string {
  const sameRow = addresses.every((a) => a.row === addresses[0]!.row);
  const sameCol = addresses.every((a) => a.col === addresses[0]!.col);
  const first = addresses[0]!;
  const last = addresses[addresses.length - 1]!;
  const contiguous =
    (sameRow && addresses.every((a, i) => a.col === first.col + i)) ||
    (sameCol && addresses.every((a, i) => a.row === first.row + i));
  if (contiguous) return `SUM(${a1(first)}:${a1(last)})`;
  return `SUM(${addresses.map(a1).join(',')})`;
}

/** 1-based row and column to 'D5'. */
export function a1(at: { row: number; col: number }): string {
  let n = at.col;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${at.row}`;
}
