// Statutory deadlines against the real (bundled) calendar. Every expected date is worked out
// by hand in the comment above it, day by day from the State Council's notices; "n:" marks
// the n-th working day after the event (次日起算: the event's own day never counts).

import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.ts';
import { loadCalendar } from './load-calendar.ts';

// localDir null: a developer's own ./data/calendar must not change these results.
const calendar = loadCalendar([], { localDir: null });

describe('reply period, 20 working days (《政府信息公开条例》第三十三条)', () => {
  it('receipt just before the 2025 Spring Festival', () => {
    // 2025 notice: 1.28-2.4 off, Sun 1.26 and Sat 2.8 worked. Received Fri 1.24.
    // Sat 1.25 no; Sun 1.26 1 (调休); Mon 1.27 2; 1.28-2.4 holiday; Wed 2.5 3, 2.6 4, 2.7 5;
    // Sat 2.8 6 (调休); Sun 2.9 no; 2.10-2.14 7-11; 2.17-2.21 12-16; 2.24 17, 2.25 18,
    // 2.26 19, Thu 2.27 20.
    expect(calendar.addWorkingDays('2025-01-24', 20)).toBe('2025-02-27');
    // The CLI contract's example: 1.26 1, 1.27 2, 2.5 3, 2.6 4, 2.7 5.
    expect(calendar.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
  });

  it('receipt just before the 2025 National Day', () => {
    // 2025 notice: 10.1-10.8 off (National Day and Mid-autumn), Sun 9.28 and Sat 10.11 worked.
    // Received Fri 9.26. Sat 9.27 no; Sun 9.28 1 (调休); 9.29 2; 9.30 3; 10.1-10.8 holiday;
    // Thu 10.9 4; Fri 10.10 5; Sat 10.11 6 (调休); Sun 10.12 no; 10.13-10.17 7-11;
    // 10.20-10.24 12-16; 10.27 17, 10.28 18, 10.29 19, Thu 10.30 20.
    expect(calendar.addWorkingDays('2025-09-26', 20)).toBe('2025-10-30');
  });

  it('receipt on an adjusted working Sunday (2025-09-28)', () => {
    // 9.29 1; 9.30 2; 10.1-10.8 holiday; 10.9 3; 10.10 4; Sat 10.11 5 (调休); 10.13-10.17
    // 6-10; 10.20-10.24 11-15; 10.27-10.30 16-19; Fri 10.31 20.
    expect(calendar.addWorkingDays('2025-09-28', 20)).toBe('2025-10-31');
  });

  it('receipt across the year end, into the 2026 New Year holiday', () => {
    // Received Wed 2025-12-24. 12.25 1, 12.26 2; 12.29 3, 12.30 4, 12.31 5; 2026 notice:
    // 1.1-1.3 off, Sun 1.4 worked: 1.4 6 (调休); 1.5-1.9 7-11; 1.12-1.16 12-16;
    // 1.19 17, 1.20 18, 1.21 19, Thu 1.22 20.
    expect(calendar.addWorkingDays('2025-12-24', 20)).toBe('2026-01-22');
  });

  it('the extension: another 20 working days from the first deadline', () => {
    // First deadline Thu 2025-02-27 (above). 2.28 1; 3.3-3.7 2-6; 3.10-3.14 7-11;
    // 3.17-3.21 12-16; 3.24 17, 3.25 18, 3.26 19, Thu 3.27 20.
    expect(calendar.addWorkingDays(calendar.addWorkingDays('2025-01-24', 20), 20)).toBe('2025-03-27');
  });
});

describe('supplement notice, 7 working days (《政府信息公开条例》第三十条)', () => {
  it('receipt on an adjusted working Saturday (2025-02-08)', () => {
    // Sun 2.9 no; Mon 2.10 1, 2.11 2, 2.12 3, 2.13 4, 2.14 5; weekend; Mon 2.17 6, Tue 2.18 7.
    expect(calendar.addWorkingDays('2025-02-08', 7)).toBe('2025-02-18');
  });

  it('receipt before the 2024 National Day, landing on an adjusted working Saturday', () => {
    // 2024 notice: 10.1-10.7 off, Sun 9.29 and Sat 10.12 worked. Received Fri 9.27.
    // Sat 9.28 no; Sun 9.29 1 (调休); Mon 9.30 2; 10.1-10.7 holiday; 10.8 3, 10.9 4,
    // 10.10 5, 10.11 6; Sat 10.12 7 (调休).
    expect(calendar.addWorkingDays('2024-09-27', 7)).toBe('2024-10-12');
  });
});

describe('third-party consultation, 15 working days (《政府信息公开条例》第三十二条)', () => {
  it('letter sent just before the 2024 Spring Festival', () => {
    // 2024 notice: 2.10-2.17 off, Sun 2.4 and Sun 2.18 worked; Fri 2.9 (除夕) was a working day.
    // Sent Wed 2.7. Thu 2.8 1; Fri 2.9 2; 2.10-2.17 holiday; Sun 2.18 3 (调休); 2.19-2.23 4-8;
    // 2.26-3.1 9-13; Mon 3.4 14; Tue 3.5 15.
    expect(calendar.addWorkingDays('2024-02-07', 15)).toBe('2024-03-05');
  });

  it('2026 Spring Festival with its two adjusted Saturdays', () => {
    // 2026 notice: 2.15-2.23 off, Sat 2.14 and Sat 2.28 worked. Sent Thu 2.12.
    // Fri 2.13 1; Sat 2.14 2 (调休); 2.15-2.23 holiday; 2.24 3, 2.25 4, 2.26 5, 2.27 6;
    // Sat 2.28 7 (调休); Sun 3.1 no; 3.2-3.6 8-12; 3.9 13, 3.10 14, Wed 3.11 15.
    expect(calendar.addWorkingDays('2026-02-12', 15)).toBe('2026-03-11');
  });
});

describe('special years', () => {
  it('2020: the Spring Festival extended to 2.2, so Saturday 2.1 was no longer worked', () => {
    // Original notice: 1.24-1.30 off, Sat 2.1 worked; extension notice: off until Sun 2.2.
    // Received Thu 1.23: 1.24-2.2 all off; Mon 2.3 1.
    expect(calendar.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2020-01-19')).toBe(true); // Sunday, worked before the holiday
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-26', true], // Sunday, 调休
    ['2025-01-28', false], // 春节
    ['2025-02-08', true], // Saturday, 调休
    ['2025-02-09', false], // Sunday
    ['2025-02-10', true], // Monday
    ['2025-10-06', false], // 中秋节 inside the National Day holiday
    ['2025-10-11', true], // Saturday, 调休
    ['2024-02-09', true], // 除夕 2024, a Friday, not a holiday that year
    ['2026-01-04', true], // Sunday, 调休 for New Year 2026
    ['2026-09-25', false], // 中秋节 2026
  ])('%s -> %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-27')).toBe(20);
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-26')).toBe(19);
    // Only holidays and a weekend between 1.27 and 2.5: one working day (2.5).
    expect(calendar.workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1);
    expect(calendar.workingDaysBetween('2025-01-28', '2025-02-04')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
    expect(calendar.workingDaysBetween('2025-02-27', '2025-01-24')).toBe(-20);
  });

  it('agrees with addWorkingDays across years', () => {
    expect(calendar.workingDaysBetween('2025-12-24', '2026-01-22')).toBe(20);
    // 2025 as a whole: 261 weekdays (52 weeks and Wed 12.31), less the 18 weekday holidays,
    // plus the 5 adjusted working weekend days of the notice.
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(261 - 18 + 5);
  });
});

