import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import { BUNDLED_DATA_DIR, type IsoDate, loadCalendar } from '../calendar/index.ts';
import {
  applicationId,
  fixedClock,
  requestReasons,
  requestSupplement,
  table3FromLogs,
} from '../cases/index.ts';
import { agency, calendar, clerk, person, request } from '../cases/test-kit.ts';
import { checkReport } from '../check/index.ts';
import { type Config, databaseTarget, readConfig } from '../config/index.ts';
import { blankReport } from '../report/blank-report.ts';
import { DEMO_AGENCY, demoLogs, openStore, storeServices } from '../store/index.ts';
import { available, createTestDatabase, type TestDatabase } from '../store/test-databases.ts';
import { registerCalendarCommand } from './calendar.command.ts';
import { deadlineRefresher, registerCasesCommands } from './cases.command.ts';

const sqliteConfig = readConfig({}, mkdtempSync(join(tmpdir(), 'gongkai-cases-cwd-')));

function run(cfg: Config | (() => Config), ...argv: string[]) {
  return runCli(
    (program) =>
      registerCasesCommands(program, {
        config: typeof cfg === 'function' ? cfg : () => cfg,
        calendar: () => calendar,
        today: () => '2026-11-24' as IsoDate,
      }),
    argv,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-cases-'));
const db = join(dir, 'demo.db');

describe('gongkai demo seed / cases table3 / cases due (SQLite file)', () => {
  beforeAll(async () => {
    const seeded = await run(sqliteConfig, 'demo', 'seed', '--db', db, '--year', '2025', '--seed', '7');
    expect(seeded.err).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/^已生成示例县医疗保障局2025年度演示数据：申请\d+件/);
  }, 60_000);

  it('table3 --json: the keys of the template, zero table-3 findings, carried into the next year', async () => {
    const { code, out } = await run(sqliteConfig, 'cases', 'table3', '--db', db, '--year', '2025', '--json');
    expect(code).toBe(0);
    const table = JSON.parse(out);
    expect(table).toEqual(
      table3FromLogs(demoLogs(7, 2025, calendar), { year: 2025, agency: DEMO_AGENCY.id }),
    );
    expect(Object.keys(table.received)).toEqual([
      'naturalPerson',
      'commercial',
      'research',
      'publicInterest',
      'legalService',
      'other',
      'total',
    ]);
    const report = { ...blankReport('2021', 2025), table3: table };
    expect(checkReport(report).filter((f) => f.rule.startsWith('table3-'))).toEqual([]);
    const next = JSON.parse(
      (await run(sqliteConfig, 'cases', 'table3', '--db', db, '--year', '2026', '--json')).out,
    );
    expect(next.carriedOver).toEqual(table.carriedForward);
  });

  it('table3 without --json: a Chinese table with the template labels', async () => {
    const { code, out } = await run(sqliteConfig, 'cases', 'table3', '--db', db, '--year', '2025');
    expect(code).toBe(0);
    expect(out).toContain('示例县医疗保障局 2025年度 收到和处理政府信息公开申请情况（表三）');
    expect(out).toMatch(/自然人\s+商业企业.*总计/);
    expect(out).toMatch(/四、结转下年度继续办理\s+\d/);
  });

  it('due: overdue, due soon and paused (not overdue), in Chinese and as JSON', async () => {
    const store = await openStore({ kind: 'sqlite', file: db });
    try {
      const ctx = { clock: { today: () => '2026-01-06' as IsoDate }, calendar };
      const { service, applications } = storeServices(store, ctx);
      await applications.addAgency(agency, '示例县卫生健康委员会', '2026-01-01T00:00:00Z');
      const receipt = (on: string) => ({ channel: 'inPerson' as const, submittedOn: on as IsoDate });
      const base = { agency, actor: clerk, applicant: person, request };
      await service.register({ ...base, id: applicationId('late'), receipt: receipt('2026-01-05') });
      await service.register({ ...base, id: applicationId('soon'), receipt: receipt('2026-01-06') });
      await service.register({ ...base, id: applicationId('paused'), receipt: receipt('2026-01-05') });
      const items = ['请说明所需信息的名称'];
      await service.run(applicationId('paused'), 1, (log, c) =>
        requestSupplement(log, { at: '2026-01-06', actor: clerk, items, dueDate: '2026-01-20' }, c),
      );
    } finally {
      await store.close();
    }
    // 2026-01-05 + 20 working days = 2026-02-02; 2026-01-06 + 20 = 2026-02-03.
    const { code, out } = await run(sqliteConfig, 'cases', 'due', '--db', db, '--date', '2026-02-03');
    expect(code).toBe(0);
    expect(out).toContain('截至2026-02-03：需要关注的申请3件');
    expect(out).toMatch(/已逾期（1件）\n {2}late {2}张三/);
    expect(out).toMatch(/今日到期（1件）\n {2}soon/);
    expect(out).toMatch(/依法暂停计时（不计入答复期限，不算逾期）（1件）\n {2}paused/);
    const json = JSON.parse(
      (await run(sqliteConfig, 'cases', 'due', '--db', db, '--date', '2026-01-29', '--json')).out,
    );
    expect(json.entries.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
      ['late', 'dueSoon'],
      ['soon', 'dueSoon'],
      ['paused', 'paused'],
    ]);
  });

  it('due: reasons asked under 第三十五条 and never assessed are overdue once their pause is over', async () => {
    const store = await openStore({ kind: 'sqlite', file: db });
    try {
      const ctx = { clock: { today: () => '2026-01-06' as IsoDate }, calendar };
      const { service, applications } = storeServices(store, ctx);
      await applications.addAgency(agency, '示例县卫生健康委员会', '2026-01-01T00:00:00Z');
      const base = { agency, actor: clerk, applicant: person, request };
      const receipt = { channel: 'inPerson' as const, submittedOn: '2026-01-05' as IsoDate };
      await service.register({ ...base, id: applicationId('reasons'), receipt });
      await service.run(applicationId('reasons'), 1, (log, c) =>
        requestReasons(
          log,
          { at: '2026-01-06', actor: clerk, grounds: '一个月内申请86件', answerDue: '2026-01-09' },
          c,
        ),
      );
    } finally {
      await store.close();
    }
    // Due 2026-02-02 without the pause; (1.6, 1.9] pauses 3 working days: 2.3, 2.4, Thu 2.5.
    const json = JSON.parse(
      (await run(sqliteConfig, 'cases', 'due', '--db', db, '--date', '2026-02-06', '--json')).out,
    );
    expect(json.entries.find((e: { id: string }) => e.id === 'reasons')).toMatchObject({
      status: 'overdue',
      dueDate: '2026-02-05',
      reason: expect.stringContaining(
        '说明理由的期限已于2026-01-09届满，此后恢复计时；请登记对理由的审核意见',
      ),
    });
    const { out } = await run(sqliteConfig, 'cases', 'due', '--db', db, '--date', '2026-02-06');
    expect(out).toMatch(/已逾期（\d+件）\n(.*\n)* {2}reasons {2}张三 .*答复期限2026-02-05/);
  });

  it('history: the audit trail, masked unless asked, as text, CSV or JSON', async () => {
    const id = 'demo-agency-2025-0002';
    const text = await run(sqliteConfig, 'cases', 'history', id, '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^申请 demo-agency-2025-0002 的办理记录（\d+条）/);
    expect(text.out).toContain('1. ');
    expect(text.out).toContain('变更前：（无）');
    const csv = await run(sqliteConfig, 'cases', 'history', id, '--db', db, '--format', 'csv');
    expect(csv.out.split('\r\n')[0]).toBe('\uFEFF序号,办理步骤,发生日期,经办人,录入时间,变更前,变更后,内容');
    const masked = JSON.parse(
      (await run(sqliteConfig, 'cases', 'history', id, '--db', db, '--format', 'json')).out,
    );
    const full = JSON.parse(
      (
        await run(
          sqliteConfig,
          'cases',
          'history',
          id,
          '--db',
          db,
          '--format',
          'json',
          '--show-personal-data',
        )
      ).out,
    );
    const number = (entries: { event: { applicant?: { identity: { number: string } } } }[]) =>
      entries[0]?.event.applicant?.identity.number;
    expect(number(masked)).toContain('****');
    expect(number(full)).not.toContain('*');
    const missing = await run(sqliteConfig, 'cases', 'history', 'no-such', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('没有编号为“no-such”的申请');
  });

  it('errors: a Chinese message and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['cases', 'table3', '--db', db, '--year', '25'], /年度应为 2019 年以后的四位年份/],
      [['cases', 'due', '--db', db, '--date', '2026-02-30'], /不是有效日期/],
      [['cases', 'due', '--db', db, '--date', '2031-03-02'], /2031/],
      [['cases', 'due', '--db', db, '--clerk', 'nobody'], /没有经办人“nobody”登记的申请/],
      [['demo', 'seed', '--db', db, '--year', '2025'], /该数据库已有2025年的演示数据/],
      [['demo', 'seed', '--db', db, '--year', '2024'], /一个数据库只能生成一个年度的演示数据/],
      [['demo', 'seed', '--db', join(dir, 'y.db'), '--year', '20x5'], /年度必须是整数/],
      [['demo', 'seed', '--db', join(dir, 'x.db'), '--year', '2026'], /演示数据需要2027年的节假日数据/],
      [['cases', 'table3', '--db', db, '--year', '2025'], /数据库中有多个机关，请用 --agency 指定/],
      [['cases', 'table3', '--db', join(dir, 'empty.db'), '--year', '2025'], /数据库中还没有机关和办理记录/],
      // A read never creates a database: a mistyped --db would print an empty database's zeros.
      [
        ['cases', 'due', '--db', join(dir, 'typo.db'), '--date', '2025-06-30'],
        /数据库文件不存在：.*typo\.db/,
      ],
      [['cases', 'table3', '--db', join(dir, 'typo.db'), '--year', '2025'], /数据库文件不存在/],
      [['cases', 'refresh-deadlines', '--db', join(dir, 'typo.db')], /数据库文件不存在/],
      [['cases', 'history', 'x', '--db', join(dir, 'typo.db')], /数据库文件不存在/],
      [
        ['cases', 'table3', '--db', db, '--year', '2027', '--agency', 'demo-agency'],
        /2027年度尚未开始（今天是2026-11-24）/,
      ],
      [
        ['demo', 'seed', '--db', join(dir, 'y.db'), '--year', '2025', '--seed', '99999999999999999999'],
        /随机种子过大/,
      ],
      [['cases', 'table3', '--db', dir, '--year', '2025'], /无法打开数据库文件/],
    ];
    writeFileSync(join(dir, 'empty.db'), ''); // an existing, empty database file
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(sqliteConfig, ...argv);
      expect({ argv, code, out }).toEqual({ argv, code: 2, out: '' });
      expect(err).toMatch(/^错误：/);
      expect(err).toMatch(message);
    }
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
    // The refused second demo wrote nothing: no application received in 2024.
    const t2024 = await run(
      sqliteConfig,
      'cases',
      'table3',
      '--db',
      db,
      '--year',
      '2024',
      '--agency',
      'demo-agency',
      '--json',
    );
    expect(JSON.parse(t2024.out).received.total).toBe(0);
    expect(existsSync(join(dir, 'y.db'))).toBe(false);
    expect(existsSync(join(dir, 'x.db'))).toBe(false); // the year 2026 was refused before opening
    const bad = await run(
      () => readConfig({ DATABASE_URL: 'mysql://x' }),
      'cases',
      'due',
      '--date',
      '2026-01-05',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('DATABASE_URL 应为 PostgreSQL 连接地址');
  });
});

