// `gongkai report build|check|edit|publish|correct|versions` (issue 5's command-line contract):
// the yearly report assembled from the agency's records, kept as versions. --db FILE selects an
// SQLite file (default ./data/gongkai.db); DATABASE_URL selects PostgreSQL. Exit status 0 = fine,
// 1 = the report has error findings (or publishing was refused for them), 2 = unusable input or
// a refusal. stdout carries only the answer; messages go to stderr, in Chinese.

import { userInfo } from 'node:os';
import { type Command, CommanderError } from 'commander';
import { type IsoDate, loadCalendar, localDataDir, type WorkingCalendar } from '../calendar/index.ts';
import { fixedClock } from '../cases/index.ts';
import { checkReport } from '../check/index.ts';
import { type Config, config } from '../config/index.ts';
import { ReadError } from '../read/read-error.ts';
import { provisionalFigures, publishTooEarly } from '../report/reporting-year.ts';
import {
  openStore,
  type ReportRefusal,
  type ReportVersion,
  type StoreServices,
  storeServices,
} from '../store/index.ts';
import { chinaToday } from '../util/china-date.ts';
import { formatFindings } from './output.ts';
import { writeOutputFile } from './output-file.ts';
import {
  checked,
  checkText,
  dayOf,
  findingCounts,
  hasErrors,
  type Named,
  pendingLines,
  pendingNote,
  versionLine,
  versionsText,
} from './report-build.text.ts';
import { FormatError, readReportText, renderReport, reportFormat } from './report-formats.ts';
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

export interface ReportCommandDeps {
  config?: () => Config;
  calendar?: () => WorkingCalendar;
  /** Who runs the command (recorded on the versions); the --by option overrides it. */
  user?: () => string;
  /** Today's date where the agency is (a report of a year not yet begun is refused). */
  today?: () => IsoDate;
}

const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A refusal of the service, with the exit status it means. */
class Refused extends Error {
  constructor(
    readonly refusal: ReportRefusal,
    readonly exitCode: number,
  ) {
    super(refusal.reason);
  }
}

const MORE_USER_ERRORS = [FormatError, ReadError];

interface CommonOptions {
  db?: string;
  year: string;
  agency?: string;
  by?: string;
}

/** What a subcommand hands back: text for stdout and stderr, and the exit status. */
interface Answer {
  out?: string;
  err?: string;
  code?: number;
}

interface Services extends Named {
  s: StoreServices;
  agency: { id: string; name: string };
  actor: string;
  /** Today in China: a year not yet over is not published, and its draft figures are provisional. */
  today: IsoDate;
}