describe('explainAddWorkingDays', () => {
  it('lists every day with the reason it counts or not', () => {
    const explanation = calendar.explainAddWorkingDays('2025-01-24', 5);
    expect(explanation.result).toBe('2025-02-07');
    expect(explanation.steps.map((s) => [s.date, s.counted, s.label])).toEqual([
      ['2025-01-25', false, '周末'],
      ['2025-01-26', true, '调休上班（春节）'],
      ['2025-01-27', true, '工作日'],
      ['2025-01-28', false, '节假日（春节）'],
      ['2025-01-29', false, '节假日（春节）'],
      ['2025-01-30', false, '节假日（春节）'],
      ['2025-01-31', false, '节假日（春节）'],
      ['2025-02-01', false, '周末'],
      ['2025-02-02', false, '周末'],
      ['2025-02-03', false, '节假日（春节）'],
      ['2025-02-04', false, '节假日（春节）'],
      ['2025-02-05', true, '工作日'],
      ['2025-02-06', true, '工作日'],
      ['2025-02-07', true, '工作日'],
    ]);
    expect(explanation.steps.filter((s) => s.counted).map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('years without data', () => {
  it('knows 2019 to 2026', () => {
    expect(calendar.knownYears()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('refuses a date in an unknown year instead of guessing', () => {
    expect(() => calendar.isWorkingDay('2027-03-01')).toThrow(
      '日历中没有2027年的节假日安排，请先导入该年数据',
    );
    expect(() => calendar.isWorkingDay('2018-06-01')).toThrow(/日历中没有2018年/);
  });

  it('refuses a period that runs into an unknown year', () => {
    // Sent Thu 2026-12-10: 12.11 1; 12.14-12.18 2-6; 12.21-12.25 7-11; 12.28-12.31 12-15;
    // the 16th working day would be in 2027.
    expect(calendar.addWorkingDays('2026-12-10', 15)).toBe('2026-12-31');
    const error = catchError(() => calendar.addWorkingDays('2026-12-10', 16));
    expect(error).toBeInstanceOf(CalendarError);
    expect(error).toMatchObject({ code: 'unknown-year', year: 2027 });
    expect(() => calendar.workingDaysBetween('2026-12-01', '2027-01-05')).toThrow(/2027年/);
    expect(() => calendar.explainAddWorkingDays('2026-12-31', 1)).toThrow(/2027年/);
  });

  it('refuses a bad count', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(() => calendar.addWorkingDays('2025-03-03', n)).toThrow(/工作日数必须是正整数/);
    }
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
