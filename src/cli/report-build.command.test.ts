import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import { assembleReport } from '../annual/index.ts';
import { demoInput } from '../annual/test-kit.ts';
import type { IsoDate } from '../calendar/index.ts';
import { calendar } from '../cases/test-kit.ts';
import { checkReport } from '../check/index.ts';
import { type Config, readConfig } from '../config/index.ts';
import { tableDiffs } from '../render/table-diff.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { available, createTestDatabase, type TestDatabase } from '../store/test-databases.ts';
import { registerCasesCommands } from './cases.command.ts';
import { loadReport } from './load.ts';
import { registerReportCommands } from './report-build.command.ts';

const sqliteConfig = readConfig({}, mkdtempSync(join(tmpdir(), 'gongkai-report-cwd-')));

function run(cfg: Config, ...argv: string[]) {
  return runOn(undefined, cfg, ...argv);
}

/** As `run`, with the report commands' today set (default: the real date in China). */
function runOn(today: string | undefined, cfg: Config, ...argv: string[]) {
  const deps = { config: () => cfg, calendar: () => calendar };
  return runCli((program) => {
    registerCasesCommands(program, { ...deps, today: () => '2026-02-01' as IsoDate });
    registerReportCommands(program, {
      ...deps,
      user: () => 'clerk-1',
      ...(today === undefined ? {} : { today: () => today as IsoDate }),
    });
  }, argv);
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-report-'));
const db = join(dir, 'demo.db');
const file = (name: string) => join(dir, name);
const report = (...args: string[]) => run(sqliteConfig, 'report', ...args, '--db', db, '--year', '2025');
const errorRules = (r: AnnualReport) =>
  checkReport(r)
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule);

/** The draft as `report build --format json` prints it. */
async function draftJson(): Promise<AnnualReport> {
  const { code, out } = await report('build', '--format', 'json');
  expect(code).toBe(0);
  return JSON.parse(out) as AnnualReport;
}

function sectionFile(r: AnnualReport, n: string, name: string): string {
  const text = r.sections.find((s) => s.number === n)!.text;
  writeFileSync(file(name), text.replace(/【待填写：[^】]*】/g, '已按要求开展相关工作。'));
  return file(name);
}

