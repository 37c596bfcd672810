import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import {
  type AgencyId,
  type ApplicationEvent,
  actorId,
  agencyId,
  applicationId,
  applicationState,
  dueStatus,
  type Plan,
  runPlan,
  table3FromLogs,
} from '../cases/index.ts';
import { calendar, person, request } from '../cases/test-kit.ts';
import { checkReport } from '../check/index.ts';
import type { Table3 } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { ApplicationService } from './application.service.ts';
import { DEMO_AGENCY, demoLogs, replayLog, seedDemo } from './demo-seed.ts';
import { ConflictError } from './errors.ts';
import { storeServices } from './services.ts';
import { openStore, type Store } from './store.ts';
import { available, createTestDatabase, describeEachDatabase, type TestDatabase } from './test-databases.ts';

const ctx = { clock: { today: () => '2026-11-01' as IsoDate }, calendar };

function table3Findings(year: number, table: Table3) {
  const report = { ...blankReport(year <= 2020 ? '2019' : '2021', year), table3: table };
  return checkReport(report).filter((f) => f.rule.startsWith('table3-'));
}

describeEachDatabase('demo seed and table 3', (store) => {
  beforeAll(async () => {
    const { applications } = storeServices(store(), ctx);
    await seedDemo(applications, calendar, 2025, 7);
    await seedDemo(applications, calendar, 2020, 3);
  }, 120_000);

  it.each([2020, 2021, 2025, 2026])(
    'table %i passes every table-3 rule and equals the core',
    async (year) => {
      const { overview } = storeServices(store(), ctx);
      const table = await overview.table3(DEMO_AGENCY.id, year);
      expect(table3Findings(year, table)).toEqual([]);
      const logs = [...demoLogs(7, 2025, calendar), ...demoLogs(3, 2020, calendar)];
      expect(table).toEqual(table3FromLogs(logs, { year, agency: DEMO_AGENCY.id }));
    },
  );

  it("year N's carriedForward is year N+1's carriedOver", async () => {
    const { overview } = storeServices(store(), ctx);
    for (const year of [2020, 2025]) {
      const n = await overview.table3(DEMO_AGENCY.id, year);
      const next = await overview.table3(DEMO_AGENCY.id, year + 1);
      expect(n.carriedForward?.total).toBeGreaterThan(0);
      expect(next.carriedOver).toEqual(n.carriedForward);
    }
  });

  it('seeding the same year again is refused and writes nothing', async () => {
    const { applications } = storeServices(store(), ctx);
    const before = await applications.counts();
    await expect(seedDemo(applications, calendar, 2025, 7)).rejects.toThrow(ConflictError);
    expect(await applications.counts()).toEqual(before);
  });

  it('seeding another year into a database with demo data, alone, is refused and writes nothing', async () => {
    const { applications } = storeServices(store(), ctx);
    const before = await applications.counts();
    await expect(seedDemo(applications, calendar, 2024, 7, { alone: true })).rejects.toThrow(
      /一个数据库只能生成一个年度的演示数据/,
    );
    expect(await applications.counts()).toEqual(before);
  });
});

