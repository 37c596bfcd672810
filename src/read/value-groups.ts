// Cuts a table region of a flattened document into value groups: the numbers of one printed row,
// with the label text that goes with them. Structured rows (HTML, TSV, markdown) give one group per
// row with explicit cells; free text gives one group per run of numbers between pieces of text.
import type { SourceLoc } from '../report/annual-report.ts';
import { type FlatDoc, locAt } from './flat-doc.ts';
import { compact } from './normalize.ts';
import type { TableCell } from './source-doc.ts';

/** A number, an empty cell, a dash or the like (read as 0), or a cell marked unreadable. */
export type CellKind = 'num' | 'blank' | 'dash' | 'unknown';

export interface CellToken {
  kind: CellKind;
  /** As printed: digits (maybe glued to neighbours), '' for a blank, the dash for a dash. */
  raw: string;
  loc: SourceLoc;
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

const DASH = /^(\/|\\|-+|—+|－+|–+|─+|无|空)$/;
const UNKNOWN = /^([（(]?(无法识别|不详|不明)[）)]?|[?？]+)$/;
const NUMBER_CELL = /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|亿元|元|%)?$/;
// A number in free text, with an optional unit; a standalone dash counts as a blank marker.
const FREE_TOKEN = /([+-]?\d+(?:,\d{3})*(?:\.\d+)?)(万元|亿元|元)?|(?<=^|\s)(\/|-{1,2}|—{1,2}|－|–)(?=\s|$)/g;
const LIST_PREFIX_AFTER = /^[.．、](?=\s*[\u4e00-\u9fff“"'‘（(])/;
const DATE_AFTER = /^\s*[年月日号]/;

export function classifyCell(text: string): CellKind | 'text' {
  const t = text.replace(/\s+/g, '');
  if (t === '') return 'blank';
  if (DASH.test(t)) return 'dash';
  if (UNKNOWN.test(t)) return 'unknown';
  if (NUMBER_CELL.test(t)) return 'num';
  return 'text';
}

/** The value groups of the flat-text region [from, to). */
export function valueGroups(doc: FlatDoc, from: number, to: number): ValueGroup[] {
  const groups: ValueGroup[] = [];
  const state: FreeState = { pending: '', open: null };
  doc.source.blocks.forEach((block, i) => {
    const start = doc.starts[i]!;
    if (block.kind === 'text') {
      const end = start + block.text.length;
      if (end <= from || start >= to) return;
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      freeTextGroups(doc, block.text.slice(a - start, b - start), a, groups, state);
      return;
    }
    let rowStart = start;
    for (const row of block.rows) {
      const rowText = row.map((c) => c.text).join('\t');
      if (rowStart >= from && rowStart < to) {
        state.pending = structuredRow(row, rowStart, groups, state.pending);
        state.open = null;
      }
      rowStart += rowText.length + 1;
    }
  });
  return groups;
}

function structuredRow(row: TableCell[], offset: number, groups: ValueGroup[], pending: string): string {
  const kinds = row.map((c) => classifyCell(c.text));
  const lastText = kinds.lastIndexOf('text');
  const values = row.slice(lastText + 1);
  const label = compact(
    row
      .filter((_, i) => kinds[i] === 'text')
      .map((c) => c.text)
      .join(''),
  );
  const hasNumber = values.some((c) => classifyCell(c.text) === 'num');
  if (!hasNumber && !(label && values.length > 0 && values.every((c) => classifyCell(c.text) !== 'text'))) {
    return pending + label;
  }
  groups.push({
    cells: values.map((c) => ({
      kind: classifyCell(c.text) as CellKind,
      raw: c.text.replace(/\s+/g, ''),
      loc: c.loc,
    })),
    structured: true,
    label,
    loose: pending,
    offset,
  });
  return '';
}

interface FreeState {
  /** Text since the last group, compact. */
  pending: string;
  /** The free-text group still taking numbers (no text seen since its last number). */
  open: ValueGroup | null;
}

/** Tokenises free text into groups; a run of numbers continues across line breaks. */
function freeTextGroups(
  doc: FlatDoc,
  text: string,
  base: number,
  groups: ValueGroup[],
  state: FreeState,
): void {
  if (!/[\d/\\\-—－–]/.test(text)) {
    addText(state, text); // most label lines hold no number at all
    return;
  }
  let last = 0;
  for (const m of text.matchAll(FREE_TOKEN)) {
    const at = m.index;
    const after = text.slice(at + m[0].length, at + m[0].length + 8); // enough for the tests below
    let raw = m[0];
    let textTail = '';
    if (m[1] !== undefined && !m[2]) {
      if (LIST_PREFIX_AFTER.test(after)) {
        // '2.其他…' is the next row's numbering; in glued text its digit ends the value before.
        if (/^\d$/.test(raw) || /[.,+-]/.test(raw)) continue;
        textTail = raw.slice(-1);
        raw = raw.slice(0, -1);
      } else if (DATE_AFTER.test(after) || /第\s*$/.test(text.slice(Math.max(0, at - 4), at))) continue;
    }
    addText(state, text.slice(last, at));
    const cell: CellToken = { kind: m[3] ? 'dash' : 'num', raw, loc: locAt(doc, base + at) };
    if (!state.open) {
      state.open = { cells: [], structured: false, label: state.pending, loose: '', offset: base + at };
      groups.push(state.open);
      state.pending = '';
    }
    state.open.cells.push(cell);
    last = at + m[0].length - textTail.length;
  }
  addText(state, text.slice(last));
}

/** Text ends the open group and becomes the pending label. */
function addText(state: FreeState, s: string): void {
  if (s.trim() === '') return;
  state.open = null;
  state.pending += compact(s);
}