describe('gongkai report (SQLite file)', () => {
  beforeAll(async () => {
    const seeded = await run(sqliteConfig, 'demo', 'seed', '--db', db, '--year', '2025', '--seed', '3');
    expect(seeded.code).toBe(0);
  }, 120_000);

  it('build: every form read back gives the same tables and no error finding', async () => {
    const draft = await draftJson();
    expect(errorRules(draft)).toEqual([]);
    expect(draft.table4.reconsideration.total).toBeGreaterThan(0); // from the demo registers
    // What the store builds is what the core assembles from the same demo records (the golden
    // renderings of src/annual/golden.test.ts are of the core's).
    const core = assembleReport(demoInput(2025, 3, 2025, true));
    expect(draft).toEqual(JSON.parse(JSON.stringify(core)));
    for (const ext of ['txt', 'html', 'docx', 'xlsx']) {
      const out = file(`report.${ext}`);
      const built = await report('build', '-o', out);
      expect(built.code).toBe(0);
      expect(built.out).toMatch(
        new RegExp(
          `^示例县医疗保障局2025年度报告第1版（草稿）：错误 0 个.*→ ${out.replace(/[.]/g, '\\.')}\\n$`,
        ),
      );
      const back = await loadReport(out);
      expect({ agency: back.agency, year: back.year, template: back.template }).toEqual({
        agency: draft.agency,
        year: 2025,
        template: '2021',
      });
      expect(tableDiffs(draft, back), ext).toEqual([]);
      expect(errorRules(back), ext).toEqual([]);
    }
  });

  it('check: the draft from the records has no error; placeholders are pointed out', async () => {
    const { code, out } = await report('check');
    expect(code).toBe(0);
    expect(out).toContain('== 示例县医疗保障局2025年度报告第1版（草稿）');
    expect(out).toContain('  [待填写] 第一、五部分仍有“【待填写：……】”的内容');
    expect(out).toMatch(/错误 0 个/);
  });

  it('publish: refused before 1 January of the next year; a draft of the running year says it is provisional', async () => {
    const on = (today: string, ...args: string[]) =>
      runOn(today, sqliteConfig, 'report', ...args, '--db', db, '--year', '2025');
    const early = await on('2025-12-31', 'publish');
    expect(early.code).toBe(2);
    expect(early.err).toMatch(/^错误：2025年度尚未结束（今天是2025-12-31）.*2026-01-01起才能发布/);
    expect((await report('versions')).out).toContain('第1版  草稿');
    const built = await on('2025-12-31', 'build', '-o', file('running.txt'));
    expect(built.code).toBe(0);
    expect(built.err).toContain(
      '注意：2025年度尚未结束（今天是2025-12-31），草稿中的数字截至今天，不是全年的最终数字',
    );
    expect((await on('2025-12-31', 'check')).err).toContain('不是全年的最终数字');
    expect((await on('2026-01-01', 'build', '-o', file('ended.txt'))).err).toBe('');
  });

  it('edit: a sentence of 一 that contradicts table 3 is caught and publishing is refused', async () => {
    writeFileSync(file('wrong.txt'), '（二）依申请公开：本年度共收到政府信息公开申请0件。\r\n');
    const edited = await report('edit', '--section', '一', '--file', file('wrong.txt'));
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('[错误] 正文第一部分称“收到政府信息公开申请0件”，但表三本年新收为');
    expect((await report('check')).code).toBe(1);
    const published = await report('publish');
    expect(published.code).toBe(1);
    expect(published.err).toMatch(/^错误：报告有1个错误，不能发布/);
    expect((await report('versions')).out).toContain('第1版  草稿');
  });

  it('publish, then editing is refused; a correction with its reason is a new version', async () => {
    const fresh = JSON.parse((await report('build', '--format', 'json')).out) as AnnualReport;
    expect(fresh.sections[0]!.text).toContain('收到政府信息公开申请0件'); // rebuilt: the clerk's text is kept
    const seeded = await run(sqliteConfig, 'cases', 'table3', '--db', db, '--year', '2025', '--json');
    const received = JSON.parse(seeded.out).received.total as number;
    const one = file('one.txt');
    writeFileSync(one, `（二）依申请公开：本年度共收到政府信息公开申请${received}件。其他工作情况略。`);
    expect((await report('edit', '--section', '一', '--file', one)).code).toBe(0);
    expect(
      (await report('edit', '--section', '五', '--file', sectionFile(fresh, '五', 'five.txt'))).code,
    ).toBe(0);

    const published = await report('publish', '--by', 'head-1');
    expect(published).toMatchObject({ code: 0, err: '' });
    expect(published.out).toMatch(/^已发布示例县医疗保障局2025年度报告第1版（\d{4}-\d\d-\d\d，head-1）\n$/);
    const v1 = await report('build', '--version', '1', '--format', 'json');

    const again = await report('edit', '--section', '五', '--file', one);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已发布的报告不能修改；如需更正，请创建更正版本并说明理由');

    const corrected = await report('correct', '--reason', '表四行政复议案件数有误');
    expect(corrected.code).toBe(0);
    expect(corrected.out).toContain(
      '已创建示例县医疗保障局2025年度报告第2版（更正草稿，理由：表四行政复议案件数有误）',
    );
    const list = await report('versions');
    expect(list.out).toMatch(/第1版 {2}已发布 \d{4}-\d\d-\d\d head-1 {2}错误 0 个/);
    expect(list.out).toMatch(/第2版 {2}草稿 修订1 .* {2}更正理由：表四行政复议案件数有误/);
    expect((await report('build', '--version', '1', '--format', 'json')).out).toBe(v1.out);
    const versions = JSON.parse((await report('versions', '--json')).out);
    expect(versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
  });

  it('a year without records: a Chinese error suggesting gongkai demo seed (exit 2)', async () => {
    const r = await run(sqliteConfig, 'report', 'build', '--db', db, '--year', '2021', '-o', file('x.html'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '错误：没有2021年度的办理记录或登记数据，无法生成年度报告。可先运行 gongkai demo seed --year 2021',
    );
  });

  it('unusable options: exit 2 with a Chinese message', async () => {
    const binary = await report('build', '--format', 'docx');
    expect(binary).toMatchObject({ code: 2, err: '错误：DOCX 是二进制格式，请用 -o 指定输出文件\n' });
    expect((await report('build', '-o', file('report.pdf'))).err).toContain('请用 --format 指定');
    const mismatch = await report('build', '--format', 'html', '-o', file('report.docx'));
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('输出格式 html 与文件名');
    expect((await report('build', '--version', '9', '--format', 'json')).err).toContain('没有第9版');
    expect((await report('edit', '--section', '七', '--file', file('one.txt'))).err).toContain(
      '部分编号应为 一、二、三、四、五、六 之一',
    );
    const empty = await run(sqliteConfig, 'report', 'check', '--db', file('empty.db'), '--year', '2025');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('gongkai demo seed');
    // An output path that is a folder, or cannot be made: a message, not a stack trace.
    const folder = await report('build', '--format', 'txt', '-o', dir);
    expect(folder).toMatchObject({ code: 2 });
    expect(folder.err).toContain('是一个目录，请指定文件名');
    const proc = await report('build', '--format', 'txt', '-o', '/proc/gongkai-none/r.txt');
    expect(proc.err).toMatch(/^错误：无法写入输出文件/);
    // An empty text would clear a section's placeholder: refused.
    writeFileSync(file('blank.txt'), '\uFEFF \r\n');
    const blank = await report('edit', '--section', '五', '--file', file('blank.txt'));
    expect(blank).toMatchObject({ code: 2 });
    expect(blank.err).toContain('第五部分的正文不能为空');
    // A year not yet begun would be a report of zeros.
    const future = await run(
      sqliteConfig,
      'report',
      'build',
      '--db',
      db,
      '--year',
      '2099',
      '-o',
      file('f.txt'),
    );
    expect(future.code).toBe(2);
    expect(future.err).toMatch(/^错误：2099年度尚未开始（今天是\d{4}-\d\d-\d\d）/);
  });
});

describe.runIf(available('postgres'))('gongkai report (PostgreSQL via DATABASE_URL)', () => {
  let database: TestDatabase;
  let pgConfig: Config;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    if (database.target.kind !== 'postgres') throw new Error('unexpected');
    pgConfig = readConfig({ DATABASE_URL: database.target.url });
    expect((await run(pgConfig, 'demo', 'seed', '--year', '2025')).code).toBe(0);
  }, 120_000);
  afterAll(async () => database?.drop());

  it('builds and checks the demo year with no error finding', async () => {
    const built = await run(pgConfig, 'report', 'build', '--year', '2025', '--format', 'json');
    expect(built.code).toBe(0);
    expect(errorRules(JSON.parse(built.out))).toEqual([]);
    expect((await run(pgConfig, 'report', 'check', '--year', '2025')).code).toBe(0);
  });
});
