// Test support for the routes (not used by production code): a server over a test store with a
// fixed day, encryption on, and one token per role.

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type IsoDate, loadCalendar } from '../calendar/index.ts';
import { fixedClock } from '../cases/index.ts';
import {
  DEMO_AGENCY,
  identityCipher,
  type Store,
  type StoreServices,
  storeServices,
} from '../store/index.ts';
import { parseApiTokens } from './auth.ts';
import { buildServer } from './server.ts';

// localDir null: a developer's own ./data/calendar must not change these results.
export const calendar = loadCalendar([], { localDir: null });
export const TODAY = '2025-06-30' as IsoDate;
export const AGENCY = 'agency-a';
export const OTHER_AGENCY = 'agency-b';
/** The agency of the demo seed (seedDemo): the tokens demo* cover it. */
export const DEMO = DEMO_AGENCY.id as string;

export const TOKENS = {
  clerk: 'clerk-token-aaaaaaaaaaaa',
  otherClerk: 'clerk-token-bbbbbbbbbbbb',
  privacy: 'privacy-token-cccccccccc',
  supervisor: 'supervisor-token-dddddd',
  reader: 'reader-token-eeeeeeeeeee',
  demoClerk: 'demo-clerk-token-ffffffff',
  demoReader: 'demo-reader-token-gggggg',
} as const;

export const TOKEN_CONFIG = JSON.stringify([
  { token: TOKENS.clerk, actor: 'clerk-zhang', role: 'clerk', agencies: [AGENCY] },
  { token: TOKENS.otherClerk, actor: 'clerk-li', role: 'clerk', agencies: [OTHER_AGENCY] },
  { token: TOKENS.privacy, actor: 'privacy-wang', role: 'privacy', agencies: [AGENCY] },
  { token: TOKENS.supervisor, actor: 'supervisor-zhao', role: 'supervisor', agencies: ['*'] },
  { token: TOKENS.reader, actor: 'reader-qian', role: 'reader', agencies: [AGENCY] },
  { token: TOKENS.demoClerk, actor: 'clerk-sun', role: 'clerk', agencies: [DEMO] },
  { token: TOKENS.demoReader, actor: 'reader-zhou', role: 'reader', agencies: [DEMO] },
]);

export const as = (role: keyof typeof TOKENS) => ({ authorization: `Bearer ${TOKENS[role]}` });

export interface TestApi {
  app: FastifyInstance;
  services: StoreServices;
  /** Row counts of applications and events: unchanged after a refused request. */
  counts(): Promise<{ applications: number; events: number }>;
  /** The notice directory the server reads (an empty temporary one unless given). */
  noticeDir: string;
}

/**
 * A server over `store` with both agencies added; `local`: no tokens configured (local mode);
 * `noticeDir`: the agencies' notice templates and details (default: a new empty directory).
 */
export async function testApi(
  store: Store,
  { local = false, noticeDir = mkdtempSync(join(tmpdir(), 'gongkai-notices-')) } = {},
): Promise<TestApi> {
  const clock = fixedClock(TODAY);
  const services = storeServices(store, { clock, calendar }, { cipher: identityCipher(randomBytes(32)) });
  await services.applications.addAgency(AGENCY, '甲县医疗保障局', '2025-01-01T00:00:00Z');
  await services.applications.addAgency(OTHER_AGENCY, '乙县人民政府办公室', '2025-01-01T00:00:00Z');
  const app = buildServer({
    services,
    calendar,
    clock,
    auth: parseApiTokens(local ? undefined : TOKEN_CONFIG, 'local-user'),
    noticeDir,
  });
  await app.ready();
  return { app, services, counts: () => services.applications.counts(), noticeDir };
}

let next = 0;

/** A complete registration body; `id` unique per call. */
export function registerBody(overrides: Record<string, unknown> = {}) {
  return {
    id: `api-${process.pid}-${++next}`,
    agency: AGENCY,
    applicant: {
      type: 'naturalPerson',
      name: '张三',
      identity: { kind: 'residentIdCard', number: '110105199001011232' },
      contact: { phone: '13812345678', address: '北京市朝阳区建国路1号院2号楼301' },
    },
    receipt: { channel: 'inPerson', submittedOn: '2025-06-02' },
    request: { title: '2024年医保基金收支情况', forms: ['electronic'], delivery: 'email' },
    ...overrides,
  };
}
