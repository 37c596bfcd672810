// Walking the cells of a table's provenance: the rules that look at every cell (blank, unreadable,
// table not found) run over a few hundred of them per report, so without building arrays.
import type { CellProvenance } from '../report/annual-report.ts';

export type TableProvenance = Record<string, Record<string, CellProvenance>>;

/**
 * Calls `visit` for each cell (row and column keys in the order Object.entries gives them); stops
 * early, returning false, as soon as `visit` returns false.
 */
export function everyCell(
  rows: TableProvenance,
  visit: (p: CellProvenance, column: string, row: string) => boolean,
): boolean {
  for (const row in rows) {
    if (!Object.hasOwn(rows, row)) continue;
    const cols = rows[row]!;
    for (const column in cols) {
      if (Object.hasOwn(cols, column) && !visit(cols[column]!, column, row)) return false;
    }
  }
  return true;
}
