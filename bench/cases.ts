// Benchmark of the store (run by hand): bulk insert, table 3 for one year, the due list, and
// registrations through ApplicationService, in SQLite and PostgreSQL. Prints medians.
//
//   node --import tsx bench/cases.ts                 # ~20,000 applications, a few minutes at most
//   node --import tsx bench/cases.ts --apps 200000   # any size
//   node --import tsx bench/cases.ts --full          # issue 4: 1,000,000 applications
//   options: --agencies N (2)  --runs N (7)  --only sqlite|postgres  --register N (1000)
//
// The data are ten demo years (generateDemoYear) for 2019-2028, with each year's carry-over
// handled in January of the next. The calendar has real holiday data for 2019-2026; for
// 2027-2029 the bench adds SYNTHETIC years (weekends only, no holidays), which exist only here,
// so that the volume spans the 10 years; the last year's open applications stay open so that
// the due list has work. PostgreSQL: a fresh database on the server found by
// scripts/ensure-postgres.sh, dropped at the end.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { type IsoDate, loadYears, WorkingCalendar } from '../src/calendar/index.ts';
import {
  type AgencyId,
  type ApplicationEvent,
  agencyId,
  applicationId,
  applicationState,
  fixedClock,
  generateDemoYear,
} from '../src/cases/index.ts';
import type { DatabaseTarget } from '../src/config/index.ts';
import { rowOf } from '../src/store/application.service.ts';
import { continueIntoNextYear, openStore, type Store, storeServices } from '../src/store/index.ts';

