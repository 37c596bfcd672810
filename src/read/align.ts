// Assigns value groups to the template's rows, in order. Labels are the evidence: a group whose
// own label names a row goes there; a group without a label (a converter detached it) fills a row
// whose labelled group is missing between its neighbours. Order is never violated, so a label
// that names two rows (text wrapped across cells) is settled by the rows around it.
import { isSpace } from './normalize.ts';
import { digitCount, type ValueGroup } from './value-groups.ts';

export interface RowSpec {
  key: string;
  anchors: readonly string[];
  /** The label is a short word ('其他', '总计'): it must end the group's label. */
  tail?: boolean;
  /** Cells in the row. */
  width: number;
  /** The heading of the rows' group ('其他处理' for （六）其他处理), without its numbering. */
  heading?: string;
  /** The whole label as the template prints it, compact: pieces of a label split over rows. */
  label?: string;
  /** The label with its numbering ('3.其他'), compact: a short name found only so. */
  numbered?: string;
}

const STRONG = 10;
const LOOSE = 4;
const ORPHAN = 1;
const AGAINST_LABEL = -6;

export function labelNames(label: string, row: RowSpec): boolean {
  if (!label) return false;
  if (!row.tail) return row.anchors.some((a) => label.includes(a));
  return endsWithName(trimPunctuation(label), row);
}

/** A short name ends the label (trailing punctuation gone), right after its numbering if any. */
function endsWithName(t: string, row: RowSpec): boolean {
  return row.anchors.some((a) => {
    if (!t.endsWith(a)) return false;
    const before = t.length - a.length - 1; // the character before the name
    return a === '' || before < 0 || '.）)、0123456789'.includes(t[before]!);
  });
}

/** The label without trailing white space and punctuation (：:，,。；;). */
function trimPunctuation(label: string): string {
  let end = label.length;
  while (end > 0 && (isSpace(label.charCodeAt(end - 1)) || '：:，,。；;'.includes(label[end - 1]!))) end--;
  return end === label.length ? label : label.slice(0, end);
}

interface AnchorIndex {
  /** Anchors of rows that are not `tail`, by their first character (filtered by `first`). */
  byFirst: Map<number, { row: number; anchor: string }[]>;
  /** Set at (first character & 1023) of each anchor: most characters are skipped at once. */
  first: Uint8Array;
  /** Rows named by any non-empty label (an empty anchor). */
  always: number[];
  tail: number[];
}

const indexCache = new WeakMap<readonly RowSpec[], AnchorIndex>();

function anchorIndex(rows: readonly RowSpec[]): AnchorIndex {
  let idx = indexCache.get(rows);
  if (idx) return idx;
  idx = { byFirst: new Map(), first: new Uint8Array(1024), always: [], tail: [] };
  for (let row = 0; row < rows.length; row++) {
    const r = rows[row]!;
    if (r.tail) {
      idx.tail.push(row);
      continue;
    }
    for (const anchor of r.anchors) {
      if (anchor === '') {
        idx.always.push(row);
        continue;
      }
      const c = anchor.charCodeAt(0);
      idx.first[c & 1023] = 1;
      const list = idx.byFirst.get(c) ?? [];
      list.push({ row, anchor });
      idx.byFirst.set(c, list);
    }
  }
  indexCache.set(rows, idx);
  return idx;
}

/** labelNames(label, row) for every row, in one scan of the label: 1 where the label names it. */
function namedBy(label: string, rows: readonly RowSpec[]): Uint8Array {
  const out = new Uint8Array(rows.length);
  if (!label) return out;
  const idx = anchorIndex(rows);
  for (let p = 0; p < label.length; p++) {
    const c = label.charCodeAt(p);
    if (idx.first[c & 1023] === 0) continue;
    const starting = idx.byFirst.get(c);
    if (!starting) continue;
    for (const e of starting) if (out[e.row] === 0 && label.startsWith(e.anchor, p)) out[e.row] = 1;
  }
  for (const row of idx.always) out[row] = 1;
  if (idx.tail.length > 0) {
    const trimmed = trimPunctuation(label);
    for (const row of idx.tail) if (endsWithName(trimmed, rows[row]!)) out[row] = 1;
  }
  return out;
}

