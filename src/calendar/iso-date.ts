// Calendar dates as ISO 'YYYY-MM-DD' strings. A working-day calendar is about civil dates in
// China, never instants, so no Date object with a time zone ever enters the computation:
// dates are converted to a day number (days since 1970-01-01) through UTC, where every day
// has exactly 24 hours.

import { CalendarError } from './calendar-error.ts';

declare const isoDateBrand: unique symbol;

/** A validated 'YYYY-MM-DD' date. Obtain one from `parseIsoDate` or from the calendar. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** Days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** Validates a date string; rejects impossible dates such as 2025-02-30. */
export function parseIsoDate(text: string): IsoDate {
  toDayNumber(text);
  return text as IsoDate;
}

export function isIsoDate(text: string): text is IsoDate {
  try {
    toDayNumber(text);
    return true;
  } catch {
    return false;
  }
}

/** Validates a date string and returns its day number. */
export function toDayNumber(date: string): DayNumber {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const day = Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
    // Date.UTC silently rolls 02-30 over to 03-02 (and years 0-99 to 1900-1999); the round
    // trip catches both.
    if (formatDayNumber(day) === date) return day;
  }
  throw new CalendarError(
    'bad-date',
    `日期格式不正确：“${date}”，应为 YYYY-MM-DD 格式的有效日期，例如 2025-02-07`,
  );
}

export function fromDayNumber(day: DayNumber): IsoDate {
  return formatDayNumber(day) as IsoDate;
}

function formatDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year of a day number or a validated date. */
export function yearOf(date: IsoDate | DayNumber): number {
  return typeof date === 'number' ? new Date(date * MS_PER_DAY).getUTCFullYear() : Number(date.slice(0, 4));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayOf(toDayNumber(date))]!;
}