const { values: opts } = parseArgs({
  options: {
    apps: { type: 'string', default: '20000' },
    full: { type: 'boolean', default: false },
    agencies: { type: 'string', default: '2' },
    runs: { type: 'string', default: '7' },
    register: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const TOTAL = opts.full ? 1_000_000 : Number(opts.apps);
const AGENCIES = Number(opts.agencies);
const RUNS = Number(opts.runs);
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028];
const LAST = YEARS.at(-1)!;
const REAL_YEARS = loadYears([], { localDir: null }).map((loaded) => loaded.data);
const SYNTHETIC_YEARS = [2027, 2028, 2029]
  .filter((year) => !REAL_YEARS.some((d) => d.year === year))
  .map((year) => ({ year, source: '基准测试用的虚构年份（仅周末休息）', holidays: [], workdays: [] }));
const calendar = new WorkingCalendar([...REAL_YEARS, ...SYNTHETIC_YEARS]);
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------- databases

interface Target {
  name: string;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

async function targets(): Promise<Target[]> {
  const list: Target[] = [];
  if (opts.only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
    list.push({
      name: 'SQLite',
      target: { kind: 'sqlite', file: join(dir, 'bench.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    });
  }
  if (opts.only !== 'sqlite') {
    const server = execFileSync('bash', ['scripts/ensure-postgres.sh'], { encoding: 'utf8' }).trim();
    const name = `gongkai_bench_${Date.now()}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await admin(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    list.push({
      name: 'PostgreSQL',
      target: { kind: 'postgres', url: url.toString() },
      drop: () => admin(`drop database if exists ${name} with (force)`),
    });
  }
  return list;
}

// ---------------------------------------------------------------- data

/** Demo logs for one agency and year, ids made unique per batch, carry-over handled. */
function batch(agency: AgencyId, year: number, seed: number): ApplicationEvent[][] {
  const logs = generateDemoYear(seed, year, agency, calendar).logs;
  return logs.map((events, i) => {
    const [received, ...rest] = events;
    if (received?.type !== 'received') throw new Error('log without received event');
    const id = applicationId(`${agency}-${year}-${seed}-${i}`);
    const renamed = [{ ...received, application: id }, ...rest];
    return year === LAST ? renamed : continueIntoNextYear(renamed, calendar, year, 1 + (i % 10));
  });
}

async function insertAll(stores: { name: string; store: Store }[]): Promise<Record<string, number>> {
  const perAgencyYear = Math.ceil(TOTAL / YEARS.length / AGENCIES);
  const insertMs: Record<string, number> = Object.fromEntries(stores.map((s) => [s.name, 0]));
  for (const { store } of stores) {
    const { applications } = storeServices(store, { clock: fixedClock('2026-01-01' as IsoDate), calendar });
    for (let a = 0; a < AGENCIES; a++)
      await applications.addAgency(`bench-${a}`, `测试机关${a}`, '2026-01-01');
  }
  let total = 0;
  let seed = 1;
  for (const year of YEARS) {
    for (let a = 0; a < AGENCIES; a++) {
      const agency = agencyId(`bench-${a}`);
      let done = 0;
      while (done < perAgencyYear) {
        const logs: ApplicationEvent[][] = [];
        while (done < perAgencyYear && logs.length < 5000) {
          const more = batch(agency, year, seed++).slice(0, perAgencyYear - done);
          logs.push(...more);
          done += more.length;
        }
        const at = new Date().toISOString();
        const items = logs.map((events) => ({
          row: rowOf(applicationState(events), calendar, events.length, at),
          events,
        }));
        for (const { name, store } of stores) {
          const { applications } = storeServices(store, {
            clock: fixedClock('2026-01-01' as IsoDate),
            calendar,
          });
          const t0 = performance.now();
          await applications.inWriteTransaction((repo) => repo.insertMany(items, at));
          insertMs[name]! += performance.now() - t0;
        }
        total += logs.length;
      }
      log(`  ${year} bench-${a}: ${total} applications so far`);
    }
  }
  return insertMs;
}

// ---------------------------------------------------------------- timing

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function registrations(store: Store, n: number): Promise<number> {
  const ctx = { clock: fixedClock('2026-11-24' as IsoDate), calendar };
  const { applications, service } = storeServices(store, ctx);
  await applications.addAgency('bench-register', '注册吞吐量测试机关', new Date().toISOString());
  const sample = batch(agencyId('bench-register'), 2025, 999_999)[0]![0]!;
  if (sample.type !== 'received') throw new Error('unexpected');
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const result = await service.register({
      id: applicationId(`reg-${i}`),
      agency: agencyId('bench-register'),
      actor: sample.actor,
      applicant: sample.applicant,
      receipt: sample.receipt,
      request: sample.request,
    });
    if (!result.ok) throw new Error(result.reason);
  }
  return n / ((performance.now() - t0) / 1000);
}

async function main() {
  log(`gongkai bench: ${TOTAL} applications, ${YEARS[0]}-${LAST}, ${AGENCIES} agencies, ${RUNS} runs`);
  const list = await targets();
  const stores = await Promise.all(
    list.map(async (t) => ({ name: t.name, store: await openStore(t.target) })),
  );
  try {
    const g0 = performance.now();
    const insertMs = await insertAll(stores);
    log(`  generated and inserted in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    const rows: string[][] = [];
    for (const { name, store } of stores) {
      await sql`analyze`.execute(store.db);
      const ctx = { clock: fixedClock('2026-01-01' as IsoDate), calendar };
      const { overview, applications } = storeServices(store, ctx);
      const counts = await applications.counts();
      const t3mid = await median(() => overview.table3('bench-0', 2022));
      const t3last = await median(() => overview.table3('bench-0', LAST));
      const dueDay = `${LAST + 1}-01-16` as IsoDate; // the last year's open applications fall due
      const dueEntries = (await overview.dueList('bench-0', dueDay)).length;
      const due = await median(() => overview.dueList('bench-0', dueDay));
      const dueAll = await median(() => overview.dueList(undefined, dueDay));
      const perSecond = await registrations(store, Number(opts.register));
      rows.push([
        name,
        `${counts.applications} / ${counts.events}`,
        `${((counts.applications / insertMs[name]!) * 1000).toFixed(0)}/s (${(insertMs[name]! / 1000).toFixed(1)} s)`,
        `${t3mid.toFixed(1)} ms`,
        `${t3last.toFixed(1)} ms`,
        `${due.toFixed(1)} ms (${dueEntries})`,
        `${dueAll.toFixed(1)} ms`,
        `${perSecond.toFixed(0)}/s`,
      ]);
    }
    const header = [
      'database',
      'applications / events',
      'bulk insert',
      'table 3 2022 (1 agency)',
      `table 3 ${LAST}`,
      'due list 1 agency (entries)',
      'due list all',
      'service.register',
    ];
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    for (const { store } of stores) await store.close();
    for (const t of list) await t.drop();
  }
}

await main();
