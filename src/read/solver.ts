// Chooses one reading per row so that the table's own arithmetic holds as far as it can. Where
// several readings remain equally good, a cell they disagree on is null, with the values the
// source allows: never a guess. Used for glued digits, shifted cells and vanished blanks.
import type { Candidate, CandidateCell } from './candidates.ts';

/** A linear rule of the table: the signed sum of its terms is zero. */
export interface Constraint {
  terms: { row: number; col: number; sign: 1 | -1 }[];
}

export interface SolvedCell extends CandidateCell {
  /** For an undecided cell (value null): the values the readings allow. */
  candidates?: number[];
  /** Why the solver left the cell null. */
  reason?: string;
}

export interface Solution {
  rows: SolvedCell[][];
  /** The reading chosen for each row (undefined where rows stay undecided). */
  chosen: (Candidate | undefined)[];
}

const VIOLATION = 10;
// Beyond this many combinations of readings the rows stay undecided where their readings differ
// (null with candidates): a bound on time for pathological input.
const MAX_COMBINATIONS = 20_000;

export function solve(rows: Candidate[][], constraints: readonly Constraint[], width: number): Solution {
  const own = ownRules(constraints);
  const options = rows.map((cands, r) =>
    cands.length <= 1 ? cands : prefilter(dedupe(cands), own.get(r) ?? []),
  );
  const ambiguous = options.map((o, r) => (o.length > 1 ? r : -1)).filter((r) => r >= 0);
  const combos = ambiguous.reduce((n, r) => n * options[r]!.length, 1);

  // With every row down to one reading there is nothing to choose.
  let best: Candidate[][] = [];
  if (ambiguous.length > 0 && combos <= MAX_COMBINATIONS) best = enumerate(options, ambiguous, constraints);
  else if (ambiguous.length > 0) best = consistentReadings(options, constraints);
  const result: SolvedCell[][] = [];
  const chosen: (Candidate | undefined)[] = [];
  options.forEach((opts, r) => {
    const picks = best.length > 0 ? unique(best.map((sol) => sol[r]!)) : opts;
    chosen.push(picks.length === 1 ? picks[0] : undefined);
    result.push(agree(picks, width));
  });
  return { rows: result, chosen };
}

const ownCache = new WeakMap<readonly Constraint[], Map<number, Constraint[]>>();

/** The rules that lie within one row, by row (a table's rules are built once and reused). */
function ownRules(constraints: readonly Constraint[]): Map<number, Constraint[]> {
  let own = ownCache.get(constraints);
  if (!own) {
    own = new Map<number, Constraint[]>();
    for (const c of constraints) {
      const r = localRow(c);
      if (r >= 0) own.set(r, [...(own.get(r) ?? []), c]);
    }
    ownCache.set(constraints, own);
  }
  return own;
}

/** Readings with the same values are one reading; keep the cheapest. */
function dedupe(cands: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of cands) {
    const key = c.cells.map((x) => `${x.value}`).join(',');
    const seen = byKey.get(key);
    if (!seen || c.cost < seen.cost) byKey.set(key, c);
  }
  return [...byKey.values()];
}

/** The row a constraint lies within, or -1 when it spans rows. */
function localRow(c: Constraint): number {
  const r = c.terms[0]?.row ?? -1;
  return c.terms.every((t) => t.row === r) ? r : -1;
}

/** Keep the readings that break the fewest of the row's own rules (the row total). */
function prefilter(cands: Candidate[], own: Constraint[]): Candidate[] {
  if (cands.length <= 1 || own.length === 0) return cands;
  const score = (c: Candidate) => own.filter((k) => violated(k, (_, col) => c.cells[col]?.value)).length;
  const min = Math.min(...cands.map(score));
  return cands.filter((c) => score(c) === min);
}

