// Plain text to SourceDoc: tab-separated rows, markdown (pipe) tables and comma-separated rows
// become tables with explicit cells; every other line is free text (PDF-extracted text, crawled
// page text, markdown prose).
import { compact, normalizeText } from './normalize.ts';
import type { Block, SourceDoc, TableBlock, TableCell } from './source-doc.ts';

const PAGE_NUMBER =
  /^([-—–－─]+\s*\d{1,3}\s*[-—–－─]+|第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const MD_ROW = /^\s*\|.*\|\s*$/;
// A grid table's border line; under a cell spanning rows it is blank ('|      +------+--+').
const GRID_MIXED = /^\s*\|.*(?:\+-|-\+).*[+|]\s*$/;
const GRID_BORDER = /^\s*[+|](?:(?:[-=:]+|\s+)[+|])*?[-=:]+\+(?:(?:[-=:]+|\s+)[+|])*\s*$/;
const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readTextLayout(source: string): SourceDoc {
  // Normalised once for the whole text (tabs kept: they are cell boundaries).
  // Old Mac line ends (a lone CR) are line ends too; normalizeText drops CRs as noise.
  const unified = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const lines = normalizeText(unified, true).split('\n');
  const pipeRows = pipeTableLines(lines);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let tableKind: 'tsv' | 'md' | 'csv' | null = null;
  let sawTsv = false;
  let sawMd = false;
  const titles = new RunningTitles();
  const pageNumbers = barePageNumbers(lines);

  const close = () => {
    if (table) blocks.push(table);
    table = null;
    tableKind = null;
  };

  // In a grid table (pandoc, reStructuredText) a row runs from one border line to the next: its
  // lines are one row, with each cell's text wrapped over them.
  let gridRowOpen = false;
  let inGrid = false; // a border line was seen since the last text line
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.includes('+') && GRID_BORDER.test(raw)) {
      gridRowOpen = false; // the next line starts a row: a border is layout only
      inGrid = true;
      continue;
    }
    if (raw.includes('+') && GRID_MIXED.test(raw) && tableKind === 'md' && table) {
      // a border under some cells while others span on ('| 维持 | 纠正 |   +------+---+'): the
      // text continues the open row, then the row ends
      const cells = gridCells(raw, line);
      const last = table.rows.at(-1);
      // its text stands in the cells that span on, at the left: they continue the open row
      const fits = last && cells.slice(last.length).every((c) => c.text === '');
      if (gridRowOpen && last && fits) joinWrapped(last, cells.slice(0, last.length));
      else table.rows.push(cells);
      gridRowOpen = false;
      inGrid = true;
      continue;
    }
    if (raw.includes('|')) {
      if (MD_RULE.test(raw)) continue; // markdown header rule: layout only
      if (MD_ROW.test(raw) || pipeRows.has(i)) {
        sawMd = true;
        if (tableKind !== 'md') close();
        tableKind = 'md';
        table ??= { kind: 'table', rows: [], loc: { line } };
        const cells = markdownCells(raw, line);
        const last = table.rows.at(-1);
        if (gridRowOpen && last && last.length === cells.length) joinWrapped(last, cells);
        else table.rows.push(cells);
        gridRowOpen = inGrid;
        continue;
      }
    }
    gridRowOpen = false;
    inGrid = false;
    if (raw.includes('\t')) {
      sawTsv = true;
      if (tableKind !== 'tsv') close();
      tableKind = 'tsv';
      table ??= { kind: 'table', rows: [], loc: { line } };
      table.rows.push(tabCells(raw, line));
      continue;
    }
    const csv = raw.includes(',') || raw.includes('"') ? csvRow(lines, i) : null;
    if (csv) {
      sawTsv = true;
      if (tableKind !== 'csv') close();
      tableKind = 'csv';
      table ??= { kind: 'table', rows: [], loc: { line } };
      table.rows.push(csv.cells.map((text, c) => ({ text: text.trim(), loc: { line, cell: c + 1 } })));
      i = csv.last;
      continue;
    }
    const text = raw.trim(); // no tab left: a line with one is a table row
    if (text === '') continue; // blank lines separate nothing the readers need
    if (PAGE_NUMBER.test(text) || pageNumbers.has(i)) continue; // '— 4 —', '第4页', '4/6', '4': page furniture
    if (titles.isRepeat(text)) continue; // the title again at the top of a page: a running header
    close();
    blocks.push({ kind: 'text', text, loc: { line } });
  }
  close();
  return { format: sawMd ? 'markdown' : sawTsv ? 'tsv' : 'text', blocks };
}

/**
 * Page numbers printed as a bare number ('2', '3'): a number alone after a blank line is one
 * only when the next such number, well down the text, is one more (2, then 3, then 4), and no
 * run of bare numbers stands around it. A lone number without that may be a table cell and is kept.
 */
