// One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知),
// kept as data (format: README.md). Only the exceptions to the weekday rule are listed, so
// every entry changes the calendar and a typo cannot hide among redundant entries.

import * as z from 'zod';
import { CalendarError } from './calendar-error.ts';
import { type IsoDate, isIsoDate, isWeekend, toDayNumber, weekdayName, yearOf } from './iso-date.ts';

export interface NamedDay {
  date: IsoDate;
  /** The holiday the day belongs to, e.g. 春节; for a workday, the holiday it makes up for. */
  name: string;
}

export interface YearData {
  year: number;
  /** Where the data comes from, e.g. the notice's title. Informational only. */
  source?: string;
  /** Weekdays (Mon-Fri) that are not working days. */
  holidays: NamedDay[];
  /** Weekend days that are working days (调休上班). */
  workdays: NamedDay[];
}

const namedDaySchema = z.strictObject({
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 格式的有效日期'),
  name: z.string().trim().min(1, '名称不能为空'),
});

const yearDataSchema = z.strictObject({
  year: z.number().int().min(1949).max(9999),
  source: z.string().optional(),
  holidays: z.array(namedDaySchema),
  workdays: z.array(namedDaySchema),
});

/**
 * Validates a year file's content (a JSON text or an already parsed value). Pure; `origin`
 * (usually the file name) only prefixes the error message.
 */
export function parseYearData(json: unknown, origin = '日历数据'): YearData {
  const value = typeof json === 'string' ? parseJsonText(json, origin) : json;
  const parsed = yearDataSchema.safeParse(value, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}${issue.message}`);
    throw badData(origin, problems);
  }
  const data = parsed.data as YearData;
  const problems = semanticProblems(data);
  if (problems.length > 0) throw badData(origin, problems);
  return {
    year: data.year,
    ...(data.source === undefined ? {} : { source: data.source }),
    holidays: sortByDate(data.holidays),
    workdays: sortByDate(data.workdays),
  };
}

function semanticProblems(data: YearData): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const check = (list: 'holidays' | 'workdays', entries: NamedDay[]) => {
    entries.forEach(({ date }, i) => {
      const where = `${list}[${i}]：`;
      if (yearOf(date) !== data.year) problems.push(`${where}${date} 不属于 ${data.year} 年`);
      const weekend = isWeekend(toDayNumber(date));
      if (list === 'holidays' && weekend) {
        problems.push(
          `${where}${date} 是${weekdayName(date)}，本来就不上班；holidays 只列原本是周一至周五的放假日期`,
        );
      }
      if (list === 'workdays' && !weekend) {
        problems.push(
          `${where}${date} 是${weekdayName(date)}，本来就上班；workdays 只列调休上班的周六、周日`,
        );
      }
      const previous = seen.get(date);
      if (previous !== undefined) {
        problems.push(
          previous === list
            ? `${where}${date} 重复出现`
            : `${where}${date} 同时出现在 holidays 和 workdays 中`,
        );
      }
      seen.set(date, list);
    });
  };
  check('holidays', data.holidays);
  check('workdays', data.workdays);
  // Every year has weekdays off for the Spring Festival; an empty list is missing data, and
  // accepting it would be exactly the silent weekday-only guess the calendar must not make.
  if (data.holidays.length === 0) problems.push('holidays 为空：每年至少有春节假期，数据多半不完整');
  return problems;
}

function parseJsonText(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badData(origin, [`不是有效的 JSON（${(error as Error).message}）`]);
  }
}

function badData(origin: string, problems: string[]): CalendarError {
  return new CalendarError(
    'bad-data',
    `${origin} 格式不正确：\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const text = path.map((key, i) =>
    typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`,
  );
  return `${text.join('')}：`;
}

function sortByDate(days: NamedDay[]): NamedDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The canonical text of a year file: what the generator writes and `calendar import` copies. */
export function formatYearData(data: YearData): string {
  const list = (days: NamedDay[]) =>
    days.length === 0
      ? '[]'
      : `[\n${days.map((d) => `    { "date": "${d.date}", "name": ${JSON.stringify(d.name)} }`).join(',\n')}\n  ]`;
  const lines = [
    `  "year": ${data.year}`,
    ...(data.source === undefined ? [] : [`  "source": ${JSON.stringify(data.source)}`]),
    `  "holidays": ${list(data.holidays)}`,
    `  "workdays": ${list(data.workdays)}`,
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Whether two year files describe the same calendar (the source text is ignored). */
export function sameCalendar(a: YearData, b: YearData): boolean {
  const key = (d: YearData) => JSON.stringify([d.year, d.holidays, d.workdays]);
  return key(parseYearData(a)) === key(parseYearData(b));
}
