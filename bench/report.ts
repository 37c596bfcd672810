// Benchmark of the yearly report from records (run by hand): one agency with 100,000 applications
// in one year, bulk-inserted as bench/cases.ts does; then the draft built from the records (table
// 3 in SQL, the fee events, the registers), checked, and rendered in every form. Prints medians.
//
//   node --import tsx bench/report.ts                    # 100,000 applications, SQLite and PostgreSQL
//   node --import tsx bench/report.ts --apps 20000 --runs 5 --only sqlite
//
// Target (issue 5): build + check + render all forms under 2 s.

import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type IsoDate, loadCalendar } from '../src/calendar/index.ts';
import {
  type ApplicationEvent,
  agencyId,
  applicationId,
  applicationState,
  fixedClock,
  generateDemoYear,
} from '../src/cases/index.ts';
import { checkReport } from '../src/check/index.ts';
import { renderDocx, renderHtml, renderJson, renderText, renderXlsx } from '../src/render/index.ts';
import type { AnnualReport } from '../src/report/annual-report.ts';
import { rowOf } from '../src/store/application.service.ts';
import { continueIntoNextYear, openStore, type Store, storeServices } from '../src/store/index.ts';
import { benchDatabases } from './databases.ts';

const { values: opts } = parseArgs({
  options: {
    apps: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});
const TOTAL = Number(opts.apps);
const RUNS = Number(opts.runs);
const YEAR = 2025;
const AGENCY = agencyId('bench-report');
const calendar = loadCalendar([], { localDir: null });
const log = (s: string) => process.stderr.write(`${s}\n`);

/** TOTAL applications received in YEAR: demo years with unique ids, carry-over handled. */
function applications(): ApplicationEvent[][] {
  const logs: ApplicationEvent[][] = [];
  for (let seed = 1; logs.length < TOTAL; seed++) {
    for (const [i, events] of generateDemoYear(seed, YEAR, AGENCY, calendar).logs.entries()) {
      if (logs.length === TOTAL) break;
      const [received, ...rest] = events;
      if (received?.type !== 'received') throw new Error('log without received event');
      const renamed = [{ ...received, application: applicationId(`${AGENCY}-${seed}-${i}`) }, ...rest];
      logs.push(continueIntoNextYear(renamed, calendar, YEAR, 1 + (i % 10)));
    }
  }
  return logs;
}

async function insert(store: Store, logs: ApplicationEvent[][]): Promise<number> {
  const { applications: repo } = storeServices(store, {
    clock: fixedClock('2026-02-01' as IsoDate),
    calendar,
  });
  await repo.addAgency(AGENCY, '基准测试县医疗保障局', new Date().toISOString());
  const at = new Date().toISOString();
  const t0 = performance.now();
  for (let i = 0; i < logs.length; i += 5000) {
    const items = logs.slice(i, i + 5000).map((events) => ({
      row: rowOf(applicationState(events), calendar, events.length, at),
      events,
    }));
    await repo.inWriteTransaction((r) => r.insertMany(items, at));
  }
  return performance.now() - t0;
}

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

const RENDERERS: Record<string, (r: AnnualReport) => unknown> = {
  html: renderHtml,
  txt: renderText,
  json: renderJson,
  docx: renderDocx,
  xlsx: renderXlsx,
};

async function main() {
  log(`gongkai report bench: ${TOTAL} applications in ${YEAR}, one agency, ${RUNS} runs`);
  const g0 = performance.now();
  const logs = applications();
  log(`  generated in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
  const rows: string[][] = [];
  for (const t of await benchDatabases('gongkai_bench_report', opts.only)) {
    const store = await openStore(t.target);
    try {
      const insertMs = await insert(store, logs);
      await sql`analyze`.execute(store.db);
      const { annualReports } = storeServices(store, {
        clock: fixedClock('2026-02-01' as IsoDate),
        calendar,
      });
      const build = async () => {
        const result = await annualReports.buildDraft(AGENCY, YEAR, { actor: 'bench' });
        if (!result.ok) throw new Error(result.reason);
        return result.version.report;
      };
      const report = await build();
      const received = report.table3.received?.total;
      const assemble = await median(() => annualReports.assemble(AGENCY, YEAR));
      const built = await median(build);
      const check = await median(async () => checkReport(report));
      const render: Record<string, number> = {};
      for (const [name, fn] of Object.entries(RENDERERS)) render[name] = await median(async () => fn(report));
      const all = await median(async () => {
        const r = await build();
        checkReport(r);
        for (const fn of Object.values(RENDERERS)) await fn(r);
      });
      rows.push([
        t.name,
        `${received} (${(insertMs / 1000).toFixed(1)} s)`,
        ms(assemble),
        ms(built),
        ms(check),
        ...Object.values(render).map(ms),
        ms(all),
      ]);
    } finally {
      await store.close();
      await t.drop();
    }
  }
  const header = [
    'database',
    'received (insert)',
    'assemble',
    'build draft',
    'check',
    ...Object.keys(RENDERERS).map((n) => `render ${n}`),
    'build + check + render all',
  ];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

await main();
