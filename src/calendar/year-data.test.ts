import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import { formatYearData, parseYearData, sameCalendar } from './year-data.ts';

const good = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知',
  holidays: [
    { date: '2025-01-29', name: '春节' },
    { date: '2025-01-28', name: '春节' },
  ],
  workdays: [{ date: '2025-01-26', name: '春节' }],
};

function problemsOf(json: unknown): string {
  try {
    parseYearData(json, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).code).toBe('bad-data');
    return (error as Error).message;
  }
  throw new Error('expected parseYearData to reject the data');
}

describe('parseYearData', () => {
  it('accepts a valid year, from an object or from JSON text, sorted by date', () => {
    const parsed = parseYearData(good);
    expect(parsed.holidays.map((d) => d.date)).toEqual(['2025-01-28', '2025-01-29']);
    expect(parseYearData(JSON.stringify(good))).toEqual(parsed);
  });

  it('round-trips through the canonical file format', () => {
    const parsed = parseYearData(good);
    expect(parseYearData(formatYearData(parsed))).toEqual(parsed);
    expect(sameCalendar(parsed, { ...parsed, source: '另一来源' })).toBe(true);
    expect(sameCalendar(parsed, { ...parsed, workdays: [] })).toBe(false);
  });

  it('rejects text that is not JSON', () => {
    expect(problemsOf('{"year": 2025,')).toMatch(/x\.json 格式不正确[\s\S]*不是有效的 JSON/);
  });

  it('rejects missing fields, unknown fields and wrong types, naming the place', () => {
    expect(problemsOf({ year: 2025, holidays: [] })).toMatch(/workdays/);
    expect(problemsOf({ ...good, workday: [] })).toMatch(/workday/);
    expect(problemsOf({ ...good, year: '2025' })).toMatch(/year/);
    expect(problemsOf({ ...good, holidays: [{ date: '2025-01-28' }] })).toMatch(/holidays\[0\]\.name/);
  });

  it('rejects invalid dates and dates of another year', () => {
    expect(problemsOf({ ...good, holidays: [{ date: '2025-02-30', name: '春节' }] })).toMatch(
      /holidays\[0\]\.date：日期应为 YYYY-MM-DD/,
    );
    expect(problemsOf({ ...good, holidays: [{ date: '2024-12-31', name: '元旦' }] })).toMatch(
      /2024-12-31 不属于 2025 年/,
    );
  });

  it('rejects a holiday on a weekend and a workday on a weekday (exceptions only)', () => {
    expect(problemsOf({ ...good, holidays: [{ date: '2025-02-01', name: '春节' }] })).toMatch(
      /2025-02-01 是周六，本来就不上班/,
    );
    expect(problemsOf({ ...good, workdays: [{ date: '2025-02-07', name: '春节' }] })).toMatch(
      /2025-02-07 是周五，本来就上班/,
    );
  });

  it('rejects duplicates and a date in both lists', () => {
    expect(
      problemsOf({ ...good, holidays: [...good.holidays, { date: '2025-01-28', name: '春节' }] }),
    ).toMatch(/2025-01-28 重复出现/);
    expect(problemsOf({ ...good, workdays: [{ date: '2025-01-28', name: '春节' }] })).toMatch(/同时出现/);
  });

  it('rejects a year without holidays: that would be a silent weekday-only guess', () => {
    expect(problemsOf({ year: 2027, holidays: [], workdays: [] })).toMatch(/holidays 为空/);
  });
});