/**
 * The scores of one group against every row, into s[base .. base + rows.length): how strongly
 * the evidence says the group is that row's printing.
 */
function scoreGroup(
  group: ValueGroup,
  rows: readonly RowSpec[],
  structuredTable: boolean,
  s: Int32Array,
  base: number,
): void {
  const n = rows.length;
  const named = namedBy(group.label, rows);
  let namedCount = 0;
  for (let j = 0; j < n; j++) namedCount += named[j]!;
  // A group is short for a row when it holds fewer cells (structured) or digits (free text; other
  // cells count one each) than the row has cells.
  let size = group.cells.length;
  let hasNumber = false;
  if (!group.structured) {
    size = 0;
    for (const c of group.cells) {
      if (c.kind === 'num') {
        hasNumber = true;
        size += digitCount(c.raw);
      } else size += 1;
    }
  } else for (const c of group.cells) if (c.kind === 'num') hasNumber = true;
  if (structuredTable && !group.structured) {
    // Stray numbers beside a real table (a converter displaced them): their text is loose.
    for (let j = 0; j < n; j++) s[base + j] = size < rows[j]!.width ? -2 : named[j] ? LOOSE : ORPHAN;
    return;
  }
  if (namedCount === 0 && namesOnlyHeading(group.label, rows)) {
    // '（六）其他处理' printed as one row where the template has three: the heading's own figures,
    // which are no row's (the rows under it stay unknown rather than take the sum).
    for (let j = 0; j < n; j++) s[base + j] = AGAINST_LABEL;
    return;
  }
  if (namedCount > 0) {
    // A label with far too few numbers (a page number under a wrapped label) is weak evidence.
    for (let j = 0; j < n; j++) {
      s[base + j] = named[j] ? (size < rows[j]!.width ? LOOSE : STRONG) : AGAINST_LABEL;
    }
    return;
  }
  const loose = namedBy(group.loose, rows);
  for (let j = 0; j < n; j++) {
    s[base + j] = loose[j] ? LOOSE : !hasNumber ? -1 : size < rows[j]!.width ? -2 : ORPHAN;
  }
}

const headingsCache = new WeakMap<readonly RowSpec[], string[]>();

/** Headings over two or more rows (a heading over one row is that row's label). */
function groupHeadings(rows: readonly RowSpec[]): string[] {
  let out = headingsCache.get(rows);
  if (!out) {
    const count = new Map<string, number>();
    for (const r of rows) if (r.heading) count.set(r.heading, (count.get(r.heading) ?? 0) + 1);
    out = [...count].filter(([, n]) => n > 1).map(([h]) => h);
    headingsCache.set(rows, out);
  }
  return out;
}

/**
 * The label ends with the heading of a group of rows (any, or `heading`); the caller knows it
 * names none of the rows.
 */
export function namesOnlyHeading(label: string, rows: readonly RowSpec[], heading?: string): boolean {
  if (!label) return false;
  const t = trimPunctuation(label);
  return groupHeadings(rows).some((h) => (heading === undefined || h === heading) && t.endsWith(h));
}

/**
 * Rows that may be printed in any order (table 2): each group belongs to the row named last in
 * its label (the name nearest its numbers), and each row takes its first group.
 */
export function matchByLabel(groups: readonly ValueGroup[], rows: readonly RowSpec[]): number[] {
  const owner = groups.map((g) => {
    let best = -1;
    let at = -1;
    rows.forEach((r, i) => {
      for (const a of r.anchors) {
        const p = g.label.lastIndexOf(a);
        if (p > at) {
          at = p;
          best = i;
        }
      }
    });
    return best;
  });
  return rows.map((_, i) => owner.indexOf(i));
}

