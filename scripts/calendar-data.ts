// Generates src/calendar/data/YYYY.json from the chinese-days package, once per year; the
// files are committed and the calendar never uses the package at run time.
//
//   node --import tsx scripts/calendar-data.ts [FROM [TO]]
//
// Default: 2019 (the revised Regulation's first year) up to the last year chinese-days knows.
// chinese-days falls back to plain weekday rules for a year it has no data for; such a year
// is refused here, never written as a calendar without holidays. Check each generated year
// against the State Council's notice before committing it.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import chineseDays from 'chinese-days';
import { isWeekend, toDayNumber } from '../src/calendar/iso-date.ts';
import { BUNDLED_DATA_DIR } from '../src/calendar/load-calendar.ts';
import { formatYearData, type NamedDay, parseYearData, type YearData } from '../src/calendar/year-data.ts';

const FIRST_YEAR = 2019;

/** chinese-days names look like 'Spring Festival,春节,4'; the notices use these names. */
const OFFICIAL_NAMES: Record<string, string> = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

/** Notices that changed a year's arrangement after the yearly one. */
const LATER_NOTICES: Record<number, string> = {
  2019: '国务院办公厅关于调整2019年劳动节假期安排的通知',
  2020: '国务院办公厅关于延长2020年春节假期的通知',
};

function holidayName(raw: string, date: string): string {
  const chinese = raw.split(',')[1];
  const name = chinese === undefined ? undefined : OFFICIAL_NAMES[chinese];
  if (name === undefined) throw new Error(`${date}: unexpected holiday name "${raw}" from chinese-days`);
  return name;
}

function daysOf(year: number): string[] {
  const days: string[] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

export function yearFromChineseDays(year: number): YearData {
  const holidays: NamedDay[] = [];
  const workdays: NamedDay[] = [];
  for (const date of daysOf(year)) {
    const weekend = isWeekend(toDayNumber(date));
    const detail = chineseDays.getDayDetail(date);
    if (!weekend && !detail.work) holidays.push({ date, name: holidayName(detail.name, date) } as NamedDay);
    if (weekend && detail.work) workdays.push({ date, name: holidayName(detail.name, date) } as NamedDay);
  }
  const later = LATER_NOTICES[year];
  const source = `国务院办公厅关于${year}年部分节假日安排的通知${later ? `；${later}` : ''}（经 chinese-days 1.5.7 生成）`;
  // Validation also refuses a year chinese-days does not know (no holidays at all).
  return parseYearData({ year, source, holidays, workdays }, `${year}年（chinese-days）`);
}

function lastKnownYear(): number {
  let year = FIRST_YEAR;
  while (daysOf(year + 1).some((d) => !isWeekend(toDayNumber(d)) && !chineseDays.isWorkday(d))) year++;
  return year;
}

function main(args: string[]): void {
  const from = Number(args[0] ?? FIRST_YEAR);
  const to = Number(args[1] ?? (args[0] === undefined ? lastKnownYear() : from));
  for (let year = from; year <= to; year++) {
    const file = path.join(BUNDLED_DATA_DIR, `${year}.json`);
    const data = yearFromChineseDays(year);
    writeFileSync(file, formatYearData(data));
    console.log(`${file}: ${data.holidays.length} holidays, ${data.workdays.length} adjusted workdays`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
