// `gongkai demo seed`: a realistic year for a demo agency, and its carry-over handled in the next
// year, written through ApplicationService one step (one transaction) at a time.

import { isDeepStrictEqual } from 'node:util';
import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import { type ApplicationEvent, agencyId, generateDemoYear, type RegisterInput } from '../cases/index.ts';
import type { ApplicationRepository } from './application.repository.ts';
import { ApplicationService } from './application.service.ts';
import { continueIntoNextYear } from './carry-over.ts';
import { ConflictError } from './errors.ts';
import { commandFor } from './event-replay.ts';

export const DEMO_AGENCY = { id: agencyId('demo-agency'), name: '示例县医疗保障局' } as const;

export interface DemoSeedResult {
  applications: number;
  events: number;
  /** Open at the end of the year, handled in the next one. */
  carriedForward: number;
}

/** The demo logs of `year` (pure): generated, with the carry-over continued into `year + 1`. */
export function demoLogs(seed: number, year: number, calendar: WorkingCalendar): ApplicationEvent[][] {
  const demo = generateDemoYear(seed, year, DEMO_AGENCY.id, calendar);
  if (demo.refusals.length > 0) throw new Error(`demo generator refused: ${demo.refusals.join('; ')}`);
  return demo.logs.map((log, i) => continueIntoNextYear(log, calendar, year, 1 + (i % 10)));
}

/**
 * Writes the demo year. `alone`: the database must not hold any demo data yet (the command line,
 * which seeds the registers as well); tests may seed distant years side by side.
 */
export async function seedDemo(
  repo: ApplicationRepository,
  calendar: WorkingCalendar,
  year: number,
  seed: number,
  options: { alone?: boolean } = {},
): Promise<DemoSeedResult> {
  const logs = demoLogs(seed, year, calendar);
  const first = logs[0]?.[0];
  if (first?.type === 'received' && (await repo.load(first.application))) {
    throw new ConflictError(`该数据库已有${year}年的演示数据，请使用新的数据库文件`);
  }
  // Another year's demo next to this one would share register records (the year before is seeded
  // too) and mix their carry-over: refused here, before anything is written, not half-way through.
  if (options.alone && (await repo.agencies()).some((a) => a.id === DEMO_AGENCY.id)) {
    throw new ConflictError(
      `该数据库已有${DEMO_AGENCY.name}的演示数据，一个数据库只能生成一个年度的演示数据，请使用新的数据库文件`,
    );
  }
  await repo.addAgency(DEMO_AGENCY.id, DEMO_AGENCY.name, new Date().toISOString());
  // The clock of each step is the day the step happened: the clerk records it that day.
  let today = '' as IsoDate;
  const service = new ApplicationService(repo, { clock: { today: () => today }, calendar });
  let carriedForward = 0;
  for (const log of logs) {
    await replayLog(service, log, (at) => {
      today = at;
    });
    if (log.some((e) => e.at > `${year}-12-31`)) carriedForward += 1;
  }
  return { applications: logs.length, events: logs.flat().length, carriedForward };
}

/**
 * Writes a log made by the core's commands through the service, one command per event, each
 * re-made by its command and checked to come out identical. `setToday` moves the clock.
 */
export async function replayLog(
  service: ApplicationService,
  log: readonly ApplicationEvent[],
  setToday: (at: IsoDate) => void,
): Promise<void> {
  const [received, ...rest] = log;
  if (received?.type !== 'received') throw new Error('a log starts with its received event');
  setToday(received.at);
  const input: RegisterInput = {
    id: received.application,
    agency: received.agency,
    actor: received.actor,
    applicant: received.applicant,
    receipt: received.receipt,
    request: received.request,
  };
  let result = await service.register(input);
  for (const event of rest) {
    if (!result.ok) break;
    setToday(event.at);
    result = await service.run(received.application, result.version, commandFor(event));
    if (result.ok && !isDeepStrictEqual(result.events, [event])) {
      throw new Error(`replay of ${received.application} produced a different ${event.type} event`);
    }
  }
  if (!result.ok) throw new Error(`replay of ${received.application} refused: ${result.reason}`);
}
