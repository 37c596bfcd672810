// The working-day calendar: pure, built from year data, no I/O.
//
// Working days are those of the State Council's yearly holiday notice under 《全国年节及纪念日
// 放假办法》: Monday to Friday, except the public holidays it gives, plus the weekend days it
// declares working days (调休). Periods of the Regulation (《政府信息公开条例》第三十条 7 个工作日,
// 第三十二条 15 个工作日, 第三十三条 20 个工作日) are counted in such days.

import { CalendarError, unknownYearError } from './calendar-error.ts';
import {
  type DayNumber,
  fromDayNumber,
  type IsoDate,
  isWeekend,
  toDayNumber,
  WEEKDAY_NAMES,
  weekdayOf,
  yearOf,
} from './iso-date.ts';
import type { YearData } from './year-data.ts';

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'adjusted-workday';

export interface DayInfo {
  date: IsoDate;
  /** 周一 ... 周日 */
  weekday: string;
  working: boolean;
  kind: DayKind;
  /** For 'holiday' and 'adjusted-workday': the holiday concerned, e.g. 春节. */
  holidayName?: string;
  /** Chinese explanation for the UI: 工作日 / 周末 / 节假日（春节） / 调休上班（春节）. */
  label: string;
}

export interface ExplanationStep extends DayInfo {
  counted: boolean;
  /** For counted days: 1 for the first working day of the period, and so on. */
  ordinal?: number;
}

export interface WorkingDaysExplanation {
  /** The day of the event; not counted. */
  from: IsoDate;
  days: number;
  /** The last day of the period, always a working day. */
  result: IsoDate;
  /** Every day from the day after `from` up to and including `result`. */
  steps: ExplanationStep[];
  /** The counting rule in Chinese, for display next to the steps. */
  rule: string;
}

export const COUNTING_RULE =
  '期间自事件发生的次日起算，只计工作日：周末和法定节假日不计，调休上班的周末计入；' +
  '期限末日因此总是工作日，“期满日遇节假日顺延”无需另行调整';

interface Exception {
  kind: 'holiday' | 'adjusted-workday';
  name: string;
}

export class WorkingCalendar {
  private readonly years: ReadonlySet<number>;
  private readonly exceptions = new Map<DayNumber, Exception>();
  /** Every working day of the known years, ascending: counting becomes a binary search. */
  private readonly workingDays: Int32Array;

  constructor(yearData: readonly YearData[]) {
    const years = new Set<number>();
    for (const data of yearData) {
      if (years.has(data.year)) throw new CalendarError('bad-data', `${data.year}年的节假日数据重复提供`);
      years.add(data.year);
      for (const { date, name } of data.holidays) {
        this.exceptions.set(toDayNumber(date), { kind: 'holiday', name });
      }
      for (const { date, name } of data.workdays) {
        this.exceptions.set(toDayNumber(date), { kind: 'adjusted-workday', name });
      }
    }
    this.years = years;
    const working: number[] = [];
    for (const year of this.knownYears()) {
      const last = toDayNumber(`${year}-12-31`);
      for (let day = toDayNumber(`${year}-01-01`); day <= last; day++) {
        if (this.isWorkingDayNumber(day)) working.push(day);
      }
    }
    this.workingDays = Int32Array.from(working);
  }

  knownYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  dayInfo(date: string): DayInfo {
    const day = toDayNumber(date);
    this.requireKnown(day, day);
    const iso = fromDayNumber(day);
    const weekday = WEEKDAY_NAMES[weekdayOf(day)]!;
    const exception = this.exceptions.get(day);
    if (exception?.kind === 'holiday') {
      return {
        date: iso,
        weekday,
        working: false,
        kind: 'holiday',
        holidayName: exception.name,
        label: `节假日（${exception.name}）`,
      };
    }
    if (exception?.kind === 'adjusted-workday') {
      return {
        date: iso,
        weekday,
        working: true,
        kind: 'adjusted-workday',
        holidayName: exception.name,
        label: `调休上班（${exception.name}）`,
      };
    }
    return isWeekend(day)
      ? { date: iso, weekday, working: false, kind: 'weekend', label: '周末' }
      : { date: iso, weekday, working: true, kind: 'weekday', label: '工作日' };
  }

  isWorkingDay(date: string): boolean {
    const day = toDayNumber(date);
    this.requireKnown(day, day);
    return this.isWorkingDayNumber(day);
  }

  /**
   * The date `n` working days after `date`, `date` itself not counted (次日起算: the period
   * starts the day after the event, cf. 《民法典》第二百零一条). The result is always a working
   * day, so a deadline never falls on a non-working day and needs no further moving.
   */
  addWorkingDays(date: string, n: number): IsoDate {
    checkCount(n);
    const start = toDayNumber(date) + 1;
    this.requireKnown(start, start);
    const result = this.workingDays[countAtMost(this.workingDays, start - 1) + n - 1];
    if (result === undefined) throw unknownYearError(this.firstUnknownYearFrom(yearOf(start)));
    // Known years need not be contiguous: a period may not jump over a missing year.
    this.requireKnown(start, result);
    return fromDayNumber(result);
  }

  /**
   * Working days after `a` up to and including `b`, so that
   * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `b` is before `a`.
   */
  workingDaysBetween(a: string, b: string): number {
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    if (to < from) return -this.workingDaysBetween(b, a) || 0; // || 0: never -0
    if (to === from) return 0;
    this.requireKnown(from + 1, to);
    return countAtMost(this.workingDays, to) - countAtMost(this.workingDays, from);
  }

  /** The day-by-day calculation behind addWorkingDays, for showing to the user. */
  explainAddWorkingDays(date: string, n: number): WorkingDaysExplanation {
    const result = this.addWorkingDays(date, n);
    const last = toDayNumber(result);
    const steps: ExplanationStep[] = [];
    let ordinal = 0;
    for (let day = toDayNumber(date) + 1; day <= last; day++) {
      const info = this.dayInfo(fromDayNumber(day));
      steps.push(info.working ? { ...info, counted: true, ordinal: ++ordinal } : { ...info, counted: false });
    }
    return { from: fromDayNumber(toDayNumber(date)), days: n, result, steps, rule: COUNTING_RULE };
  }

  private isWorkingDayNumber(day: DayNumber): boolean {
    const exception = this.exceptions.get(day);
    if (exception) return exception.kind === 'adjusted-workday';
    return !isWeekend(day);
  }

  /** Throws for the first year between the two days (inclusive) that has no data. */
  private requireKnown(from: DayNumber, to: DayNumber): void {
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      if (!this.years.has(year)) throw unknownYearError(year);
    }
  }

  private firstUnknownYearFrom(year: number): number {
    let y = year;
    while (this.years.has(y)) y++;
    return y;
  }
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new CalendarError('bad-count', `工作日数必须是正整数，收到：${n}`);
  }
}

/** Number of elements <= value in an ascending array. */
function countAtMost(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
