// `gongkai cases notice ID --kind KIND [--format docx|html] -o FILE` and `gongkai cases notice ID
// --list`: the written notices (告知书) of an application, from the store. The agency's wording
// and details come from GONGKAI_NOTICE_DIR (src/notices/README.md). stdout carries only the
// answer; warnings and errors go to stderr in Chinese; an error exits with code 2.

import { extname } from 'node:path';
import { type Command, CommanderError } from 'commander';
import { loadCalendar, localDataDir, type WorkingCalendar } from '../calendar/index.ts';
import { type ApplicationState, applicationId, fixedClock } from '../cases/index.ts';
import { config } from '../config/index.ts';
import {
  AgencyDetailsError,
  availableNotices,
  isNoticeKind,
  loadAgencyDetails,
  loadNoticeTemplates,
  NOTICE_FORMATS,
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
  type NoticeFormat,
  type NoticeKind,
  NoticeTemplateError,
  NoticeUnavailableError,
  renderNotice,
} from '../notices/index.ts';
import { NotFoundError, openStore, type StoreServices, storeServices } from '../store/index.ts';
import { chinaToday } from '../util/china-date.ts';
import type { CasesCommandDeps } from './cases.command.ts';
import { writeOutputFile } from './output-file.ts';
import { existingDatabase, isUserError, UsageError, write } from './store-command.ts';

const EXIT_UNUSABLE = 2;

const MORE_USER_ERRORS = [NoticeUnavailableError, NoticeTemplateError, AgencyDetailsError];

interface NoticeCommandOptions {
  kind?: string;
  list?: boolean;
  format?: string;
  output?: string;
  db?: string;
  number?: string;
  consultation?: string;
  publishedAt?: string;
  responsibleAgency?: string;
  responsibleContact?: string;
}

/** Adds `notice` to the `cases` command. */
export function registerNoticeCommand(cases: Command, deps: CasesCommandDeps = {}): void {
  cases
    .command('notice')
    .description(
      '生成申请的书面告知书（登记回执、答复、补正、延期答复、说明理由、征求意见、收费通知等），DOCX 或 HTML',
    )
    .argument('<id>', '申请编号')
    .option(
      '--kind <kind>',
      `告知书种类：${NOTICE_KINDS.map((k) => `${k}（${NOTICE_KIND_LABELS[k]}）`).join('、')}`,
    )
    .option('--list', '列出该申请目前可以生成的告知书')
    .option('--format <format>', '输出格式 docx 或 html（默认按输出文件扩展名，否则 docx）')
    .option('-o, --output <file>', '输出文件')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .option('--number <serial>', '文号中的序号（不指定则留空，手工填写）')
    .option('--consultation <id>', '申请有多项征求意见时，指定其中一项的编号')
    .option('--published-at <where>', '予以公开且已主动公开的：获取的方式和途径（第三十六条第一项）')
    .option('--responsible-agency <name>', '不属于本机关负责公开的：负责公开的机关名称（第三十六条第五项）')
    .option('--responsible-contact <contact>', '负责公开的机关的联系方式')
    .action(async (id: string, opts: NoticeCommandOptions, cmd: Command) => {
      try {
        const request = checkOptions(opts);
        const text = await withApplication(deps, cmd, opts.db, id, (state, s, cal) =>
          request === 'list'
            ? Promise.resolve(listText(state))
            : writeNotice(deps, cmd, state, s, cal, request, opts),
        );
        write(cmd, 'out', text);
      } catch (error) {
        if (!isUserError(error, MORE_USER_ERRORS)) throw error;
        write(cmd, 'err', `错误：${(error as Error).message}\n`);
        throw new CommanderError(EXIT_UNUSABLE, 'gongkai.cases.notice', (error as Error).message);
      }
    });
}

interface NoticeRequest {
  kind: NoticeKind;
  format: NoticeFormat;
  output: string;
}

