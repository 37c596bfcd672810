// The three tables of the national template as printed grids: every cell with its text, its role
// (header or value) and its merge (rowSpan/colSpan), built from the template declarations in
// src/report/template.ts. HTML, DOCX, XLSX and text all render these grids, so the merged header
// cells are laid out once, as in 国办公开办函〔2021〕30号 and 〔2019〕60号.
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES, type Template } from '../report/template.ts';
import { formatValue } from './values.ts';

export type CellRole =
  | 'caption' // a heading row inside the table (table 2's 第二十条第（一）项)
  | 'corner' // the header block over the row labels
  | 'colHeader'
  | 'colGroup'
  | 'rowHeader'
  | 'rowGroup'
  | 'value';

export type TableName = 'table2' | 'table3' | 'table4';

export interface CellRef {
  row: string;
  col: string;
}

export interface GridCell {
  text: string;
  role: CellRole;
  rowSpan: number;
  colSpan: number;
  /** For value cells: the report cell shown here, and its value. */
  ref?: CellRef;
  value?: number | string | null;
}

export interface Grid {
  table: TableName;
  /** Columns of the grid (label columns included). */
  width: number;
  /** Rows as printed: a cell covered by a merge above or to the left is omitted (as in HTML). */
  rows: GridCell[][];
  /** How many rows at the top are the column header. */
  headRows: number;
  /** Relative column widths, for DOCX and XLSX. */
  colWidths: number[];
}

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const cell = (text: string, role: CellRole, rowSpan = 1, colSpan = 1): GridCell => ({
  text,
  role,
  rowSpan,
  colSpan,
});

function valueCell(report: AnnualReport, table: TableName, ref: CellRef, colSpan = 1): GridCell {
  const rows = report[table] as Record<string, Record<string, number | string | null> | undefined>;
  const value = rows[ref.row]?.[ref.col] ?? null;
  return { text: formatValue(value), role: 'value', rowSpan: 1, colSpan, ref, value };
}

/** 表二: one block per 第二十条 item; the last column label and value span the spare columns. */
export function table2Grid(report: AnnualReport): Grid {
  const t = TEMPLATES[report.template];
  const widest = Math.max(...t.table2.map((r) => r.columns.length));
  const width = widest + 1;
  const rows: GridCell[][] = [];
  let previous: Template['table2'][number] | undefined;
  for (const row of t.table2) {
    const sameBlock =
      previous?.article === row.article &&
      previous.columns.map((c) => c.key).join() === row.columns.map((c) => c.key).join();
    if (!sameBlock) {
      rows.push([cell(row.article, 'caption', 1, width)]);
      rows.push([
        cell('信息内容', 'corner'),
        ...row.columns.map((c, i) => cell(c.label, 'colHeader', 1, spare(i, row.columns.length, widest))),
      ]);
    }
    rows.push([
      cell(row.label, 'rowHeader'),
      ...row.columns.map((c, i) =>
        valueCell(report, 'table2', { row: row.key, col: c.key }, spare(i, row.columns.length, widest)),
      ),
    ]);
    previous = row;
  }
  return { table: 'table2', width, rows, headRows: 0, colWidths: [3, ...Array(widest).fill(2)] };
}

function spare(i: number, count: number, widest: number): number {
  return i === count - 1 ? widest - count + 1 : 1;
}

/**
 * 表三: the note and 申请人情况 over a three-row header; row labels in three columns:
 * 一、/二、/四、 span all three, the outcome rows sit under 三、本年度办理结果, and numbered rows
 * (1. 2. …) under their group (（三）不予公开 …).
 */
