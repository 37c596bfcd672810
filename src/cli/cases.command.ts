// `gongkai demo seed`, `gongkai cases table3`, `gongkai cases due` (issue 4's command-line
// contract). --db FILE selects an SQLite file (default ./data/gongkai.db); DATABASE_URL selects
// PostgreSQL for every command. stdout carries only the answer; an error prints a Chinese message
// to stderr and exits with code 2.

import { existsSync } from 'node:fs';
import { type Command, CommanderError } from 'commander';
import {
  type IsoDate,
  isIsoDate,
  loadCalendar,
  localDataDir,
  type WorkingCalendar,
} from '../calendar/index.ts';
import { fixedClock, maskEvent } from '../cases/index.ts';
import { type Config, config, databaseTarget } from '../config/index.ts';
import type { Table3 } from '../report/annual-report.ts';
import { fullRowLabel, TABLE3_COLUMNS, templateForYear } from '../report/template.ts';
import {
  configuredIdentityCipher,
  DEMO_AGENCY,
  type DeadlineRefresh,
  type DueEntry,
  historyCsv,
  historyText,
  NotFoundError,
  openStore,
  refreshOpenDeadlines,
  type StoreServices,
  seedDemo,
  seedDemoRegisters,
  storeServices,
} from '../store/index.ts';
import { chinaToday } from '../util/china-date.ts';
import {
  padEndDisplay as padEnd,
  padStartDisplay as padStart,
  displayWidth as width,
} from '../util/display-width.ts';
import { registerNoticeCommand } from './notice.command.ts';
import {
  chooseAgency,
  existingDatabase,
  isUserError,
  parseInteger,
  parseYear,
  requireYearBegun,
  UsageError,
  write,
} from './store-command.ts';

export interface CasesCommandDeps {
  config?: () => Config;
  calendar?: () => WorkingCalendar;
  /** Today's date where the agency is (the due list's default date). */
  today?: () => IsoDate;
}

const EXIT_UNUSABLE = 2;

