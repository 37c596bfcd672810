// Text items placed into the cells of ruled grids. A cell's items are read as lines and joined (a
// label wrapped over several lines inside its cell is one label again); rows are emitted as HTML
// prints them: a merged cell appears once, in its first row.
import type { TableBlock, TableCell } from '../source-doc.ts';
import type { Grid, GridCell } from './grid.ts';
import type { Item } from './items.ts';
import { buildLines } from './lines.ts';

export interface PlacedTable {
  page: number;
  grid: Grid;
  block: TableBlock;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Fills each grid with the items inside it; returns the tables and the items left over. */
export function placeItems(
  page: number,
  grids: Grid[],
  items: Item[],
): { tables: PlacedTable[]; rest: Item[] } {
  const inCell = grids.map((g) => new Map<GridCell, Item[]>(g.cells.map((c) => [c, []])));
  const rest: Item[] = [];
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y - it.h * 0.35;
    const gi = grids.findIndex(
      (g) => cx > g.xs[0]! && cx < g.xs.at(-1)! && cy > g.ys[0]! && cy < g.ys.at(-1)!,
    );
    const grid = grids[gi];
    const cell = grid?.cells.find(
      (c) => cx > grid.xs[c.c0]! && cx < grid.xs[c.c1 + 1]! && cy > grid.ys[c.r0]! && cy < grid.ys[c.r1 + 1]!,
    );
    if (grid && cell) inCell[gi]!.get(cell)!.push(it);
    else rest.push(it);
  }
  const tables = grids.map((grid, gi) => ({ page, grid, block: toBlock(page, grid, inCell[gi]!) }));
  return { tables: tables.filter((t) => t.block.rows.some((r) => r.some((c) => c.text !== ''))), rest };
}

function toBlock(page: number, grid: Grid, inCell: Map<GridCell, Item[]>): TableBlock {
  const rows: TableCell[][] = [];
  for (const cell of grid.cells) {
    const items = inCell.get(cell) ?? [];
    const first = [...items].sort((a, b) => a.y - b.y || a.x - b.x)[0];
    const loc = first
      ? { page, x: round(first.x), y: round(first.y - first.h) }
      : { page, x: round(grid.xs[cell.c0]!), y: round(grid.ys[cell.r0]!) };
    rows[cell.r0] = [...(rows[cell.r0] ?? []), { text: cellText(items), loc }];
  }
  const dense = rows.filter((r) => r !== undefined);
  dense.forEach((r, ri) => {
    r.forEach((c, ci) => {
      Object.assign(c.loc, { row: ri + 1, cell: ci + 1 });
    });
  });
  return { kind: 'table', rows: dense, loc: { page, x: round(grid.xs[0]!), y: round(grid.ys[0]!) } };
}

/** The lines of a cell joined: no space inside Chinese text wrapped by the cell's width. */
export function cellText(items: Item[]): string {
  let out = '';
  for (const line of buildLines(items)) {
    if (
      out &&
      !/[\u3000-\u9fff\uff00-\uffef]$/.test(out) &&
      !/^[\u3000-\u9fff\uff00-\uffef]/.test(line.text)
    ) {
      out += ' ';
    }
    out += line.text;
  }
  return out.trim();
}