function enumerate(
  options: Candidate[][],
  ambiguous: number[],
  constraints: readonly Constraint[],
): Candidate[][] {
  const pick: Candidate[] = options.map((o) => o[0]!);
  let bestCost = Number.POSITIVE_INFINITY;
  let best: Candidate[][] = [];
  const valueAt = (row: number, col: number) => pick[row]?.cells[col]?.value;
  const visit = (i: number) => {
    if (i === ambiguous.length) {
      const cost =
        constraints.filter((c) => violated(c, valueAt)).length * VIOLATION +
        pick.reduce((s, c) => s + c.cost, 0);
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = [pick.slice()];
      } else if (Math.abs(cost - bestCost) <= 1e-9) best.push(pick.slice());
      return;
    }
    const r = ambiguous[i]!;
    for (const c of options[r]!) {
      pick[r] = c;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

/**
 * Too many combinations to try them all (crawled text whose blank cells vanished at random): the
 * readings that can be part of no reading of the whole table that keeps every rule are dropped,
 * by the bounds of each rule's sum, until none goes; the rest are tried if they are few enough.
 * Only a reading that keeps every rule is taken; otherwise the rows stay undecided, as before.
 */
function consistentReadings(options: Candidate[][], constraints: readonly Constraint[]): Candidate[][] {
  const kept = options.map((o) => o.slice());
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    for (const c of constraints) {
      if (pruneByBounds(kept, c)) changed = true;
      if (kept.some((o) => o.length === 0)) return [];
    }
  }
  const ambiguous = kept.map((o, r) => (o.length > 1 ? r : -1)).filter((r) => r >= 0);
  const combos = ambiguous.reduce((n, r) => n * kept[r]!.length, 1);
  if (combos > MAX_COMBINATIONS) return [];
  const best = ambiguous.length > 0 ? enumerate(kept, ambiguous, constraints) : [kept.map((o) => o[0]!)];
  const keepsEveryRule = (sol: Candidate[]) =>
    constraints.every((c) => !violated(c, (row, col) => sol[row]?.cells[col]?.value));
  return best.length > 0 && keepsEveryRule(best[0]!) ? best : [];
}

/** Drops the readings of a rule's rows that no choice of the other rows' readings can balance. */
function pruneByBounds(options: Candidate[][], c: Constraint): boolean {
  const rows = [...new Set(c.terms.map((t) => t.row))];
  // each row's share of the rule's sum, per reading; a cell that is not a number leaves it unjudged
  const shares = new Map<number, number[]>();
  for (const r of rows) {
    const terms = c.terms.filter((t) => t.row === r);
    const sums: number[] = [];
    for (const o of options[r] ?? []) {
      let sum = 0;
      for (const t of terms) {
        const v = o.cells[t.col]?.value;
        if (typeof v !== 'number') return false;
        sum += t.sign * v;
      }
      sums.push(sum);
    }
    shares.set(r, sums);
  }
  let low = 0;
  let high = 0;
  for (const sums of shares.values()) {
    low += Math.min(...sums);
    high += Math.max(...sums);
  }
  for (const r of rows) {
    const sums = shares.get(r)!;
    const otherLow = low - Math.min(...sums);
    const otherHigh = high - Math.max(...sums);
    const keep = options[r]!.filter((_, i) => sums[i]! + otherLow <= 1e-6 && sums[i]! + otherHigh >= -1e-6);
    if (keep.length < options[r]!.length) {
      options[r] = keep;
      return true; // the bounds are stale now: the caller goes round again
    }
  }
  return false;
}

export function violated(c: Constraint, valueAt: (row: number, col: number) => unknown): boolean {
  let sum = 0;
  for (const t of c.terms) {
    const v = valueAt(t.row, t.col);
    if (typeof v !== 'number') return false; // a rule with an unknown cell cannot be judged
    sum += t.sign * v;
  }
  return Math.abs(sum) > 1e-6;
}

function unique(cands: Candidate[]): Candidate[] {
  return [...new Set(cands)];
}

/** One row's cells from its remaining readings: a cell is known where they all agree. */
function agree(picks: Candidate[], width: number): SolvedCell[] {
  const first = picks[0];
  if (!first) return Array.from({ length: width }, () => ({ value: null, status: 'unreadable', raw: null }));
  if (picks.length === 1) return first.cells.slice(); // cells are never changed in place
  return first.cells.map((cell, col) => {
    const values = [...new Set(picks.map((p) => p.cells[col]?.value))];
    if (values.length === 1) return { ...cell };
    const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    // Amounts printed with their unit are strings; they are shown as printed.
    const shown = [...nums, ...values.filter((v) => typeof v === 'string')];
    return {
      value: null,
      status: 'unreadable' as const,
      raw: cell.raw,
      loc: cell.loc,
      candidates: nums,
      reason: shown.length
        ? `无法唯一确定：可能为 ${shown.join('、')}`
        : '无法唯一确定：数字与相邻单元格粘连，拆分不唯一',
    };
  });
}