export function registerReportCommands(program: Command, deps: ReportCommandDeps = {}): void {
  const cfg = deps.config ?? config;
  const calendar = deps.calendar ?? (() => loadCalendar([], { localDir: localDataDir(process.cwd()) }));
  const user = deps.user ?? (() => userInfo().username || '命令行');
  const today = deps.today ?? chinaToday;

  /** Opens the store, runs `fn`, closes it; user errors and refusals become messages and a status. */
  const run =
    (fn: (x: Services, cmd: Command) => Promise<Answer>) => async (opts: CommonOptions, cmd: Command) => {
      let answer: Answer;
      try {
        const c = cfg();
        if (opts.db !== undefined && c.databaseUrl !== undefined)
          write(cmd, 'err', '已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db\n');
        const now = today();
        const year = requireYearBegun(parseYear(opts.year), now);
        const store = await openStore(existingDatabase(c, opts.db));
        try {
          const s = storeServices(store, {
            clock: fixedClock(`${year}-12-31` as IsoDate),
            calendar: calendar(),
          });
          const agency = await chooseAgency(s.applications, opts.agency);
          const actor = opts.by ?? user();
          answer = await fn({ s, agency, agencyName: agency.name, year, actor, today: now }, cmd);
        } finally {
          await store.close();
        }
      } catch (error) {
        answer = failure(error);
      }
      if (answer.out) write(cmd, 'out', answer.out);
      if (answer.err) write(cmd, 'err', answer.err);
      // Not a usage mistake, so without commander's "see --help" hint.
      if (answer.code) throw new CommanderError(answer.code, 'gongkai.report', answer.err ?? '');
    };

  const report = program
    .command('report')
    .description('年度报告：按办理记录生成草稿、修改、核查、发布与更正（保留全部版本）');
  const common = (c: Command) =>
    c
      .option(
        '--db <file>',
        'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）',
      )
      .requiredOption('--year <year>', '报告年度，如 2025')
      .option('--agency <id>', '机关编号（数据库中只有一个机关时可省略）')
      .option('--by <name>', '经办人（记入版本记录；默认当前系统用户）');

  common(report.command('build'))
    .description('按办理记录生成或刷新草稿（保留已修改的正文），输出为 HTML、DOCX、XLSX、文本或 JSON')
    .option('--format <format>', '输出格式：html、docx、xlsx、txt、json（默认按 -o 的扩展名）')
    .option('-o, --output <file>', '输出文件（文本格式可省略，输出到标准输出）')
    .option('--version <n>', '输出指定的已有版本（不刷新）')
    .option('--allow-empty', '该年度确无任何记录时仍生成报告')
    .action(run(build));

  common(report.command('check'))
    .description('刷新草稿并核查，列出问题（有错误时退出码为 1）')
    .option('--version <n>', '核查指定的已有版本（不刷新）')
    .option('--all', '同时列出“提示”级别的发现')
    .action(run(check));

  common(report.command('edit'))
    .description('用文件中的文字替换草稿某一部分的正文（表格来自记录，不能手工修改）')
    .requiredOption('--section <n>', '部分编号：一 至 六')
    .requiredOption('--file <file>', '正文文字文件（UTF-8 或 GB18030）')
    .action(run(edit));

  common(report.command('publish'))
    .description('核查无误后发布草稿；已发布的版本不再改变')
    .action(run(publish));

  common(report.command('correct'))
    .description('更正已发布的报告：按记录创建新版本草稿，须说明理由')
    .requiredOption('--reason <text>', '更正理由')
    .action(run(correct));

  common(report.command('versions'))
    .description('列出该年度报告的全部版本')
    .option('--json', '输出 JSON')
    .action(run(versions));
}

// ---------------------------------------------------------------- subcommands

async function build(x: Services, cmd: Command): Promise<Answer> {
  const opts = cmd.opts<{ format?: string; output?: string; version?: string; allowEmpty?: boolean }>();
  const format = reportFormat(opts.format, opts.output);
  let version: ReportVersion;
  let note = '';
  if (opts.version !== undefined) version = await existing(x, opts.version);
  else {
    const result = await x.s.annualReports.buildDraft(x.agency.id, x.year, {
      actor: x.actor,
      allowEmpty: opts.allowEmpty ?? false,
    });
    if (result.ok) version = result.version;
    else if (result.code === 'published' && result.current) {
      version = result.current;
      note = `第${version.version}版已发布，输出的是已发布的版本；如需更正，请使用 gongkai report correct --reason …\n`;
    } else throw refused(result, x.year);
  }
  // Rendered as stored (a published version exactly as published); counted with today's rules.
  const bytes = await renderReport(version.report, format);
  const report = checked(version.report);
  const summary = `${note}${versionLine(x, version)}：${findingCounts(report)}${pendingNote(report)}\n`;
  // The figures of a year still running are what the records hold today: said on stderr.
  const provisional = version.state === 'draft' ? provisionalFigures(x.year, x.today) : undefined;
  const warning = provisional ? `注意：${provisional}\n` : '';
  const code = hasErrors(report) ? EXIT.findings : EXIT.ok;
  if (opts.output === undefined) return { out: textOf(bytes), err: summary + warning, code };
  await writeOutputFile(opts.output, bytes);
  return { out: `${summary.trimEnd()} → ${opts.output}\n`, ...(warning ? { err: warning } : {}), code };
}

async function check(x: Services, cmd: Command): Promise<Answer> {
  const opts = cmd.opts<{ version?: string; all?: boolean }>();
  const version = opts.version !== undefined ? await existing(x, opts.version) : await current(x);
  const provisional = version.state === 'draft' ? provisionalFigures(x.year, x.today) : undefined;
  return {
    out: checkText(x, version, opts.all ?? false),
    ...(provisional ? { err: `注意：${provisional}\n` } : {}),
    code: hasErrors(checked(version.report)) ? EXIT.findings : EXIT.ok,
  };
}

