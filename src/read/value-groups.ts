// Cuts a table region of a flattened document into value groups: the numbers of one printed row,
// with the label text that goes with them. Structured rows (HTML, TSV, markdown) give one group per
// row with explicit cells; free text gives one group per run of numbers between pieces of text.
import type { SourceLoc } from '../report/annual-report.ts';
import { blockAt, type FlatDoc, locInBlock } from './flat-doc.ts';
import { type FreeToken, nextFreeToken } from './free-token.ts';
import { compact, isSpace } from './normalize.ts';
import type { TableCell } from './source-doc.ts';

/** A number, an empty cell, a dash or the like (read as 0), or a cell marked unreadable. */
export type CellKind = 'num' | 'blank' | 'dash' | 'unknown';

export interface CellToken {
  kind: CellKind;
  /** As printed: digits (maybe glued to neighbours), '' for a blank, the dash for a dash. */
  raw: string;
  loc: SourceLoc;
  /**
   * The only thing on its line: one number, never cells glued together (a crawler that collapses
   * white space leaves no line of digits alone).
   */
  alone?: boolean;
}

export interface ValueGroup {
  cells: CellToken[];
  /** True when the cells are explicit table cells (blank cells kept), false for free text. */
  structured: boolean;
  /** The group's own label, compact: in-row text, or the free text right before the numbers. */
  label: string;
  /** Text between the previous group and this one that is not the group's own label, compact. */
  loose: string;
  /** Flat offset of the group's first cell. */
  offset: number;
}