function barePageNumbers(lines: readonly string[]): Set<number> {
  const MIN_GAP = 12; // lines from one page number to the next: a page holds more than that
  const alone: { at: number; n: number }[] = [];
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.length > 12) continue; // most lines: too long to be a page number
    const t = line.trim();
    if (t.length > 3 || !/^\d+$/.test(t)) continue;
    // after a blank line, and before another or the running title of the next page
    const next = lines[i + 1]!;
    if (
      lines[i - 1]!.trim() === '' &&
      (next.trim() === '' || next.includes('报告')) &&
      !bareNumbersNear(lines, i)
    ) {
      alone.push({ at: i, n: Number(t) });
    }
  }
  const out = new Set<number>();
  for (let k = 0; k + 1 < alone.length; k++) {
    const a = alone[k]!;
    // the next bare number one more than this one, far enough down
    const next = alone.slice(k + 1).find((b) => b.at - a.at >= MIN_GAP);
    if (next && next.n === a.n + 1) {
      out.add(a.at);
      out.add(next.at);
    }
  }
  return out;
}

/**
 * Two more lines holding only a number within three non-blank lines of line i: a table's cells
 * one per line (text extracted column by column), where no bare number is taken for a page's.
 */
function bareNumbersNear(lines: readonly string[], i: number): boolean {
  let numbers = 0;
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < 3; j += step) {
      const t = lines[j]!.trim();
      if (t === '') continue;
      seen++;
      if (/^[\d,.]+$/.test(t)) numbers++;
    }
  }
  return numbers >= 2;
}

/**
 * Lines of pipe tables written without the outer pipes ('a | b | c', as GitHub allows): the run of
 * lines holding '|' around a header rule ('--- | ---'). Rows with outer pipes match MD_ROW.
 */
function pipeTableLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.includes('|') || !MD_RULE.test(l) || out.has(i)) continue;
    for (let j = i - 1; j >= 0 && lines[j]!.includes('|'); j--) out.add(j);
    for (let j = i + 1; j < lines.length && lines[j]!.includes('|'); j++) out.add(j);
  }
  return out;
}

// A comma-separated row: at least three separators, at least two fields that are a number or
// empty (prose with ASCII commas has words between them), and no field holding two numbers (free
// text with thousands separators: '1,234 5,678'). Quoted fields may hold line breaks.
const MAX_CSV_LINES = 6;

function csvRow(lines: readonly string[], i: number): { cells: string[]; last: number } | null {
  let text = lines[i]!;
  let last = i;
  while (quoteCount(text) % 2 === 1 && last + 1 < lines.length && last - i < MAX_CSV_LINES) {
    last++;
    text += lines[last]!;
  }
  const cells = csvCells(text);
  // '1,234 5,678 …' (free text with thousands separators) puts two numbers in one field
  if (!cells || cells.length < 4 || cells.some((c) => /\d\s+[+-]?\d/.test(c))) return null;
  const valueLike = cells.filter((c) => /^\s*(?:[+-]?\d+(?:\.\d+)?)?\s*$/.test(c)).length;
  return valueLike >= 2 ? { cells, last } : null;
}

function quoteCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '"') n++;
  return n;
}

/** RFC 4180 fields ('""' inside quotes is a quote); null when quotes do not close. */
function csvCells(text: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}

function tabCells(raw: string, line: number): TableCell[] {
  return raw.split('\t').map((text, i) => ({ text: text.trim(), loc: { line, cell: i + 1 } }));
}

/** A grid-table line that is partly border: its cells, the border pieces empty. */
function gridCells(raw: string, line: number): TableCell[] {
  const inner = raw.trim().slice(1, -1);
  return inner.split(/[|+]/).map((text, i) => ({
    text: /^[-=:]+$/.test(text.trim()) ? '' : text.trim(),
    loc: { line, cell: i + 1 },
  }));
}

/** A grid-table row's next line: each cell's text continues the cell above. */
function joinWrapped(row: TableCell[], next: readonly TableCell[]): void {
  row.forEach((cell, i) => {
    const more = next[i]!.text;
    if (more === '') return;
    // Chinese wraps without a space; words and numbers are kept apart
    const glue =
      /[\u4e00-\u9fff，、（）]$/.test(cell.text) && /^[\u4e00-\u9fff，、（）]/.test(more) ? '' : ' ';
    cell.text = cell.text === '' ? more : cell.text + glue + more;
  });
}

function markdownCells(raw: string, line: number): TableCell[] {
  const inner = raw.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((text, i) => ({
    text: text.replace(/\*\*|__/g, '').trim(),
    loc: { line, cell: i + 1 },
  }));
}

/**
 * Text extracted from a PDF repeats the report's title at the top of every page (a running
 * header), which may fall inside a table, even inside a row broken across pages. The title is a
 * short line naming 政府信息公开 and 报告/年报 (wrapped over up to three lines at the top); a later
 * line that is exactly such a title again is furniture.
 */
class RunningTitles {
  private readonly seen = new Set<string>();
  private top: string[] = []; // the first lines, for a title wrapped at the top of page 1

  isRepeat(line: string): boolean {
    // A title ends in 报告 or 年报: past the first lines, a line without 报 is none (most lines).
    if (this.top.length >= 3 && !line.includes('报')) return false;
    const c = compact(line);
    if (this.seen.has(c)) return true;
    if (this.top.length < 3) {
      this.top.push(c);
      for (let i = 0; i < this.top.length; i++) this.remember(this.top.slice(i).join(''));
    } else this.remember(c);
    return false;
  }

  private remember(c: string): void {
    if (c.length <= 60 && TITLE_LIKE.test(c) && !/[。，；]/.test(c)) this.seen.add(c);
  }
}

const TITLE_LIKE = /政府信息公开.*(?:报告|年报)$/;
