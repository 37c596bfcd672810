// The calendar date in China (Asia/Shanghai, UTC+8 all year), whatever the machine's time zone:
// "today" for deadlines, reports and notices, and the day a recorded timestamp fell on. Deadlines
// are counted in China's working days, so a date taken from UTC would be a day early between
// 00:00 and 08:00 China time.

import type { IsoDate } from '../calendar/index.ts';

const CHINA_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in China at `instant` (a Date or an ISO timestamp such as a store's recorded_at). */
export function chinaDate(instant: Date | string): IsoDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`不是有效的时间：${String(instant)}`);
  return CHINA_DATE.format(date) as IsoDate;
}

/** Today in China. */
export function chinaToday(now: Date = new Date()): IsoDate {
  return chinaDate(now);
}
