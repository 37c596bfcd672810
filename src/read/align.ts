// Assigns value groups to the template's rows, in order. Labels are the evidence: a group whose
// own label names a row goes there; a group without a label (a converter detached it) fills a row
// whose labelled group is missing between its neighbours. Order is never violated, so a label
// that names two rows (text wrapped across cells) is settled by the rows around it.
import type { ValueGroup } from './value-groups.ts';

export interface RowSpec {
  key: string;
  anchors: readonly string[];
  /** The label is a short word ('其他', '总计'): it must end the group's label. */
  tail?: boolean;
  /** Cells in the row. */
  width: number;
}

const STRONG = 10;
const LOOSE = 4;
const ORPHAN = 1;
const AGAINST_LABEL = -6;

export function labelNames(label: string, row: RowSpec): boolean {
  if (!label) return false;
  if (!row.tail) return row.anchors.some((a) => label.includes(a));
  const t = label.replace(/[：:，,。；;\s]+$/, '');
  return row.anchors.some((a) => t.endsWith(a) && /^$|[.）)、\d]$/.test(t.slice(0, -a.length).slice(-1)));
}

function score(
  group: ValueGroup,
  row: RowSpec,
  named: ReadonlySet<RowSpec>,
  structuredTable: boolean,
): number {
  if (structuredTable && !group.structured) {
    // Stray numbers beside a real table (a converter displaced them): their text is loose.
    if (isShort(group, row.width)) return -2;
    return labelNames(group.label, row) ? LOOSE : ORPHAN;
  }
  // A label with far too few numbers (a page number under a wrapped label) is weak evidence.
  if (named.has(row)) return isShort(group, row.width) ? LOOSE : STRONG;
  if (named.size > 0) return AGAINST_LABEL;
  if (labelNames(group.loose, row)) return LOOSE;
  if (!group.cells.some((c) => c.kind === 'num')) return -1;
  return isShort(group, row.width) ? -2 : ORPHAN;
}

function isShort(group: ValueGroup, width: number): boolean {
  const digits = group.cells.reduce(
    (n, c) => n + (c.kind === 'num' ? c.raw.replace(/\D/g, '').length : 1),
    0,
  );
  return group.structured ? group.cells.length < width : digits < width;
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
  return groups.flatMap((g) => {
    const width = rows[0]?.width ?? 0;
    const n = width > 0 ? g.cells.length / width : 0;
    if (g.structured || !Number.isInteger(n) || n < 2) return [g];
    // The rows named in the label take the first parts; parts beyond them are orphans, placed by
    // the alignment between their labelled neighbours.
    const named = namedRows(g.label, rows).slice(-n);
    return Array.from({ length: n }, (_, i) => {
      const hit = named[i];
      return {
        ...g,
        cells: g.cells.slice(i * width, (i + 1) * width),
        label: hit ? g.label.slice(hit.at, named[i + 1]?.at ?? g.label.length) : '',
        loose: i === 0 ? g.loose + g.label.slice(0, hit?.at ?? g.label.length) : '',
      };
    });
  });
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
  const dp: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const structuredTable = groups.filter((g) => g.structured).length >= 3;
  const s = groups.map((g) => {
    const named = new Set(rows.filter((r) => labelNames(g.label, r)));
    return rows.map((r) => score(g, r, named, structuredTable));
  });
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      dp[i]![j] = Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!, dp[i - 1]![j - 1]! + s[i - 1]![j - 1]!);
    }
  }
  const result = new Array<number>(n).fill(-1);
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    const here = dp[i]![j]!;
    if (here === dp[i - 1]![j - 1]! + s[i - 1]![j - 1]! && s[i - 1]![j - 1]! > 0) {
      result[j - 1] = i - 1;
      i--;
      j--;
    } else if (here === dp[i - 1]![j]!) i--;
    else j--;
  }
  return result;
}
