// `gongkai registers import|template|list|table2|table4`: the registers behind table 2 and
// table 4 of the yearly report (issue 5). KIND is documents, decisions, fees or cases. --db FILE
// selects an SQLite file (default ./data/gongkai.db); DATABASE_URL selects PostgreSQL. stdout
// carries only the answer; an error prints Chinese messages to stderr and exits with code 2.

import { readFile } from 'node:fs/promises';
import { type Command, CommanderError } from 'commander';
import type { IsoDate } from '../calendar/index.ts';
import { fixedClock } from '../cases/index.ts';
import { type Config, config } from '../config/index.ts';
import {
  formatOf,
  REGISTER_KINDS,
  REGISTER_NAMES,
  RegisterFileError,
  type RegisterKind,
  type RowError,
  registerTemplateCsv,
  registerTemplateXlsx,
} from '../registers/index.ts';
import type { Table2, Table4 } from '../report/annual-report.ts';
import { ApplicationRepository, openStore, RegisterRepository, RegisterService } from '../store/index.ts';
import { chinaToday } from '../util/china-date.ts';
import { writeOutputFile } from './output-file.ts';
import { listText, table2Text, table4Text } from './registers.output.ts';
import {
  chooseAgency,
  existingDatabase,
  isUserError,
  parseYear,
  requireYearBegun,
  UsageError,
  write,
} from './store-command.ts';

export interface RegistersCommandDeps {
  config?: () => Config;
  /** Today's date where the agency is: no record may be dated after it. */
  today?: () => IsoDate;
}

const EXIT_UNUSABLE = 2;

/** Row errors of an import: every one printed, nothing imported. */
class RowErrors extends Error {
  constructor(readonly errors: readonly RowError[]) {
    super(`共${errors.length}处错误，未导入任何记录`);
  }
}

const MORE_USER_ERRORS = [RowErrors, RegisterFileError];

const DB_OPTION = [
  '--db <file>',
  'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）',
] as const;
const AGENCY_OPTION = ['--agency <id>', '机关编号（数据库中只有一个机关时可省略）'] as const;
const KIND_HELP = `登记簿：${REGISTER_KINDS.map((k) => `${k}（${REGISTER_NAMES[k]}）`).join('、')}`;

interface Context {
  registers: RegisterService;
  agency: { id: string; name: string };
}