/**
 * Text extracted from a PDF may print two rows' labels before both rows' numbers ('（一）予以公开
 * （二）部分公开… 26 0 0 0 0 0 26 0 0 0 0 0 0 0'): a free-text group with n rows' worth of cells
 * whose label names n rows becomes n groups, in the order the labels are printed.
 */
export function splitMultiRowGroups(groups: readonly ValueGroup[], rows: readonly RowSpec[]): ValueGroup[] {
  const width = rows[0]?.width ?? 0;
  const out: ValueGroup[] = [];
  for (const g of groups) {
    const n = width > 0 ? g.cells.length / width : 0;
    if (g.structured || !Number.isInteger(n) || n < 2) {
      out.push(g);
      continue;
    }
    // The rows named in the label take the first parts; parts beyond them are orphans, placed by
    // the alignment between their labelled neighbours.
    const named = namedRows(g.label, rows).slice(-n);
    for (let i = 0; i < n; i++) {
      const hit = named[i];
      out.push({
        ...g,
        cells: g.cells.slice(i * width, (i + 1) * width),
        label: hit ? g.label.slice(hit.at, named[i + 1]?.at ?? g.label.length) : '',
        loose: i === 0 ? g.loose + g.label.slice(0, hit?.at ?? g.label.length) : '',
      });
    }
  }
  return out;
}

/** Rows named in a label, by where their name starts, in order (a name counted once). */
function namedRows(label: string, rows: readonly RowSpec[]): { row: number; at: number }[] {
  const hits: { row: number; at: number }[] = [];
  rows.forEach((r, i) => {
    if (r.tail) {
      // A short name ('3.其他', '（七）总计') counts only where it ends the label.
      const a = r.anchors.find(() => labelNames(label, r));
      if (a)
        hits.push({
          row: i,
          at: labelStart(label, label.replace(/[：:，,。；;\s]+$/, '').length - a.length),
        });
      return;
    }
    const at = Math.min(...r.anchors.map((a) => label.indexOf(a)).filter((x) => x >= 0));
    if (Number.isFinite(at)) hits.push({ row: i, at: labelStart(label, at) });
  });
  return hits.sort((a, b) => a.at - b.at).filter((h, i, all) => i === 0 || h.row > all[i - 1]!.row);
}

/** Back from a row's name to its numbering ('（二）部分公开', '2.其他…'). */
function labelStart(label: string, at: number): number {
  const before = label.slice(0, at);
  const m = /(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)[^（）.、]{0,6}$/.exec(before);
  return m ? m.index : at;
}

/** For each row, the index of its group, or -1. */
export function alignGroups(groups: readonly ValueGroup[], rows: readonly RowSpec[]): number[] {
  const m = groups.length;
  const n = rows.length;
  const w = n + 1;
  let structured = 0;
  for (const g of groups) if (g.structured) structured++;
  const structuredTable = structured >= 3;
  const s = new Int32Array(m * n);
  for (let i = 0; i < m; i++) scoreGroup(groups[i]!, rows, structuredTable, s, i * n);
  // dp[i * w + j]: the best score of groups [0, i) against rows [0, j).
  const dp = new Int32Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const up = dp[(i - 1) * w + j]!;
      const left = dp[i * w + j - 1]!;
      const diag = dp[(i - 1) * w + j - 1]! + s[(i - 1) * n + j - 1]!;
      dp[i * w + j] = up > left ? (up > diag ? up : diag) : left > diag ? left : diag;
    }
  }
  const result = new Array<number>(n).fill(-1);
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    const here = dp[i * w + j]!;
    const sc = s[(i - 1) * n + j - 1]!;
    if (here === dp[(i - 1) * w + j - 1]! + sc && sc > 0) {
      result[j - 1] = i - 1;
      i--;
      j--;
    } else if (here === dp[(i - 1) * w + j]!) i--;
    else j--;
  }
  return result;
}
