// Lines rebuilt from text items by geometry: items whose baselines agree (within a fraction of the
// font size) form a line, read left to right; a visible gap becomes a space, so the numbers of
// neighbouring table cells stay separate tokens.
import type { SourceLoc } from '../../report/annual-report.ts';
import type { Item } from './items.ts';

export interface Line {
  page: number;
  /** Baseline of the first item and top of the tallest, page coordinates (pt). */
  y: number;
  top: number;
  x: number;
  items: Item[];
  text: string;
  spans: { from: number; loc: SourceLoc }[];
}

const round = (n: number) => Math.round(n * 10) / 10;
export const itemLoc = (it: Item): SourceLoc => ({ page: it.page, x: round(it.x), y: round(it.y - it.h) });

/** Items of one page (any order) to lines, top to bottom. */
export function buildLines(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const last = groups.at(-1);
    const base = last?.[0];
    // Same line: baselines within a third of the font size (sub/superscripts and mixed fonts shift
    // a little; the next line of text is a whole line height away).
    if (last && base && Math.abs(it.y - base.y) <= 0.35 * Math.max(Math.min(it.h, base.h), 1)) last.push(it);
    else groups.push([it]);
  }
  return groups.map(toLine);
}

function toLine(group: Item[]): Line {
  const items = group.sort((a, b) => a.x - b.x);
  let text = '';
  const spans: Line['spans'] = [];
  let prev: Item | undefined;
  for (const it of items) {
    if (prev) text += separator(prev, it);
    spans.push({ from: text.length, loc: itemLoc(it) });
    text += it.str.trim().replace(/\s+/g, ' ');
    prev = it;
  }
  const first = items[0]!;
  return {
    page: first.page,
    y: first.y,
    top: Math.min(...items.map((i) => i.y - i.h)),
    x: first.x,
    items,
    text,
    spans,
  };
}

/** What goes between two items of a line: nothing when they touch, a space at a visible gap. */
export function separator(prev: Item, next: Item): string {
  if (/\s$/.test(prev.str) || /^\s/.test(next.str)) return ' ';
  const gap = next.x - (prev.x + prev.w);
  const size = Math.max(Math.min(prev.h, next.h), 1);
  // Two numbers are never glued: even a narrow gap between digit runs separates them.
  const numeric = /[\d.%]$/.test(prev.str) && /^[\d.+-]/.test(next.str);
  return gap > (numeric ? 0.1 : 0.25) * size ? ' ' : '';
}
