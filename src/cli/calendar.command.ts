// `gongkai calendar ...`: the working-day calendar on the command line (issue 4's contract).
// stdout carries only the answer, so scripts can use it; a calendar error prints its Chinese
// message to stderr and exits with code 2, without a stack trace.

import { type Command, CommanderError } from 'commander';
import {
  CalendarError,
  formatExplanation,
  importYearFile,
  loadCalendar,
  localDataDir,
  type WorkingCalendar,
} from '../calendar/index.ts';

export interface CalendarCommandOptions {
  /** Directory whose ./data/calendar holds the installation's own year files. */
  cwd?: () => string;
  /** Replaces the bundled year files (tests). */
  bundledDir?: string;
  /**
   * After a year's data was added or replaced: recompute the deadlines of open applications in
   * the database (`db`: the --db option), returning a line for the user or undefined when there
   * is no database to update.
   */
  afterImport?: (calendar: WorkingCalendar, db: string | undefined) => Promise<string | undefined>;
}

const EXIT_CALENDAR_ERROR = 2;

/**
 * Adds the `calendar` command to `program`. Commander copies output and exit settings to a
 * subcommand when it is created, so call configureOutput/exitOverride before this.
 */
export function registerCalendarCommand(program: Command, options: CalendarCommandOptions = {}): void {
  const cwd = options.cwd ?? (() => process.cwd());
  const localDir = () => localDataDir(cwd());
  const calendar = (): WorkingCalendar =>
    loadCalendar([], {
      localDir: localDir(),
      ...(options.bundledDir === undefined ? {} : { bundledDir: options.bundledDir }),
    });

  const root = program
    .command('calendar')
    .description('工作日日历：国务院节假日安排与调休，期限按工作日计算');

  root
    .command('add')
    .description('输出 DATE 之后第 N 个工作日（DATE 当日不计，次日起算）')
    .argument('<date>', '事件发生日期，YYYY-MM-DD')
    .argument('<n>', '工作日数，正整数')
    .action((date: string, n: string, _opts: unknown, cmd: Command) =>
      run(cmd, () => calendar().addWorkingDays(date, parseCount(n))),
    );

  root
    .command('is-workday')
    .description('输出 DATE 是否为工作日：true 或 false')
    .argument('<date>', '日期，YYYY-MM-DD')
    .action((date: string, _opts: unknown, cmd: Command) =>
      run(cmd, () => String(calendar().isWorkingDay(date))),
    );

  root
    .command('explain')
    .description('逐日列出 DATE 之后 N 个工作日的计算过程')
    .argument('<date>', '事件发生日期，YYYY-MM-DD')
    .argument('<n>', '工作日数，正整数')
    .action((date: string, n: string, _opts: unknown, cmd: Command) =>
      run(cmd, () => formatExplanation(calendar().explainAddWorkingDays(date, parseCount(n)))),
    );

  root
    .command('years')
    .description('列出已有节假日数据的年份')
    .action((_opts: unknown, cmd: Command) => run(cmd, () => calendar().knownYears().join('\n')));

  root
    .command('import')
    .description('校验一年的节假日数据文件（格式见 src/calendar/README.md），并复制到 ./data/calendar/')
    .argument('<file>', '年度数据文件 YYYY.json')
    .option('--force', '替换该年已有的不同数据')
    .option(
      '--db <file>',
      '导入后重新计算该数据库中未办结申请的答复期限（默认 ./data/gongkai.db，存在时；设置 DATABASE_URL 时使用 PostgreSQL）',
    )
    .action((file: string, opts: { force?: boolean; db?: string }, cmd: Command) => {
      let imported = false;
      run(cmd, () => {
        const result = importYearFile(file, {
          localDir: localDir(),
          force: opts.force === true,
          ...(options.bundledDir === undefined ? {} : { bundledDir: options.bundledDir }),
        });
        if (result.target === undefined) return `${result.year}年的节假日数据已存在且内容相同，无需导入`;
        imported = true;
        const replaced = result.replaced === undefined ? '' : `（替换 ${result.replaced} 中的数据）`;
        return `已导入${result.year}年的节假日数据：${result.target}${replaced}`;
      });
      // Synchronous unless there is a database to update (the tests parse synchronously).
      if (imported && options.afterImport)
        return refreshAfterImport(cmd, options.afterImport, calendar(), opts.db);
    });
}

/** Runs the afterImport hook and prints its line; its failure is a Chinese message and exit 2. */
async function refreshAfterImport(
  cmd: Command,
  hook: NonNullable<CalendarCommandOptions['afterImport']>,
  calendar: WorkingCalendar,
  db: string | undefined,
): Promise<void> {
  let line: string | undefined;
  try {
    line = await hook(calendar, db);
  } catch (error) {
    if (error instanceof CommanderError)
      cmd.error(error.message, { exitCode: error.exitCode, code: error.code });
    throw error;
  }
  if (line !== undefined)
    (cmd.configureOutput().writeOut ?? ((t: string) => process.stdout.write(t)))(`${line}\n`);
}

/** Runs a subcommand: its answer to stdout, a CalendarError to stderr with exit code 2. */
function run(cmd: Command, answer: () => string): void {
  let text: string;
  try {
    text = answer();
  } catch (error) {
    if (error instanceof CalendarError) {
      cmd.error(error.message, { exitCode: EXIT_CALENDAR_ERROR, code: `gongkai.calendar.${error.code}` });
    }
    throw error;
  }
  const write = cmd.configureOutput().writeOut ?? ((s: string) => process.stdout.write(s));
  write(`${text}\n`);
}

/** The largest N, as in the API (GET /calendar/add): a year and more of working days. */
const MAX_COUNT = 366;

/** The CLI's N: digits only, so '7.5', '1e3' and '' are refused rather than coerced. */
function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new CalendarError('bad-count', `工作日数必须是正整数，收到：“${text}”`);
  }
  const n = Number(text);
  if (n > MAX_COUNT)
    throw new CalendarError('bad-count', `工作日数过大：最多 ${MAX_COUNT} 个工作日，收到：“${text}”`);
  return n;
}
