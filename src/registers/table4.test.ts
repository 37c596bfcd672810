import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { blankReport } from '../report/blank-report.ts';
import type { ReviewCase } from './records.ts';
import { table4For } from './table4.ts';

const c = (
  id: string,
  kind: ReviewCase['kind'],
  filedOn: string,
  concluded?: [string, NonNullable<ReviewCase['result']>],
): ReviewCase => ({
  id,
  kind,
  filedOn,
  ...(concluded ? { concludedOn: concluded[0], result: concluded[1] } : {}),
  note: '',
});

const cases: ReviewCase[] = [
  c('F1', 'reconsideration', '2022-11-01', ['2023-02-01', 'upheld']), // filed the year before, concluded in it
  c('F2', 'reconsideration', '2023-03-01', ['2023-05-01', 'corrected']),
  c('F3', 'reconsideration', '2023-06-01'), // pending
  c('F4', 'reconsideration', '2023-12-31', ['2024-01-10', 'upheld']), // pending on 31 December 2023
  c('F5', 'reconsideration', '2022-01-01', ['2022-06-01', 'other']), // concluded before: not in 2023
  c('F6', 'reconsideration', '2024-01-02'), // filed after 2023
  c('S1', 'litigationDirect', '2021-05-05'), // pending for years
  c('S2', 'litigationDirect', '2023-01-01', ['2023-12-31', 'other']), // concluded on the last day
];

describe('table4For', () => {
  it('2023: results of cases concluded in the year, pending ones filed by 31 December', () => {
    expect(table4For(cases, 2023)).toEqual({
      reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 2, total: 4 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  it('2024: a case pending at the end of 2023 counts under its 2024 result', () => {
    expect(table4For(cases, 2024)).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 2, total: 3 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  it("passes the checker's table-4 arithmetic", () => {
    const report = { ...blankReport('2021', 2023), table4: table4For(cases, 2023) };
    expect(checkReport(report).filter((f) => f.rule === 'table4-total')).toEqual([]);
  });
});
