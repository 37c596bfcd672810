// Shared helpers for the tests of this folder (not used by production code).

import { expect } from 'vitest';
import { type IsoDate, loadCalendar } from '../calendar/index.ts';
import type { Applicant, ReceiptFacts, RequestContent } from './application.ts';
import { type CommandContext, type CommandResult, fixedClock } from './command.ts';
import type { ApplicationEvent } from './events.ts';
import { actorId, agencyId, applicationId } from './ids.ts';
import { register } from './register.command.ts';

// localDir null: a developer's own ./data/calendar must not change these results.
export const calendar = loadCalendar([], { localDir: null });
export const clerk = actorId('clerk-1');
export const head = actorId('head-1');
export const agency = agencyId('agency-1');

export function ctxAt(today: string): CommandContext {
  return { clock: fixedClock(today as IsoDate), calendar };
}

export const ctx = ctxAt('2026-12-31');

export const person: Applicant = {
  type: 'naturalPerson',
  name: '张三',
  identity: { kind: 'residentIdCard', number: 'TEST-0001' },
  contact: { phone: '13800000000' },
};

export const request: RequestContent = {
  title: '2024年医保基金收支情况',
  forms: ['paper'],
  delivery: 'post',
};

/** Registers an in-person application received on `date`. */
export function received(date: string, id = 'app-1', receipt?: ReceiptFacts): ApplicationEvent[] {
  const facts = receipt ?? { channel: 'inPerson', submittedOn: date as IsoDate };
  return ok(
    register(
      { id: applicationId(id), agency, actor: clerk, applicant: person, receipt: facts, request },
      ctx,
    ),
  );
}

/** The events of an accepted command; fails the test on a refusal. */
export function ok(result: CommandResult): ApplicationEvent[] {
  if (!result.ok) expect.fail(`refused: ${result.reason}`);
  return result.events;
}

/** Appends the events of a command run on `log`. */
export function andThen(
  log: ApplicationEvent[],
  command: (log: readonly ApplicationEvent[]) => CommandResult,
): ApplicationEvent[] {
  return [...log, ...ok(command(log))];
}

export const d = (text: string) => text as IsoDate;