const DASH = /^(\/|\\|-+|—+|－+|–+|─+|无|空|〇|○|O)$/;
const UNKNOWN = /^([（(]?(无法识别|不详|不明)[）)]?|[?？]+)$/;
const NUMBER_CELL = /^[+\-–−]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|亿元|元|%)?$/;
// A number in free text, with an optional unit; a standalone dash counts as a blank marker: see
// free-token.ts. Reused for every token.
const token: FreeToken = { at: 0, end: 0, numberEnd: 0, unit: false, dash: false };
const LIST_PREFIX_AFTER = /^[.．、](?=\s*[\u4e00-\u9fff“"'‘（(])/;
const MAY_HOLD_TOKEN = /[\d/\\\-—－–无〇○O]/;

export function classifyCell(text: string): CellKind | 'text' {
  const t = withoutSpace(text);
  if (t === '') return 'blank';
  const first = t.charCodeAt(0);
  // Most cells are numbers; a cell starting with a digit is no dash or unknown marker.
  if (first >= 0x30 && first <= 0x39) {
    return digitCount(t) === t.length || NUMBER_CELL.test(t) ? 'num' : 'text';
  }
  if (DASH.test(t)) return 'dash';
  if (UNKNOWN.test(t)) return 'unknown';
  if (NUMBER_CELL.test(t)) return 'num';
  return 'text';
}

/** The ASCII digits in a string. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

function withoutSpace(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return s.replace(/\s+/g, '');
  return s;
}

/** The value groups of the flat-text region [from, to). */
export function valueGroups(doc: FlatDoc, from: number, to: number): ValueGroup[] {
  const groups: ValueGroup[] = [];
  const state: FreeState = { pending: '', open: null };
  const { blocks } = doc.source;
  // Blocks before the one holding `from` end before it; blocks starting at `to` or later are out.
  for (let i = from > 0 ? blockAt(doc, from) : 0; i < blocks.length; i++) {
    const start = doc.starts[i]!;
    if (start >= to) break;
    const block = blocks[i]!;
    if (block.kind === 'text') {
      const end = start + block.text.length;
      if (end <= from) continue;
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      freeTextGroups(doc, i, block.text.slice(a - start, b - start), a - start, groups, state);
      continue;
    }
    let rowStart = start;
    const labelColumns = GRID_FORMATS.has(doc.source.format) ? labelColumnCount(block.rows) : 0;
    for (const row of block.rows) {
      if (rowStart >= to) break;
      if (rowStart >= from) {
        state.pending = structuredRow(row, rowStart, groups, state.pending, labelColumns);
        state.open = null;
      }
      rowStart += rowLength(row) + 1;
    }
  }
  return groups;
}

/** The length of a row as flattened (cells joined by tabs). */
function rowLength(row: TableCell[]): number {
  let n = row.length > 0 ? row.length - 1 : 0;
  for (const c of row) n += c.text.length;
  return n;
}

// Formats whose rows are a grid: every row has a cell in every column (merged cells repeated or
// left empty), so a column holds labels in every row or in none.
const GRID_FORMATS = new Set(['tsv', 'markdown']);

/**
 * The columns that hold row labels in a grid table: as many as most rows with a number have
 * label cells up to their last one. A row whose own label is shorter ('一、本年新收…' spanning
 * three label columns, the other two left empty) has empty label cells, not blank values.
 */
function labelColumnCount(rows: readonly TableCell[][]): number {
  let known = labelColumnsOf.get(rows);
  if (known === undefined) {
    known = countLabelColumns(rows);
    labelColumnsOf.set(rows, known);
  }
  return known;
}

// A table's label columns, once per table (its rows are grouped once per region read).
const labelColumnsOf = new WeakMap<readonly TableCell[][], number>();

function countLabelColumns(rows: readonly TableCell[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const kinds = row.map((c) => classifyCell(c.text));
    const lastText = kinds.lastIndexOf('text');
    if (!kinds.slice(lastText + 1).includes('num')) continue;
    counts.set(lastText + 1, (counts.get(lastText + 1) ?? 0) + 1);
  }
  let best = 0;
  let seen = 0;
  for (const [n, c] of counts) if (c > seen || (c === seen && n > best)) [best, seen] = [n, c];
  return best;
}

function structuredRow(
  row: TableCell[],
  offset: number,
  groups: ValueGroup[],
  pending: string,
  labelColumns = 0,
): string {
  const kinds = row.map((c) => classifyCell(c.text));
  let lastText = kinds.lastIndexOf('text');
  // Empty cells in the label columns are no values (only empty ones: a number is never dropped).
  while (lastText + 1 < labelColumns && kinds[lastText + 1] === 'blank') lastText++;
  let labelText = '';
  for (let i = 0; i <= lastText; i++) if (kinds[i] === 'text') labelText += row[i]!.text;
  const label = compact(labelText);
  // The cells after the last text cell: numbers, blanks, dashes, unknowns.
  const values = row.length - lastText - 1;
  let hasNumber = false;
  for (let i = lastText + 1; i < row.length; i++) if (kinds[i] === 'num') hasNumber = true;
  if (!hasNumber && !(label && values > 0)) return pending + label;
  const cells: CellToken[] = [];
  for (let i = lastText + 1; i < row.length; i++) {
    const c = row[i]!;
    cells.push({ kind: kinds[i] as CellKind, raw: withoutSpace(c.text), loc: c.loc });
  }
  groups.push({ cells, structured: true, label, loose: pending, offset });
  return '';
}

interface FreeState {
  /** Text since the last group, compact. */
  pending: string;
  /** The free-text group still taking numbers (no text seen since its last number). */
  open: ValueGroup | null;
}

/**
 * Tokenises free text (the part of block `block` from offset `base` within it) into groups; a run
 * of numbers continues across line breaks.
 */
function freeTextGroups(
  doc: FlatDoc,
  block: number,
  text: string,
  base: number,
  groups: ValueGroup[],
  state: FreeState,
): void {
  if (!MAY_HOLD_TOKEN.test(text)) {
    addText(state, text); // most label lines hold no number at all
    return;
  }
  const start = doc.starts[block]!;
  let last = 0;
  const m = token;
  for (let found = nextFreeToken(text, 0, m); found; found = nextFreeToken(text, m.end, m)) {
    const { at, end } = m;
    let raw = m.unit && end - at > 0 ? text.slice(at, end).replace(/ +/g, '') : text.slice(at, end);
    let textTail = '';
    if (!m.dash && !m.unit) {
      if (listPrefixAfter(text, end)) {
        // '2.其他…' is the next row's numbering; in glued text its digit ends the value before.
        if (/^\d$/.test(raw) || /[.,+-]/.test(raw)) continue;
        textTail = raw.slice(-1);
        raw = raw.slice(0, -1);
      } else if (dateAfter(text, end)) {
        // '…结转下年度继续办理51001072021年我厅…': crawled text glues the year that opens the next
        // sentence to the table's last digits; the year is text, the digits before it the cells
        const glued = /^(\d+?)((?:19|20)\d{2})$/.exec(raw);
        if (!glued || text[end] !== '年') continue;
        raw = glued[1]!;
        textTail = glued[2]!;
      } else if (quantityAfter(text, end) || ordinalBefore(text, at)) continue;
    }
    // '减少2', '增加1': a change (本年增/减) written in words is a signed number
    let textEnd = at;
    if (!m.dash && !m.unit && at > last && CHANGE_END.includes(text[at - 1]!) && /^\d/.test(raw)) {
      const word = CHANGE_WORD.exec(text.slice(Math.max(last, at - 4), at));
      if (word) {
        raw = (word[1]!.startsWith('减') ? '-' : '+') + raw;
        textEnd = at - word[0].length;
      }
    }
    if (textEnd > last) addText(state, text.slice(last, textEnd));
    const loc = locInBlock(doc, block, base + at);
    const cell: CellToken = { kind: m.dash ? 'dash' : 'num', raw, loc };
    if (text.slice(0, at).trim() === '' && text.slice(end).trim() === '') cell.alone = true;
    if (!state.open) {
      state.open = {
        cells: [],
        structured: false,
        label: state.pending,
        loose: '',
        offset: start + base + at,
      };
      groups.push(state.open);
      state.pending = '';
    }
    state.open.cells.push(cell);
    last = end - textTail.length;
  }
  if (last < text.length) addText(state, text.slice(last));
}

// A change written in words right before its number, after a space or at the start of the text.
const CHANGE_WORD = /(?:^|\s)(减少|增加|减|增)\s*$/;
const CHANGE_END = '少加减增 '; // the characters such a word ends with (a space may follow it)

// The tests on the text around a number look at most this far after it, and 4 characters before.
const AFTER = 8;

/** '.', '．' or '、' then (after white space) a word: the number is list numbering ('2.其他'). */
function listPrefixAfter(text: string, end: number): boolean {
  const c = text[end];
  if (c !== '.' && c !== '．' && c !== '、') return false;
  return LIST_PREFIX_AFTER.test(text.slice(end, end + AFTER));
}

/** 年, 月, 日 or 号 right after the number (white space between): a date. */
function dateAfter(text: string, end: number): boolean {
  const lim = Math.min(text.length, end + AFTER);
  let k = end;
  while (k < lim && isSpace(text.charCodeAt(k))) k++;
  return k < lim && '年月日号'.includes(text[k]!);
}

// Measure words: '收到申请15件', '发布信息1286条', '行政复议2起', '1000余条'. A table cell is a bare
// number, so a number counted in words is the narrative's (text around a table, notes under it).
const MEASURE_WORDS = '件条项个次份篇人家起名户宗余多';

/** A measure word right after the number (white space between): a quantity in a sentence. */
function quantityAfter(text: string, end: number): boolean {
  const lim = Math.min(text.length, end + AFTER);
  let k = end;
  while (k < lim && isSpace(text.charCodeAt(k))) k++;
  return k < lim && MEASURE_WORDS.includes(text[k]!);
}

/**
 * 第 or 表 right before the number (white space between): an ordinal ('第2项') or a table's
 * caption ('表3', '附表 4' printed above a table), not a cell.
 */
function ordinalBefore(text: string, at: number): boolean {
  const lim = Math.max(0, at - 4);
  let k = at - 1;
  while (k >= lim && isSpace(text.charCodeAt(k))) k--;
  return k >= lim && (text[k] === '第' || text[k] === '表');
}

/** Text ends the open group and becomes the pending label. */
function addText(state: FreeState, s: string): void {
  if (s === ' ') return; // the usual gap between two numbers
  const c = compact(s);
  if (c === '') return; // white space only
  state.open = null;
  state.pending += c;
}
