// A template table grid as a Word table: the merged header cells as vMerge/gridSpan (docx writes
// a rowSpan as vMerge restart/continue cells), 仿宋 10.5pt (五号), header rows repeated on each page.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { BODY_FONT, runFont } from './docx.fonts.ts';
import type { Grid, GridCell } from './table-grid.ts';

/** 五号 = 10.5pt, in half-points. */
const TABLE_SIZE = 21;
const NOTE_SIZE = 18;
/** The text block width (版心) in twips: A4 210mm − 28mm − 26mm = 156mm. */
export const TEXT_WIDTH = Math.round((156 * 1440) / 25.4);

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** Tables of at most this many rows fit on a page: kept on one page rather than split. */
const SHORT_TABLE_ROWS = 20;

export function docxTable(grid: Grid): Table {
  const total = grid.colWidths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.colWidths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const last = grid.rows.length - 1;
  // "Keep with next" on every row but the last keeps a short table whole (Word and LibreOffice);
  // a long one keeps its header rows with its first body row, and its last row not alone.
  const keepUntil = grid.rows.length <= SHORT_TABLE_ROWS ? last : grid.headRows;
  const keep = (r: number) => r < keepUntil || r === last - 1;
  const rows = grid.rows.map(
    (cells, r) =>
      new TableRow({
        children: cells.map((cell) => docxCell(cell, keep(r))),
        tableHeader: r < grid.headRows,
        cantSplit: true,
      }),
  );
  return new Table({
    rows,
    columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

function docxCell(cell: GridCell, keepNext: boolean): TableCell {
  const note = cell.role === 'corner' && cell.rowSpan > 1;
  const left = cell.role === 'rowHeader' || cell.role === 'rowGroup' || note;
  const size = note ? NOTE_SIZE : TABLE_SIZE;
  return new TableCell({
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 260, lineRule: 'auto', before: 0, after: 0 },
        indent: { firstLine: 0 },
        ...(keepNext && { keepNext }),
        children: [new TextRun({ text: cell.text, font: runFont(BODY_FONT), size })],
      }),
    ],
    ...(cell.rowSpan > 1 && { rowSpan: cell.rowSpan }),
    ...(cell.colSpan > 1 && { columnSpan: cell.colSpan }),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
  });
}