export function registerRegistersCommands(program: Command, deps: RegistersCommandDeps = {}): void {
  const cfg = deps.config ?? config;
  const today = deps.today ?? chinaToday;

  /** Runs `fn`, printing its answer; user errors go to stderr in Chinese and exit 2. */
  const run = async (cmd: Command, fn: () => Promise<string>) => {
    let text: string;
    try {
      text = await fn();
    } catch (error) {
      if (!isUserError(error, MORE_USER_ERRORS)) throw error;
      const lines = error instanceof RowErrors ? error.errors.map(rowErrorText) : [];
      write(cmd, 'err', [...lines, `错误：${(error as Error).message}`].map((l) => `${l}\n`).join(''));
      throw new CommanderError(EXIT_UNUSABLE, 'gongkai.registers', (error as Error).message);
    }
    (cmd.configureOutput().writeOut ?? ((s: string) => process.stdout.write(s)))(text);
  };

  /** Opens the store, picks the agency, runs `fn`, closes the store. */
  const withRegisters = async (
    cmd: Command,
    opts: { db?: string; agency?: string },
    fn: (c: Context) => Promise<string>,
  ) => {
    const c = cfg();
    if (opts.db !== undefined && c.databaseUrl !== undefined)
      write(cmd, 'err', '已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db\n');
    const store = await openStore(existingDatabase(c, opts.db));
    try {
      const agency = await chooseAgency(new ApplicationRepository(store.db, store.dialect), opts.agency);
      return await fn({
        registers: new RegisterService(new RegisterRepository(store.db, store.dialect), fixedClock(today())),
        agency,
      });
    } finally {
      await store.close();
    }
  };

  const registers = program
    .command('registers')
    .description('登记簿：表二、表四中不来自依申请公开办理的数字');

  registers
    .command('import')
    .description('从 CSV 或 XLSX 文件导入一个登记簿的记录（全部无误才写入，有误的行逐一列出）')
    .argument('<kind>', KIND_HELP)
    .argument('<file>', 'CSV（UTF-8 或 GBK/GB18030）或 XLSX 文件，第一行为列名')
    .option(...DB_OPTION)
    .option(...AGENCY_OPTION)
    .action((kindText: string, file: string, opts: { db?: string; agency?: string }, cmd: Command) =>
      run(cmd, async () => {
        const kind = parseKind(kindText);
        const bytes = await readBytes(file);
        return withRegisters(cmd, opts, async ({ registers: r, agency }) => {
          const result = await r.importRecords(agency.id, kind, bytes, formatOf(bytes));
          if ('errors' in result) throw new RowErrors(result.errors);
          return `已导入 ${result.imported} 条（${agency.name}，${REGISTER_NAMES[kind]}）\n`;
        });
      }),
    );

  registers
    .command('template')
    .description('下载登记簿的导入模板（列名与一行示例）')
    .argument('<kind>', KIND_HELP)
    .option('--format <format>', '模板格式：csv 或 xlsx（默认按输出文件的扩展名，否则 csv）')
    .requiredOption('-o, --output <file>', '写入的文件')
    .action((kindText: string, opts: { format?: string; output: string }, cmd: Command) =>
      run(cmd, async () => {
        const kind = parseKind(kindText);
        const format = opts.format ?? (/\.xlsx$/i.test(opts.output) ? 'xlsx' : 'csv');
        if (format !== 'csv' && format !== 'xlsx')
          throw new UsageError(`不支持的模板格式“${format}”，可选 csv、xlsx`);
        const bytes = format === 'xlsx' ? await registerTemplateXlsx(kind) : registerTemplateCsv(kind);
        await writeOutputFile(opts.output, bytes);
        return `已写入${REGISTER_NAMES[kind]}导入模板：${opts.output}\n`;
      }),
    );

  registers
    .command('list')
    .description('列出一个登记簿的记录')
    .argument('<kind>', KIND_HELP)
    .option('--year <year>', '只列出计入该年度表二、表四的记录')
    .option('--json', '输出 JSON')
    .option(...DB_OPTION)
    .option(...AGENCY_OPTION)
    .action((kindText: string, opts: { year?: string; json?: boolean; db?: string; agency?: string }, cmd) =>
      run(cmd, async () => {
        const kind = parseKind(kindText);
        const year = opts.year === undefined ? undefined : parseYear(opts.year);
        return withRegisters(cmd, opts, async ({ registers: r, agency }) => {
          const records = await r.list(agency.id, kind, year);
          if (opts.json) return `${JSON.stringify(records, null, 2)}\n`;
          const title = `${agency.name} ${REGISTER_NAMES[kind]}${year === undefined ? '' : `（${year}年度）`}：${records.length}条`;
          return `${title}\n${records.length > 0 ? listText(kind, records) : ''}`;
        });
      }),
    );

  for (const table of ['table2', 'table4'] as const) {
    registers
      .command(table)
      .description(
        table === 'table2'
          ? '按登记簿统计某年度表二（主动公开政府信息情况）'
          : '按登记簿统计某年度表四（行政复议、行政诉讼）',
      )
      .requiredOption('--year <year>', '年度，如 2025')
      .option('--json', '输出 JSON（行、列键名见 docs/template.md）')
      .option(...DB_OPTION)
      .option(...AGENCY_OPTION)
      .action((opts: { year: string; json?: boolean; db?: string; agency?: string }, cmd: Command) =>
        run(cmd, async () => {
          const year = requireYearBegun(parseYear(opts.year), today());
          return withRegisters(cmd, opts, async ({ registers: r, agency }) => {
            const result =
              table === 'table2' ? await r.table2(agency.id, year) : await r.table4(agency.id, year);
            if (opts.json) return `${JSON.stringify(result, null, 2)}\n`;
            const heading =
              table === 'table2' ? '主动公开政府信息情况（表二）' : '行政复议、行政诉讼情况（表四）';
            const body =
              table === 'table2' ? table2Text(result as Table2, year) : table4Text(result as Table4);
            return `${agency.name} ${year}年度 ${heading}\n${body}`;
          });
        }),
      );
  }
}

function parseKind(text: string): RegisterKind {
  if ((REGISTER_KINDS as readonly string[]).includes(text)) return text as RegisterKind;
  throw new UsageError(`没有“${text}”这个登记簿，可选：${REGISTER_KINDS.join('、')}`);
}

async function readBytes(file: string): Promise<Uint8Array> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取文件 ${file}（${e.message}）`);
  });
  if (bytes.length === 0) throw new UsageError(`文件 ${file} 为空（0 字节）`);
  return new Uint8Array(bytes);
}

function rowErrorText(e: RowError): string {
  return `第${e.line}行 ${e.column === undefined ? '' : `${e.column}：`}${e.message}`;
}
