import { describe, expect, it } from 'vitest';
import { provisionalFigures, publishTooEarly, reportingYearEnded } from './reporting-year.ts';

describe('the reporting year (第四十九条、第五十条)', () => {
  it('ends on 31 December: the report is publishable from 1 January of the next year', () => {
    expect(reportingYearEnded(2026, '2026-12-31')).toBe(false);
    expect(reportingYearEnded(2026, '2027-01-01')).toBe(true);
    expect(reportingYearEnded(2025, '2026-11-25')).toBe(true);
  });

  it('refuses publishing before then, in Chinese, saying from when', () => {
    expect(publishTooEarly(2026, '2026-11-25')).toMatch(
      /^2026年度尚未结束（今天是2026-11-25）.*2027-01-01起才能发布/,
    );
    expect(publishTooEarly(2026, '2027-01-01')).toBeUndefined();
  });

  it('marks the figures of a draft of an unfinished year as provisional', () => {
    expect(provisionalFigures(2026, '2026-06-30')).toContain('不是全年的最终数字');
    expect(provisionalFigures(2025, '2026-01-05')).toBeUndefined();
  });
});
