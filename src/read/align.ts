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

function score(group: ValueGroup, row: RowSpec, rows: readonly RowSpec[], structuredTable: boolean): number {
  if (structuredTable && !group.structured) {
    // Stray numbers beside a real table (a converter displaced them): their text is loose.
    if (isShort(group, row.width)) return -2;
    return labelNames(group.label, row) ? LOOSE : ORPHAN;
  }
  if (labelNames(group.label, row)) return STRONG;
  const ownNamesOther = rows.some((r) => r !== row && labelNames(group.label, r));
  if (ownNamesOther) return AGAINST_LABEL;
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

/** For each row, the index of its group, or -1. */
export function alignGroups(groups: readonly ValueGroup[], rows: readonly RowSpec[]): number[] {
  const m = groups.length;
  const n = rows.length;
  const dp: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const structuredTable = groups.filter((g) => g.structured).length >= 3;
  const s = groups.map((g) => rows.map((r) => score(g, r, rows, structuredTable)));
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
