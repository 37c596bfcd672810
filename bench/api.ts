// Benchmark of the HTTP API (run by hand): registration throughput, POST /api/v1/applications
// with a unique application id per request, over SQLite (a temporary file) and PostgreSQL (a
// fresh database on the server found by scripts/ensure-postgres.sh). The server runs in this
// process on loopback with token authentication and identity-number encryption on, as in
// production; autocannon fires from the same process (the figures include its own cost). Prints
// the median of the runs.
//
//   node --import tsx bench/api.ts
//   options: --duration S (10)  --connections N (10)  --runs N (3)  --only sqlite|postgres

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { type IsoDate, loadCalendar } from '../src/calendar/index.ts';
import { fixedClock } from '../src/cases/index.ts';
import { buildServer, parseApiTokens } from '../src/server/index.ts';
import { identityCipher, openStore, storeServices } from '../src/store/index.ts';
import { benchDatabases } from './databases.ts';

/** The part of autocannon's result this bench reads (autocannon ships no types). */
interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const log = (s: string) => process.stderr.write(`${s}\n`);

const TOKEN = randomBytes(24).toString('base64url');
const AGENCY = 'bench-agency';
// A complete application; every request gets its own id (setupRequest below).
const BODY = JSON.stringify({
  id: '__ID__',
  agency: AGENCY,
  applicant: {
    type: 'naturalPerson',
    name: '张三',
    identity: { kind: 'residentIdCard', number: '110105199001011234' },
    contact: { phone: '13812345678', address: '北京市朝阳区建国路1号' },
  },
  receipt: { channel: 'inPerson', submittedOn: '2026-06-01' },
  request: { title: '2025年医保基金收支情况', forms: ['electronic'], delivery: 'email' },
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function startServer(target: Parameters<typeof openStore>[0]) {
  const store = await openStore(target);
  const calendar = loadCalendar([], { localDir: null });
  const clock = fixedClock('2026-06-30' as IsoDate);
  const services = storeServices(store, { clock, calendar }, { cipher: identityCipher(randomBytes(32)) });
  await services.applications.addAgency(AGENCY, '基准测试机关', new Date().toISOString());
  const tokens = JSON.stringify([{ token: TOKEN, actor: 'bench-clerk', role: 'clerk', agencies: [AGENCY] }]);
  const app: FastifyInstance = buildServer({
    services,
    calendar,
    clock,
    auth: parseApiTokens(tokens, 'bench'),
    noticeDir: mkdtempSync(join(tmpdir(), 'gongkai-bench-notices-')),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, store, services, url };
}

let sent = 0;

function fire(url: string, duration: number): Promise<Result> {
  return autocannon({
    url: `${url}/api/v1/applications`,
    method: 'POST',
    connections: Number(opts.connections),
    duration,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          body: BODY.replace('__ID__', `bench-${process.pid}-${++sent}`),
        }),
      },
    ],
  });
}

const rows: string[] = [];
for (const database of await benchDatabases('gongkai_bench_api', opts.only)) {
  const { app, store, services, url } = await startServer(database.target);
  try {
    log(`${database.name}: warm-up 2 s`);
    await fire(url, 2);
    const results: Result[] = [];
    for (let run = 1; run <= Number(opts.runs); run++) {
      const r = await fire(url, Number(opts.duration));
      log(
        `${database.name} run ${run}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
      );
      results.push(r);
    }
    // autocannon drops its connections at the end of a run; registrations already received
    // still commit, so let them settle before counting.
    await app.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const counts = await services.applications.counts();
    rows.push(
      [
        database.name.padEnd(10),
        `${median(results.map((r) => r.requests.average)).toFixed(0)} req/s`.padStart(11),
        `p50 ${median(results.map((r) => r.latency.p50))} ms`.padStart(11),
        `p99 ${median(results.map((r) => r.latency.p99))} ms`.padStart(11),
        `non-2xx ${results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0)}`,
        `(${counts.applications} applications, ${counts.events} events in the store)`,
      ].join('  '),
    );
  } finally {
    if (app.server.listening) await app.close();
    await store.close();
    await database.drop();
  }
}
console.log(
  `POST /api/v1/applications, ${opts.connections} connections, ${opts.duration} s x ${opts.runs} runs (median):`,
);
for (const row of rows) console.log(row);
