// Civil-date arithmetic on ISO 'YYYY-MM-DD' strings (UTC, no time zones).

import type { IsoDate } from '../calendar/index.ts';

const MS_PER_DAY = 86_400_000;

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}
