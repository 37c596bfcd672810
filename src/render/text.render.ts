// The report as plain text, like a clean published report: the title, the six headings with their
// paragraphs, and each table as tab-separated rows with the template's labels (a merged cell's
// text in its first position, the positions it covers left empty).
import type { AnnualReport } from '../report/annual-report.ts';
import { type Paragraph, reportTitle, sectionParts } from './report-parts.ts';
import { type Grid, gridFor, placeCells } from './table-grid.ts';

export function renderText(report: AnnualReport): string {
  const lines: string[] = [reportTitle(report), ''];
  for (const part of sectionParts(report)) {
    lines.push(part.heading, '');
    for (const p of part.paragraphs) lines.push(paragraphText(p), '');
    if (part.table) lines.push(...gridLines(gridFor(report, part.table)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function paragraphText(p: Paragraph): string {
  return `${p.lead ?? ''}${p.text}`;
}

/** The grid as tab-separated lines, merges expanded to empty positions. */
export function gridLines(grid: Grid): string[] {
  const out: string[][] = grid.rows.map(() => Array(grid.width).fill(''));
  for (const { cell, row, col } of placeCells(grid)) out[row]![col] = cell.text;
  return out.map((cells) => cells.join('\t'));
}