function checkOptions(opts: NoticeCommandOptions): 'list' | NoticeRequest {
  if (opts.list) {
    if (opts.kind !== undefined) throw new UsageError('--list 与 --kind 不能同时使用');
    return 'list';
  }
  if (opts.kind === undefined)
    throw new UsageError('请用 --kind 指定告知书种类，或用 --list 列出可以生成的告知书');
  if (!isNoticeKind(opts.kind))
    throw new UsageError(`告知书种类“${opts.kind}”不存在，可用：${NOTICE_KINDS.join('、')}`);
  if (opts.output === undefined) throw new UsageError('请用 -o 指定输出文件，如 -o 告知书.docx');
  const format = opts.format ?? (extname(opts.output).toLowerCase() === '.html' ? 'html' : 'docx');
  if (!(NOTICE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`输出格式“${format}”不支持，可用：${NOTICE_FORMATS.join('、')}`);
  if (opts.number !== undefined && !/^[1-9]\d{0,5}$/.test(opts.number))
    throw new UsageError(`文号序号应为 1 至 999999 的正整数，收到：“${opts.number}”`);
  return { kind: opts.kind, format: format as NoticeFormat, output: opts.output };
}

/** Opens the store, loads the application, runs `fn`, closes the store. */
async function withApplication(
  deps: CasesCommandDeps,
  cmd: Command,
  db: string | undefined,
  id: string,
  fn: (state: ApplicationState, s: StoreServices, calendar: WorkingCalendar) => Promise<string>,
): Promise<string> {
  const cfg = (deps.config ?? config)();
  if (db !== undefined && cfg.databaseUrl !== undefined)
    write(cmd, 'err', '已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db\n');
  const calendar = (deps.calendar ?? (() => loadCalendar([], { localDir: localDataDir(process.cwd()) })))();
  const today = deps.today?.() ?? chinaToday();
  const store = await openStore(existingDatabase(cfg, db));
  try {
    const s = storeServices(store, { clock: fixedClock(today), calendar });
    const loaded = await s.service.get(applicationId(id));
    if (!loaded) throw new NotFoundError(`没有编号为“${id}”的申请`);
    return await fn(loaded.state, s, calendar);
  } finally {
    await store.close();
  }
}

function listText(state: ApplicationState): string {
  const notices = availableNotices(state);
  if (notices.length === 0) return `申请 ${state.id} 目前没有可以生成的告知书\n`;
  const lines = notices.map((n) => {
    const which = n.consultation ? `  ${n.party}（--consultation ${n.consultation}）` : '';
    return `  ${n.kind.padEnd(24)}${n.label}  ${n.date}${which}`;
  });
  return `申请 ${state.id} 可以生成的告知书：\n${lines.join('\n')}\n`;
}

async function writeNotice(
  deps: CasesCommandDeps,
  cmd: Command,
  state: ApplicationState,
  s: StoreServices,
  calendar: WorkingCalendar,
  request: NoticeRequest,
  opts: NoticeCommandOptions,
): Promise<string> {
  const noticeDir = (deps.config ?? config)().noticeDir;
  const storeName =
    (await s.applications.agencies()).find((a) => a.id === state.agency)?.name ?? state.agency;
  const agency = await loadAgencyDetails({ noticeDir, agencyId: state.agency, storeName });
  const templates = await loadNoticeTemplates({ noticeDir, agencyId: state.agency });
  const rendered = await renderNotice(state, request.kind, request.format, {
    agencyDetails: agency.value,
    templates: templates.value,
    calendar,
    ...(opts.number !== undefined ? { serial: opts.number } : {}),
    ...(opts.consultation !== undefined ? { consultation: opts.consultation } : {}),
    ...(opts.publishedAt !== undefined ? { publishedAt: opts.publishedAt } : {}),
    ...(opts.responsibleAgency !== undefined ? { responsibleAgency: opts.responsibleAgency } : {}),
    ...(opts.responsibleContact !== undefined ? { responsibleContact: opts.responsibleContact } : {}),
  });
  await writeOutputFile(request.output, rendered.content);
  for (const w of [...agency.warnings, ...templates.warnings, ...rendered.warnings])
    write(cmd, 'err', `提示：${w}\n`);
  return `已生成${rendered.notice.title}（${NOTICE_KIND_LABELS[request.kind]}）：${request.output}\n`;
}
