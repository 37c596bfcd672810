// The calendar built from hand-made year data: its rules, independent of the real notices.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from './iso-date.ts';
import { WorkingCalendar } from './working-calendar.ts';
import type { YearData } from './year-data.ts';

function year(y: number, holidays: string[] = [`${y}-01-01`], workdays: string[] = []): YearData {
  const named = (dates: string[]) => dates.map((date) => ({ date: date as IsoDate, name: '测试' }));
  return { year: y, holidays: named(holidays), workdays: named(workdays) };
}

describe('WorkingCalendar', () => {
  it('applies weekend rules, holidays and adjusted workdays', () => {
    // 2030-01-01 is a Tuesday; 2030-01-05 a Saturday.
    const calendar = new WorkingCalendar([year(2030, ['2030-01-01'], ['2030-01-05'])]);
    expect(calendar.isWorkingDay('2030-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2030-01-02')).toBe(true);
    expect(calendar.isWorkingDay('2030-01-05')).toBe(true);
    expect(calendar.isWorkingDay('2030-01-06')).toBe(false);
    expect(calendar.dayInfo('2030-01-05')).toMatchObject({ kind: 'adjusted-workday', holidayName: '测试' });
    expect(calendar.dayInfo('2030-01-06')).toMatchObject({
      kind: 'weekend',
      weekday: '周日',
      working: false,
    });
  });

  it('does not let a period jump over a missing year', () => {
    const calendar = new WorkingCalendar([year(2030), year(2032)]);
    expect(calendar.knownYears()).toEqual([2030, 2032]);
    // 2030-12-31 is a Tuesday: the next working day would be in 2031, which has no data.
    expect(() => calendar.addWorkingDays('2030-12-31', 1)).toThrow(/日历中没有2031年/);
    expect(() => calendar.workingDaysBetween('2030-12-01', '2032-01-05')).toThrow(/日历中没有2031年/);
    expect(calendar.addWorkingDays('2031-12-31', 1)).toBe('2032-01-02');
  });

  it('refuses to be given the same year twice', () => {
    expect(() => new WorkingCalendar([year(2030), year(2030)])).toThrow(/2030年的节假日数据重复/);
  });
});