export function table3Grid(report: AnnualReport): Grid {
  const t = TEMPLATES[report.template];
  const applicants = t.table3Columns.filter((c) => c.key !== 'total');
  const total = t.table3Columns.find((c) => c.key === 'total')!;
  const orgs = applicants.filter((c) => c.group);
  const rows: GridCell[][] = [
    [cell(TABLE3_NOTE, 'corner', 3, 3), cell('申请人情况', 'colGroup', 1, t.table3Columns.length)],
    [
      ...applicants.filter((c) => !c.group).map((c) => cell(c.label, 'colHeader', 2)),
      cell(orgs[0]!.group!, 'colGroup', 1, orgs.length),
      cell(total.label, 'colHeader', 2),
    ],
    orgs.map((c) => cell(c.label, 'colHeader')),
  ];
  const labels = table3RowLabels(t);
  for (const row of t.table3Rows) {
    const values = t.table3Columns.map((c) => valueCell(report, 'table3', { row: row.key, col: c.key }));
    rows.push([...(labels.get(row.key) ?? []), ...values]);
  }
  return {
    table: 'table3',
    width: 3 + t.table3Columns.length,
    rows,
    headRows: 3,
    colWidths: [2, 2, 6, ...Array(7).fill(1.4)],
  };
}

/** The label cells that start each table-3 row (merged group cells start with their first row). */
function table3RowLabels(t: Template): Map<string, GridCell[]> {
  const rows = t.table3Rows;
  const topOf = (i: number): string | undefined => {
    for (let j = i; j >= 0; j--) if (!isNumbered(rows[j]!.number)) return rows[j]!.group;
    return undefined;
  };
  const out = new Map<string, GridCell[]>();
  rows.forEach((row, i) => {
    const labels: GridCell[] = [];
    const top = topOf(i);
    if (top && topOf(i - 1) !== top) {
      const span = rows.filter((_, j) => topOf(j) === top).length;
      labels.push(cell(top, 'rowGroup', span));
    }
    if (isNumbered(row.number)) {
      if (rows[i - 1]?.group !== row.group) {
        const span = rows.filter((r) => r.group === row.group).length;
        labels.push(cell(row.group!, 'rowGroup', span));
      }
      labels.push(cell(`${row.number}${row.label}`, 'rowHeader'));
    } else {
      labels.push(cell(`${row.number ?? ''}${row.label}`, 'rowHeader', 1, top ? 2 : 3));
    }
    out.set(row.key, labels);
  });
  return out;
}

function isNumbered(number: string | undefined): boolean {
  return number !== undefined && /^\d/.test(number);
}

/** 表四: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉) over their five result columns. */
export function table4Grid(report: AnnualReport): Grid {
  const t = TEMPLATES[report.template];
  const n = t.table4Columns.length;
  const top: GridCell[] = [];
  const second: GridCell[] = [];
  const third: GridCell[] = [];
  const columns = (rowSpan: number) => t.table4Columns.map((c) => cell(c.label, 'colHeader', rowSpan));
  t.table4Groups.forEach((g, i) => {
    if (!g.group) {
      top.push(cell(g.label, 'colGroup', 1, n));
      second.push(...columns(2));
      return;
    }
    if (t.table4Groups[i - 1]?.group !== g.group) {
      const count = t.table4Groups.filter((x) => x.group === g.group).length;
      top.push(cell(g.group, 'colGroup', 1, n * count));
    }
    second.push(cell(g.label, 'colGroup', 1, n));
    third.push(...columns(1));
  });
  const values = t.table4Groups.flatMap((g) =>
    t.table4Columns.map((c) => valueCell(report, 'table4', { row: g.key, col: c.key })),
  );
  const width = n * t.table4Groups.length;
  return {
    table: 'table4',
    width,
    rows: [top, second, third, values],
    headRows: 3,
    colWidths: Array(width).fill(1),
  };
}

export function gridFor(report: AnnualReport, table: TableName): Grid {
  if (table === 'table2') return table2Grid(report);
  if (table === 'table3') return table3Grid(report);
  return table4Grid(report);
}

export interface PlacedCell {
  cell: GridCell;
  /** 0-based grid row and column of the cell's top-left corner. */
  row: number;
  col: number;
}

/** Every printed cell with its position in the full grid (merges expanded). */
export function placeCells(grid: Grid): PlacedCell[] {
  const taken: boolean[][] = grid.rows.map(() => Array(grid.width).fill(false));
  const out: PlacedCell[] = [];
  grid.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = taken[r + dr];
          if (line) line[c + dc] = true;
        }
      out.push({ cell, row: r, col: c });
      c += cell.colSpan;
    }
  });
  return out;
}
