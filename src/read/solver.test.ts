import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates.ts';
import { solve } from './solver.ts';

const cand = (...values: number[]): Candidate => ({
  cells: values.map((value) => ({ value, status: 'split', raw: String(value) })),
  cost: 0,
  dropped: 0,
});

describe('solve', () => {
  const rowTotal = {
    terms: [
      { row: 0, col: 0, sign: 1 as const },
      { row: 0, col: 1, sign: 1 as const },
      { row: 0, col: 2, sign: -1 as const },
    ],
  };
  it('keeps the one reading that satisfies the arithmetic', () => {
    const s = solve([[cand(1, 10, 11), cand(11, 0, 11), cand(1, 1, 11)]], [rowTotal], 3);
    expect(s.rows[0]!.map((c) => c.value)).toEqual([null, null, 11]);
  });
  it('leaves cells null, with the candidates, where readings disagree', () => {
    const s = solve([[cand(1, 0, 1), cand(0, 1, 1)]], [rowTotal], 3);
    expect(s.rows[0]![0]).toMatchObject({ value: null, candidates: [0, 1] });
    expect(s.rows[0]![2]!.value).toBe(1);
  });
  it('prefers the reading breaking fewest rules when none holds', () => {
    const colRule = {
      terms: [
        { row: 0, col: 2, sign: 1 as const },
        { row: 1, col: 2, sign: -1 as const },
      ],
    };
    const s = solve([[cand(2, 0, 11), cand(20, 1, 1)], [cand(11, 0, 11)]], [rowTotal, colRule], 3);
    expect(s.rows[0]!.map((c) => c.value)).toEqual([2, 0, 11]);
  });
});

describe('solve: too many combinations to try them all', () => {
  // 16 rows of two readings each (65,536 combinations) and a total that their sum must make
  const rows = (total: number) => [...Array.from({ length: 16 }, () => [cand(0), cand(1)]), [cand(total)]];
  const sum = {
    terms: [
      ...Array.from({ length: 16 }, (_, row) => ({ row, col: 0, sign: 1 as const })),
      { row: 16, col: 0, sign: -1 as const },
    ],
  };

  it('readings no choice of the others can balance are dropped, and what the rule decides is read', () => {
    const s = solve(rows(16), [sum], 1);
    expect(s.rows.slice(0, 16).map((r) => r[0]!.value)).toEqual(Array(16).fill(1));
  });

  it('what the rule leaves open stays null, never a guess', () => {
    const s = solve(rows(8), [sum], 1);
    expect(s.rows[0]![0]).toMatchObject({ value: null, candidates: [0, 1] });
  });
});
