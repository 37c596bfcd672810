// The file-system edge of the calendar: reads the bundled year files (src/calendar/data/),
// the installation's own (./data/calendar/ under the working directory, where
// `gongkai calendar import` puts them) and any extra files. Everything else is pure.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CalendarError } from './calendar-error.ts';
import { WorkingCalendar } from './working-calendar.ts';
import { formatYearData, parseYearData, sameCalendar, type YearData } from './year-data.ts';

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export function localDataDir(cwd: string = process.cwd()): string {
  return path.join(cwd, 'data', 'calendar');
}

export interface LoadCalendarOptions {
  bundledDir?: string;
  /** The installation's own year files; null to read none. Default ./data/calendar. */
  localDir?: string | null;
}

export interface LoadedYear {
  data: YearData;
  file: string;
}

export function readYearFile(file: string): YearData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CalendarError('io', `无法读取日历文件 ${file}：${ioReason(error)}`);
  }
  return parseYearData(text, file);
}

/** Why a file could not be read, in Chinese (the system's code kept for the administrator). */
function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason: Record<string, string> = {
    ENOENT: '文件不存在',
    EISDIR: '这是一个目录，请指定年度数据文件',
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
  };
  return (code && reason[code]) ?? `读取失败（${code ?? (error as Error).message}）`;
}

/** Year files of a directory, each named YYYY.json after the year it holds. */
export function readYearDir(dir: string): LoadedYear[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const data = readYearFile(file);
      if (name !== `${data.year}.json`) {
        throw new CalendarError(
          'bad-data',
          `日历文件 ${file} 的文件名应为 ${data.year}.json，与其中的年份一致`,
        );
      }
      return { data, file };
    });
}

/**
 * All year data, one entry per year. Later sources replace earlier ones for the same year
 * (bundled < local directory < extra files), so an installation can correct a year, as was
 * needed when the State Council extended the 2020 Spring Festival holiday after its notice.
 */
export function loadYears(
  extraYearFiles: readonly string[] = [],
  options: LoadCalendarOptions = {},
): LoadedYear[] {
  const { bundledDir = BUNDLED_DATA_DIR, localDir = localDataDir() } = options;
  const byYear = new Map<number, LoadedYear>();
  const sources = [
    ...readYearDir(bundledDir),
    ...(localDir === null ? [] : readYearDir(localDir)),
    ...extraYearFiles.map((file) => ({ data: readYearFile(file), file })),
  ];
  for (const loaded of sources) byYear.set(loaded.data.year, loaded);
  return [...byYear.values()].sort((a, b) => a.data.year - b.data.year);
}

export function loadCalendar(
  extraYearFiles: readonly string[] = [],
  options: LoadCalendarOptions = {},
): WorkingCalendar {
  return new WorkingCalendar(loadYears(extraYearFiles, options).map((loaded) => loaded.data));
}

export interface ImportResult {
  year: number;
  /** Where the file was written; undefined when the same data was already loaded. */
  target?: string;
  /** The file whose data for this year the import replaces, if any. */
  replaced?: string;
}

/**
 * Validates a year file and writes it, in canonical form, to the local data directory. A
 * year that is already known with different data is replaced only with `force`: changing a
 * year moves the deadlines of every open application that runs into it.
 */
export function importYearFile(
  file: string,
  options: { localDir: string; bundledDir?: string; force?: boolean },
): ImportResult {
  const data = readYearFile(file);
  const existing = loadYears([], options).find((loaded) => loaded.data.year === data.year);
  if (existing && sameCalendar(existing.data, data)) return { year: data.year };
  if (existing && !options.force) {
    throw new CalendarError(
      'exists',
      `${data.year}年的节假日数据已存在（${existing.file}），且内容不同；确认替换请加 --force`,
    );
  }
  const target = path.join(options.localDir, `${data.year}.json`);
  try {
    mkdirSync(options.localDir, { recursive: true });
    writeFileSync(target, formatYearData(data));
  } catch (error) {
    throw new CalendarError('io', `无法写入日历文件 ${target}：${(error as Error).message}`);
  }
  return { year: data.year, target, ...(existing ? { replaced: existing.file } : {}) };
}