async function edit(x: Services, cmd: Command): Promise<Answer> {
  const opts = cmd.opts<{ section: string; file: string }>();
  const text = await readReportText(opts.file);
  const latest = await x.s.annualReports.get(x.agency.id, x.year);
  if (!latest) await current(x); // the first draft, built from the records
  const result = await x.s.annualReports.editSection(
    x.agency.id,
    x.year,
    { sectionNumber: opts.section, text },
    { actor: x.actor },
  );
  if (!result.ok) throw refused(result, x.year);
  const report = checked(result.version.report);
  const lines = [
    `已修改第${opts.section.replace(/[、.．]$/, '')}部分（${versionLine(x, result.version)}）`,
    ...formatFindings(report, false),
    ...pendingLines(report),
    findingCounts(report),
  ];
  return { out: `${lines.join('\n')}\n`, code: hasErrors(report) ? EXIT.findings : EXIT.ok };
}

async function publish(x: Services): Promise<Answer> {
  const early = publishTooEarly(x.year, x.today);
  if (early) throw new UsageError(early);
  const result = await x.s.annualReports.publish(x.agency.id, x.year, { actor: x.actor });
  if (!result.ok) throw refused(result, x.year);
  const v = result.version;
  return {
    out: `已发布${x.agency.name}${x.year}年度报告第${v.version}版（${dayOf(v.publishedAt)}，${v.publishedBy}）\n`,
  };
}

async function correct(x: Services, cmd: Command): Promise<Answer> {
  const { reason } = cmd.opts<{ reason: string }>();
  const result = await x.s.annualReports.newVersion(x.agency.id, x.year, reason, { actor: x.actor });
  if (!result.ok) throw refused(result, x.year);
  const v = result.version;
  return {
    out: `已创建${x.agency.name}${x.year}年度报告第${v.version}版（更正草稿，理由：${v.reason}）；修改、核查后用 gongkai report publish 发布\n`,
  };
}

async function versions(x: Services, cmd: Command): Promise<Answer> {
  const list = await x.s.annualReports.versions(x.agency.id, x.year);
  if (!cmd.opts<{ json?: boolean }>().json) return { out: versionsText(x, list) };
  const summary = list.map(({ report, ...v }) => ({ ...v, findings: checkReport(report) }));
  return { out: `${JSON.stringify(summary, null, 2)}\n` };
}

// ---------------------------------------------------------------- helpers

/** The draft rebuilt from the records, or the published version when nothing is open. */
async function current(x: Services): Promise<ReportVersion> {
  const result = await x.s.annualReports.buildDraft(x.agency.id, x.year, { actor: x.actor });
  if (result.ok) return result.version;
  if (result.code === 'published' && result.current) return result.current;
  throw refused(result, x.year);
}

async function existing(x: Services, text: string): Promise<ReportVersion> {
  const n = parseInteger(text, '版本号');
  const found = await x.s.annualReports.get(x.agency.id, x.year, n);
  if (!found)
    throw new UsageError(
      `${x.agency.name}${x.year}年度报告没有第${n}版（用 gongkai report versions 查看已有版本）`,
    );
  return found;
}

function refused(refusal: ReportRefusal, year: number): Refused {
  if (refusal.code === 'noRecords') {
    return new Refused(
      {
        ...refusal,
        reason: `${refusal.reason}。可先运行 gongkai demo seed --year ${year} 生成演示数据；该年度确无记录时可加 --allow-empty`,
      },
      EXIT.unusable,
    );
  }
  return new Refused(refusal, refusal.code === 'errors' ? EXIT.findings : EXIT.unusable);
}

function failure(error: unknown): Answer {
  if (error instanceof Refused) {
    const { refusal } = error;
    const findings = (refusal.findings ?? []).map((f) => `  [错误] ${f.message}  〔${f.rule}〕`);
    return { err: [`错误：${refusal.reason}`, ...findings].join('\n').concat('\n'), code: error.exitCode };
  }
  if (!isUserError(error, MORE_USER_ERRORS)) throw error;
  return { err: `错误：${(error as Error).message}\n`, code: EXIT.unusable };
}

const textOf = (bytes: Uint8Array | string) =>
  typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
