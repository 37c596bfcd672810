// Properties of the counting, over the real calendar, checked against a naive day-by-day
// count so that the binary-search implementation is tested against an independent oracle.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './iso-date.ts';
import { loadCalendar } from './load-calendar.ts';

const calendar = loadCalendar([], { localDir: null });

// Start dates whose periods of up to 60 working days stay inside the known years 2019-2026.
const firstDay = toDayNumber('2018-12-31');
const lastDay = toDayNumber('2026-08-31');
const anyDate = fc.integer({ min: firstDay, max: lastDay }).map(fromDayNumber);
const anyDays = fc.integer({ min: 1, max: 60 });

function naiveAdd(date: string, n: number): string {
  let day = toDayNumber(date);
  let counted = 0;
  while (counted < n) {
    day++;
    if (calendar.isWorkingDay(fromDayNumber(day))) counted++;
  }
  return fromDayNumber(day);
}

describe('working-day arithmetic', () => {
  it('addWorkingDays lands on a working day and workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(anyDate, anyDays, (date, n) => {
        const due = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.workingDaysBetween(date, due)).toBe(n);
        expect(due).toBe(naiveAdd(date, n));
      }),
      { numRuns: 500 },
    );
  });

  it('the explanation counts exactly n days and ends on the result', () => {
    fc.assert(
      fc.property(anyDate, anyDays, (date, n) => {
        const { steps, result } = calendar.explainAddWorkingDays(date, n);
        expect(steps.filter((s) => s.counted)).toHaveLength(n);
        expect(steps.at(-1)?.date).toBe(result);
        expect(steps.every((s) => s.counted === calendar.isWorkingDay(s.date))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('workingDaysBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
          calendar.workingDaysBetween(a, c),
        );
        expect(calendar.workingDaysBetween(b, a) + calendar.workingDaysBetween(a, b)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