export function registerCasesCommands(program: Command, deps: CasesCommandDeps = {}): void {
  const cfg = deps.config ?? config;
  const calendar = deps.calendar ?? (() => loadCalendar([], { localDir: localDataDir(process.cwd()) }));
  const today = deps.today ?? chinaToday;

  /** Opens the store, runs `fn` with the services, closes the store; user errors exit 2. */
  const withStore = async (
    cmd: Command,
    db: string | undefined,
    fn: (s: StoreServices, cal: WorkingCalendar) => Promise<string>,
    { create = false, before }: { create?: boolean; before?: () => void } = {},
  ) => {
    let text: string;
    try {
      before?.();
      const c = cfg();
      if (db !== undefined && c.databaseUrl !== undefined)
        write(cmd, 'err', '已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db\n');
      const cal = calendar();
      const store = await openStore(create ? databaseTarget(c, db) : existingDatabase(c, db));
      try {
        // The configured cipher: demo data is written, and history read, like the server's.
        const options = { cipher: configuredIdentityCipher(c) };
        text = await fn(storeServices(store, { clock: fixedClock(today()), calendar: cal }, options), cal);
      } finally {
        await store.close();
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      // Not a usage mistake, so without commander's "see --help" hint.
      write(cmd, 'err', `错误：${(error as Error).message}\n`);
      throw new CommanderError(EXIT_UNUSABLE, 'gongkai.cases', (error as Error).message);
    }
    (cmd.configureOutput().writeOut ?? ((s: string) => process.stdout.write(s)))(text);
  };

  program
    .command('demo')
    .description('演示数据')
    .command('seed')
    .description('为示例机关生成一年的依申请公开办理数据（经由正式的办理服务写入），并在次年办结结转的申请')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .requiredOption('--year <year>', '年度，如 2025')
    .option('--seed <seed>', '随机种子（整数），同一种子生成相同的数据', '1')
    .action((opts: { db?: string; year: string; seed: string }, cmd: Command) => {
      let year = 0;
      let seed = 0;
      return withStore(
        cmd,
        opts.db,
        async (s, cal) => {
          const r = await seedDemo(s.applications, cal, year, seed, { alone: true });
          const g = await seedDemoRegisters(s.registers, DEMO_AGENCY.id, year, seed);
          return `已生成示例县医疗保障局${year}年度演示数据：申请${r.applications}件，办理记录${r.events}条；年底未办结${r.carriedForward}件，已结转至${year + 1}年办结；登记簿（${year - 1}—${year}年）：规范性文件${g.documents}件，处理决定数量${g.decisions}条，行政事业性收费${g.fees}条，复议诉讼案件${g.cases}件\n`;
        },
        {
          create: true,
          // Checked before the database is opened: bad options must not leave an empty file.
          before: () => {
            year = parseYear(opts.year);
            seed = parseInteger(opts.seed, '随机种子');
            const known = calendar().knownYears();
            for (const y of [year, year + 1]) {
              if (!known.includes(y))
                throw new UsageError(`演示数据需要${y}年的节假日数据，日历中没有该年份`);
            }
            // The demo handles the year's open applications in the next one: both must be past.
            if (year >= Number(today().slice(0, 4)))
              throw new UsageError(`演示数据的年度须早于今年（今天是${today()}），收到：${year}`);
          },
        },
      );
    });

  const cases = program.command('cases').description('依申请公开：表三统计与期限提醒');
  registerNoticeCommand(cases, deps);

  cases
    .command('table3')
    .description('按办理记录统计某年度表三（收到和处理政府信息公开申请情况）')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .requiredOption('--year <year>', '年度，如 2025')
    .option('--agency <id>', '机关编号（数据库中只有一个机关时可省略）')
    .option('--json', '输出 JSON（行、列键名见 docs/template.md）')
    .action((opts: { db?: string; year: string; agency?: string; json?: boolean }, cmd: Command) =>
      withStore(cmd, opts.db, async (s) => {
        const year = requireYearBegun(parseYear(opts.year), today());
        const agency = await chooseAgency(s.applications, opts.agency);
        const table = await s.overview.table3(agency.id, year);
        if (opts.json) return `${JSON.stringify(table, null, 2)}\n`;
        return `${agency.name} ${year}年度 收到和处理政府信息公开申请情况（表三）\n${table3Text(table, year)}`;
      }),
    );

  cases
    .command('due')
    .description('列出今日到期、3个工作日内到期、已逾期和依法暂停计时的申请')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .option('--date <date>', '按哪一天计算，YYYY-MM-DD（默认今天）')
    .option('--agency <id>', '只列出该机关的申请（默认全部机关）')
    .option('--clerk <id>', '只列出该经办人登记的申请（默认全办公室）')
    .option('--json', '输出 JSON')
    .action(
      (opts: { db?: string; date?: string; agency?: string; clerk?: string; json?: boolean }, cmd: Command) =>
        withStore(cmd, opts.db, async (s, cal) => {
          const date = opts.date ?? today();
          if (!isIsoDate(date)) throw new UsageError(`日期“${date}”不是有效日期，应为 YYYY-MM-DD 格式`);
          cal.isWorkingDay(date); // a year the calendar does not know is an error, not a guess
          if (opts.agency !== undefined) await chooseAgency(s.applications, opts.agency);
          const entries = await s.overview.dueList(
            opts.agency,
            date,
            opts.clerk === undefined ? {} : { clerk: opts.clerk },
          );
          if (entries.length === 0 && opts.clerk !== undefined && !(await s.overview.isClerk(opts.clerk)))
            throw new UsageError(`没有经办人“${opts.clerk}”登记的申请：请检查经办人编号（区分大小写）`);
          if (opts.json) return `${JSON.stringify({ date, entries }, null, 2)}\n`;
          return dueText(date, entries);
        }),
    );
  cases
    .command('refresh-deadlines')
    .description('按当前节假日数据重新计算全部未办结申请的答复期限（补充或更正某年数据之后）')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .action((opts: { db?: string }, cmd: Command) =>
      withStore(
        cmd,
        opts.db,
        async (s, cal) => `${refreshText(await refreshOpenDeadlines(s.applications, cal))}\n`,
      ),
    );

  cases
    .command('history')
    .description('显示或导出一件申请的全部办理记录（审计留痕：每一步的经办人、时间与变更前后状态）')
    .argument('<id>', '申请编号')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .option('--format <format>', '输出格式：text、csv 或 json', 'text')
    .option('--show-personal-data', '显示完整的身份证件号码、电话和地址（默认脱敏）')
    .action((id: string, opts: { db?: string; format: string; showPersonalData?: boolean }, cmd: Command) =>
      withStore(cmd, opts.db, async (s) => {
        if (!['text', 'csv', 'json'].includes(opts.format))
          throw new UsageError(`不支持的输出格式“${opts.format}”，可选 text、csv、json`);
        const entries = await s.history.of(id);
        if (!entries) throw new NotFoundError(`没有编号为“${id}”的申请`);
        const options = { personalData: opts.showPersonalData === true };
        if (opts.format === 'csv') return historyCsv(entries, options);
        if (opts.format === 'text') return historyText(id, entries, options);
        const shown = options.personalData
          ? entries
          : entries.map((e) => ({ ...e, event: maskEvent(e.event) }));
        return `${JSON.stringify(shown, null, 2)}\n`;
      }),
    );
}

/**
 * The hook `calendar import` calls after adding a year: the deadlines of open applications that
 * ran into the new year are computed now. The database is the --db file, PostgreSQL when
 * DATABASE_URL is set, or the default file when it exists (an import never creates a database).
 */
export function deadlineRefresher(deps: CasesCommandDeps = {}) {
  const cfg = deps.config ?? config;
  const today = deps.today ?? chinaToday;
  return async (calendar: WorkingCalendar, db: string | undefined): Promise<string | undefined> => {
    const c = cfg();
    if (db === undefined && c.databaseUrl === undefined && !existsSync(c.defaultSqliteFile)) return undefined;
    try {
      const store = await openStore(existingDatabase(c, db));
      try {
        const s = storeServices(store, { clock: fixedClock(today()), calendar });
        return refreshText(await refreshOpenDeadlines(s.applications, calendar));
      } finally {
        await store.close();
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      const message = `节假日数据已导入，但未能重新计算申请期限：${(error as Error).message}；请稍后运行 gongkai cases refresh-deadlines`;
      throw new CommanderError(EXIT_UNUSABLE, 'gongkai.cases', message);
    }
  };
}

function refreshText(r: DeadlineRefresh): string {
  const changes = r.changed.map(
    (c) => `  ${c.id}：${c.dueDateBefore ?? '（无法计算）'} → ${c.dueDateAfter ?? '（无法计算）'}`,
  );
  return [`已重新计算${r.checked}件未办结申请的答复期限，${r.changed.length}件有变化`, ...changes].join('\n');
}

// ---------------------------------------------------------------- text output

function table3Text(table: Table3, year: number): string {
  const rows = templateForYear(year).table3Rows.map((r) => [
    fullRowLabel(r),
    ...TABLE3_COLUMNS.map((c) => String(table[r.key]?.[c.key] ?? 0)),
  ]);
  const header = ['', ...TABLE3_COLUMNS.map((c) => c.label)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? padEnd(c, widths[0]!) : padStart(c, widths[i]!))).join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

const STATUS_HEADINGS: Record<DueEntry['status'], string> = {
  overdue: '已逾期',
  dueToday: '今日到期',
  dueSoon: '3个工作日内到期',
  paused: '依法暂停计时（不计入答复期限，不算逾期）',
  calendarMissing: '期限无法计算（缺少节假日数据）',
};

function dueText(date: string, entries: readonly DueEntry[]): string {
  const lines = [`截至${date}：需要关注的申请${entries.length}件`];
  for (const status of Object.keys(STATUS_HEADINGS) as DueEntry['status'][]) {
    const group = entries.filter((e) => e.status === status);
    if (group.length === 0) continue;
    lines.push('', `${STATUS_HEADINGS[status]}（${group.length}件）`);
    for (const e of group) {
      const due = e.dueDate ? `答复期限${e.dueDate}  ` : '';
      lines.push(`  ${e.id}  ${e.applicantName}  经办人${e.clerk}  收到${e.receiptDate}  ${due}${e.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