describeEachDatabase('due list', (store) => {
  // Applications received in the last two months of 2025 with every kind of step, handled up to
  // the end of the year: open ones in every stage (processing, 补正, fee, consultation).
  const agency = agencyId('due-agency');
  const logs = dueFixture(agency);
  beforeAll(async () => {
    const { applications } = storeServices(store(), ctx);
    await applications.addAgency(agency, '到期测试机关', '2025-01-01T00:00:00Z');
    let today = '' as IsoDate;
    const service = new ApplicationService(applications, { clock: { today: () => today }, calendar });
    for (const log of logs) await replayLog(service, log, (at) => (today = at));
  }, 120_000);

  it.each(['2025-12-31', '2026-01-05', '2026-01-09', '2026-02-02'])(
    'on %s matches dueStatus() of the core',
    async (day) => {
      const { overview } = storeServices(store(), ctx);
      const listed = await overview.dueList(agency, day as IsoDate);
      const expected = logs
        .map(applicationState)
        .map((s) => ({ id: s.id as string, ...dueStatus(s, day as IsoDate, calendar) }))
        .filter((s) => s.status !== 'closed' && s.status !== 'onTrack');
      expect(listed.map((e) => [e.id, e.status, e.dueDate, e.reason]).sort()).toEqual(
        expected.map((e) => [e.id, e.status, e.dueDate, e.reason]).sort(),
      );
      expect(listed.length).toBeGreaterThan(0);
      const order = ['overdue', 'dueToday', 'dueSoon', 'paused'];
      const ranks = listed.map((e) => order.indexOf(e.status));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    },
  );

  it("lists one clerk's applications: those the clerk registered", async () => {
    const { overview } = storeServices(store(), ctx);
    const day = '2026-01-05' as IsoDate;
    const office = await overview.dueList(agency, day);
    const clerks = new Set(office.map((e) => e.clerk));
    expect(clerks.size).toBeGreaterThan(1);
    for (const clerk of clerks) {
      const own = await overview.dueList(agency, day, { clerk });
      expect(own).toEqual(office.filter((e) => e.clerk === clerk));
    }
    expect(await overview.dueList(agency, day, { clerk: 'nobody' })).toEqual([]);
    // an empty list for a clerk who registered nothing is told apart from a typing mistake
    expect(await overview.isClerk([...clerks][0]!)).toBe(true);
    expect(await overview.isClerk('nobody')).toBe(false);
  });

  it('shows paused applications as paused, never overdue', async () => {
    const { overview } = storeServices(store(), ctx);
    const listed = await overview.dueList(agency, '2026-02-02' as IsoDate);
    const awaiting = logs
      .map(applicationState)
      .filter((s) => s.stage === 'awaitingSupplement' || s.stage === 'awaitingFee');
    expect(awaiting.length).toBeGreaterThan(0);
    for (const s of awaiting) expect(listed.find((e) => e.id === s.id)?.status).toBe('paused');
  });
});

function dueFixture(agency: AgencyId): ApplicationEvent[][] {
  const horizon = '2025-12-31' as IsoDate;
  const days: IsoDate[] = [];
  for (
    let d = calendar.addWorkingDays('2025-10-31' as IsoDate, 1);
    d < horizon;
    d = calendar.addWorkingDays(d, 1)
  ) {
    days.push(d);
  }
  const kinds: Partial<Plan>[] = [
    {},
    { supplement: { after: 2, answer: 'lapse', answerAfter: 0 } },
    { supplement: { after: 2, answer: 'supplied', answerAfter: 6 } },
    { consultation: { kind: 'thirdParty', party: '某某药店', after: 3, answer: 'consent', answerAfter: 14 } },
    { fee: { after: 3, basis: 'volume', quantity: 80, outcome: 'pay', answerAfter: 12 } },
    { extension: { after: 5, days: 10 } },
  ];
  return days.flatMap((receiptDate, i) =>
    kinds.map((kind, k) => {
      const plan: Plan = {
        id: applicationId(`due-${i}-${k}`),
        agency,
        applicant: person,
        channel: 'inPerson',
        receiptDate,
        request,
        end: { after: 22, kind: 'reply', disposition: 'granted' },
        deliverAfter: 1,
        ...kind,
      };
      return runPlan(plan, calendar, horizon, actorId(k % 2 === 0 ? 'clerk-zhang' : 'clerk-li')).log;
    }),
  );
}

describe.skipIf(!available('postgres'))('the same demo seed in SQLite and PostgreSQL', () => {
  const opened: { database: TestDatabase; store: Store }[] = [];
  beforeAll(async () => {
    for (const name of ['sqlite', 'postgres'] as const) {
      const database = await createTestDatabase(name);
      const store = await openStore(database.target);
      opened.push({ database, store });
      await seedDemo(storeServices(store, ctx).applications, calendar, 2024, 42);
    }
  }, 120_000);
  afterAll(async () => {
    for (const { database, store } of opened) {
      await store.close();
      await database.drop();
    }
  });

  it('gives the same table 3 for both years', async () => {
    for (const year of [2024, 2025]) {
      const [a, b] = await Promise.all(
        opened.map(({ store }) => storeServices(store, ctx).overview.table3(DEMO_AGENCY.id, year)),
      );
      expect(a).toEqual(b);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });
});
