// What every command shares: the injected clock and calendar, the result type, refusals,
// and the date checks (not in the future, not before the previous step).

import { CalendarError, type IsoDate, isIsoDate, type WorkingCalendar } from '../calendar/index.ts';
import type { ApplicationEvent } from './events.ts';
import type { ActorId } from './ids.ts';

/** The one seam for "today": commands never read the system clock. */
export interface Clock {
  today(): IsoDate;
}

export const fixedClock = (today: IsoDate): Clock => ({ today: () => today });

export interface CommandContext {
  clock: Clock;
  calendar: WorkingCalendar;
}

export type RefusalCode =
  | 'missing-field'
  | 'invalid-field'
  | 'future-date'
  | 'date-before-previous-step'
  | 'closed'
  | 'wrong-stage'
  | 'already-done'
  | 'too-late'
  | 'too-early'
  | 'unknown-disposition'
  | 'not-allowed'
  | 'calendar';

/** A command that may not be carried out: data, with a Chinese reason for the user. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  /** Further details, e.g. one line per missing field. */
  details?: string[];
}

export type CommandResult<E extends ApplicationEvent = ApplicationEvent> =
  | { ok: true; events: E[] }
  | Refusal;

export function refuse(code: RefusalCode, reason: string, details?: string[]): Refusal {
  return details ? { ok: false, code, reason, details } : { ok: false, code, reason };
}

export function accept<E extends ApplicationEvent>(...events: E[]): CommandResult<E> {
  return { ok: true, events };
}

/** What every command input carries. */
export interface StepInput {
  at: string;
  actor: ActorId;
}

/** Checks `at` is a real date, not after today, and not before `notBefore`. */
export function checkDate(
  ctx: CommandContext,
  at: string,
  notBefore?: IsoDate,
  what = '办理日期',
): Refusal | IsoDate {
  if (!isIsoDate(at)) return refuse('invalid-field', `${what}“${at}”不是有效日期，应为 YYYY-MM-DD 格式`);
  const today = ctx.clock.today();
  if (at > today)
    return refuse('future-date', `${what}（${at}）晚于今天（${today}），不能登记尚未发生的事项`);
  if (notBefore && at < notBefore) {
    return refuse('date-before-previous-step', `${what}（${at}）早于上一办理环节的日期（${notBefore}）`);
  }
  return at;
}

/** Checks a date that may lie in the future (a due date set by the agency). */
export function validDate(text: string, what: string): Refusal | IsoDate {
  return isIsoDate(text)
    ? text
    : refuse('invalid-field', `${what}“${text}”不是有效日期，应为 YYYY-MM-DD 格式`);
}

export function isRefusal<T>(value: T | Refusal): value is Refusal {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

/** Runs a command, turning a calendar gap (a year without holiday data) into a refusal. */
export function guarded<E extends ApplicationEvent>(run: () => CommandResult<E>): CommandResult<E> {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarError) return refuse('calendar', error.message);
    throw error;
  }
}

export function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
