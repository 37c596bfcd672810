import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import {
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  weekdayName,
  weekdayOf,
  yearOf,
} from './iso-date.ts';

describe('iso dates', () => {
  it('accepts real dates and round-trips them through day numbers', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2025-12-31', '2026-01-01']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(parseIsoDate(date));
    }
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('rejects impossible or malformed dates with a Chinese message', () => {
    for (const bad of [
      '2025-02-29',
      '2025-02-30',
      '2025-13-01',
      '2025-1-5',
      '20250105',
      '2025/01/05',
      '',
      '0099-01-01',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => parseIsoDate(bad)).toThrow(CalendarError);
    }
    expect(() => parseIsoDate('2025-02-30')).toThrow(/日期格式不正确/);
  });

  it('knows weekdays and years', () => {
    expect(weekdayOf(toDayNumber('1970-01-01'))).toBe(4); // Thursday
    expect(weekdayName('2025-02-08')).toBe('周六');
    expect(weekdayName('2025-01-26')).toBe('周日');
    expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0); // negative day numbers: a Sunday
    expect(yearOf(toDayNumber('2025-12-31'))).toBe(2025);
    expect(yearOf(parseIsoDate('2026-01-01'))).toBe(2026);
  });
});