describe.skipIf(!available('postgres'))('the same commands with DATABASE_URL (PostgreSQL)', () => {
  let database: TestDatabase;
  let cfg: Config;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    if (database.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    // A temporary working directory: the data key file is created there, not in ./data.
    cfg = readConfig({ DATABASE_URL: database.target.url }, mkdtempSync(join(tmpdir(), 'gongkai-cases-pg-')));
  });
  afterAll(() => database.drop());

  it('seeds and gives the same table 3 as SQLite; --db is ignored with a notice', async () => {
    const seeded = await run(cfg, 'demo', 'seed', '--year', '2025', '--seed', '7');
    expect(seeded.code).toBe(0);
    const viaPg = await run(cfg, 'cases', 'table3', '--db', db, '--year', '2025', '--json');
    expect(viaPg.err).toContain('已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db');
    const viaSqlite = await run(
      sqliteConfig,
      'cases',
      'table3',
      '--db',
      db,
      '--year',
      '2025',
      '--json',
      '--agency',
      DEMO_AGENCY.id,
    );
    expect(viaPg.out).toBe(viaSqlite.out);
    expect((await run(cfg, 'cases', 'due', '--date', '2025-12-31')).out).toContain('截至2025-12-31');
  });
});

describe('gongkai calendar import recomputes the deadlines of open applications', () => {
  it('fills in a deadline that ran into the imported year, in the default database', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gongkai-refresh-'));
    const bundled = join(cwd, 'bundled');
    mkdirSync(bundled);
    for (const year of [2024, 2025]) {
      copyFileSync(join(BUNDLED_DATA_DIR, `${year}.json`), join(bundled, `${year}.json`));
    }
    const cfg = readConfig({}, cwd);
    const until2025 = loadCalendar([], { bundledDir: bundled, localDir: join(cwd, 'none') });
    const store = await openStore(databaseTarget(cfg));
    const s = storeServices(store, { clock: fixedClock('2025-12-31' as IsoDate), calendar: until2025 });
    await s.applications.addAgency(agency, '日历测试机关', '2025-01-01T00:00:00Z');
    const receipt = { channel: 'inPerson' as const, submittedOn: '2025-12-15' as IsoDate };
    const id = applicationId('late-2025');
    expect(
      (await s.service.register({ id, agency, actor: clerk, applicant: person, receipt, request })).ok,
    ).toBe(true);
    await store.close();

    let out = '';
    const program = new Command().exitOverride().configureOutput({ writeOut: (t) => (out += t) });
    registerCalendarCommand(program, {
      cwd: () => cwd,
      bundledDir: bundled,
      afterImport: deadlineRefresher({ config: () => cfg, today: () => '2025-12-31' as IsoDate }),
    });
    await program.parseAsync(['calendar', 'import', join(BUNDLED_DATA_DIR, '2026.json')], { from: 'user' });
    expect(out).toMatch(/已导入2026年的节假日数据/);
    expect(out).toMatch(
      /已重新计算1件未办结申请的答复期限，1件有变化\n {2}late-2025：（无法计算） → 2026-01-\d\d\n/,
    );
  });
});
