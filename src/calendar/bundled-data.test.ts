// The bundled year files (generated from chinese-days) checked against the State Council's
// notices, transcribed here independently as the notices word them: holiday ranges
// (放假, weekends included) and the weekend days worked (上班).

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isWeekend, toDayNumber } from './iso-date.ts';
import { BUNDLED_DATA_DIR, readYearDir } from './load-calendar.ts';

interface Notice {
  off: [string, string][];
  worked: string[];
}

// biome-ignore format: one holiday range per pair, as the notices list them
const NOTICES: Record<number, Notice> = {
  2019: {
    // 劳动节 as changed by the adjustment notice of March 2019: 5.1-5.4 off.
    off: [['01-01', '01-01'], ['02-04', '02-10'], ['04-05', '04-07'], ['05-01', '05-04'], ['06-07', '06-09'], ['09-13', '09-15'], ['10-01', '10-07']],
    worked: ['02-02', '02-03', '04-28', '05-05', '09-29', '10-12'],
  },
  2020: {
    // Spring Festival extended to 2.2 by the notice of 27 January 2020; 2.1 no longer worked.
    off: [['01-01', '01-01'], ['01-24', '02-02'], ['04-04', '04-06'], ['05-01', '05-05'], ['06-25', '06-27'], ['10-01', '10-08']],
    worked: ['01-19', '04-26', '05-09', '06-28', '09-27', '10-10'],
  },
  2021: {
    off: [['01-01', '01-03'], ['02-11', '02-17'], ['04-03', '04-05'], ['05-01', '05-05'], ['06-12', '06-14'], ['09-19', '09-21'], ['10-01', '10-07']],
    worked: ['02-07', '02-20', '04-25', '05-08', '09-18', '09-26', '10-09'],
  },
  2022: {
    off: [['01-01', '01-03'], ['01-31', '02-06'], ['04-03', '04-05'], ['04-30', '05-04'], ['06-03', '06-05'], ['09-10', '09-12'], ['10-01', '10-07'], ['12-31', '12-31']],
    worked: ['01-29', '01-30', '04-02', '04-24', '05-07', '10-08', '10-09'],
  },
  2023: {
    off: [['01-01', '01-02'], ['01-21', '01-27'], ['04-05', '04-05'], ['04-29', '05-03'], ['06-22', '06-24'], ['09-29', '10-06']],
    worked: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
  },
  2024: {
    off: [['01-01', '01-01'], ['02-10', '02-17'], ['04-04', '04-06'], ['05-01', '05-05'], ['06-10', '06-10'], ['09-15', '09-17'], ['10-01', '10-07']],
    worked: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    off: [['01-01', '01-01'], ['01-28', '02-04'], ['04-04', '04-06'], ['05-01', '05-05'], ['05-31', '06-02'], ['10-01', '10-08']],
    worked: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: [['01-01', '01-03'], ['02-15', '02-23'], ['04-04', '04-06'], ['05-01', '05-05'], ['06-19', '06-21'], ['09-25', '09-27'], ['10-01', '10-07']],
    worked: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

/** The weekdays of the notice's holiday ranges: what the year file must list as holidays. */
function weekdayHolidays(year: number, notice: Notice): string[] {
  const dates: string[] = [];
  for (const [from, to] of notice.off) {
    for (let day = toDayNumber(`${year}-${from}`); day <= toDayNumber(`${year}-${to}`); day++) {
      if (!isWeekend(day)) dates.push(fromDayNumber(day));
    }
  }
  return dates;
}

describe('bundled year files', () => {
  const loaded = readYearDir(BUNDLED_DATA_DIR);

  it('cover every year from 2019 to 2026, one file each', () => {
    expect(loaded.map((l) => l.data.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(readdirSync(BUNDLED_DATA_DIR).filter((f) => f.endsWith('.json'))).toHaveLength(8);
  });

  it.each(Object.entries(NOTICES))('%s matches the State Council notice', (yearText, notice) => {
    const year = Number(yearText);
    const data = loaded.find((l) => l.data.year === year)?.data;
    expect(data).toBeDefined();
    expect(data!.holidays.map((d) => d.date)).toEqual(weekdayHolidays(year, notice));
    expect(data!.workdays.map((d) => d.date)).toEqual(notice.worked.map((md) => `${year}-${md}`));
  });

  it('names the holidays as the notices do', () => {
    const names = new Set(loaded.flatMap((l) => [...l.data.holidays, ...l.data.workdays].map((d) => d.name)));
    expect([...names].sort()).toEqual(
      ['中秋节', '元旦', '劳动节', '国庆节', '春节', '清明节', '端午节'].sort(),
    );
  });
});
