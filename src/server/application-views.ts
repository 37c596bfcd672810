// What the API answers about an application: a summary (lists, and the result of a step) and the
// detail (state, due status and the day-by-day deadline). Personal data as the caller may see
// it (personal-data.ts). The response schemas keep only the listed fields, so nothing else leaks.

import { z } from 'zod';
import { CalendarError, type IsoDate, type WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationEvent,
  type ApplicationState,
  dueStatus,
  explainReplyDeadline,
  replyDeadline,
} from '../cases/index.ts';
import type { Caller } from './auth.ts';
import { applicantFor, eventFor, type View } from './personal-data.ts';

const nullableDate = z.string().nullable();

export const ApplicantOut = z
  .object({
    type: z.string(),
    name: z.string(),
    identity: z.object({ kind: z.string(), number: z.string() }),
    representative: z.string().optional(),
    contact: z.object({
      phone: z.string().optional(),
      address: z.string().optional(),
      postcode: z.string().optional(),
      email: z.string().optional(),
    }),
    assistance: z.string().optional(),
  })
  .meta({ id: 'Applicant', description: '申请人（按调用者角色脱敏：身份证明号码、电话、地址、邮箱）' });

export const ApplicationSummary = z
  .object({
    id: z.string(),
    agency: z.string(),
    version: z.number().int().describe('版本：办理下一步时作为 expectedVersion 提交'),
    stage: z.string(),
    receiptDate: z.string(),
    dueDate: nullableDate.describe('答复期限（办结、补正中或日历缺少年份时为 null）'),
    closedDate: nullableDate,
    disposition: nullableDate.describe('办结结果（表三结果行键）'),
    registeredBy: z.string(),
    applicant: ApplicantOut,
    title: z.string().describe('申请公开的信息（名称、文号或描述）'),
  })
  .meta({ id: 'ApplicationSummary' });

export type ApplicationSummary = z.output<typeof ApplicationSummary>;

/** The result of registering or of a step: the new version, the events added, the summary. */
export const StepOutcome = z
  .object({
    application: ApplicationSummary,
    events: z.array(z.looseObject({ type: z.string(), at: z.string(), actor: z.string() })),
    warnings: z
      .array(z.string())
      .optional()
      .describe('提示（不影响登记）：例如双方确认日期比提交日期晚若干个工作日'),
  })
  .meta({ id: 'StepOutcome' });

export const ApplicationDetail = z
  .object({
    application: ApplicationSummary,
    state: z.looseObject({ applicant: ApplicantOut }).describe('由事件折叠得到的完整状态'),
    due: z.looseObject({ status: z.string(), reason: z.string() }).nullable(),
    deadline: z
      .looseObject({ dueDate: nullableDate, lines: z.array(z.string()) })
      .describe('答复期限的逐日计算（explainReplyDeadline）'),
  })
  .meta({ id: 'ApplicationDetail' });

export function summaryOf(
  caller: Caller,
  state: ApplicationState,
  version: number,
  dueDate: string | null,
  view: View,
): ApplicationSummary {
  return {
    id: state.id,
    agency: state.agency,
    version,
    stage: state.stage,
    receiptDate: state.receiptDate,
    dueDate,
    closedDate: state.closure?.on ?? null,
    disposition: state.closure?.disposition ?? null,
    registeredBy: state.registeredBy,
    applicant: applicantFor(caller, state.applicant, view),
    title: state.request.title ?? state.request.documentNumber ?? state.request.description ?? '',
  };
}

/** The reply deadline while open and computable; null in 补正 or when the calendar lacks a year. */
export function dueDateOf(state: ApplicationState, calendar: WorkingCalendar): string | null {
  if (state.closure) return null;
  return orCalendarGap(() => replyDeadline(state, calendar)?.dueDate ?? null, null);
}

export function stepOutcome(
  caller: Caller,
  result: { version: number; state: ApplicationState; events: readonly ApplicationEvent[] },
  calendar: WorkingCalendar,
) {
  return {
    application: summaryOf(caller, result.state, result.version, dueDateOf(result.state, calendar), 'list'),
    // Spread: a plain object type, as the response schema's record of fields expects.
    events: result.events.map((e) => ({ ...eventFor(caller, e, 'list') })),
  };
}

export function detailOf(
  caller: Caller,
  loaded: { version: number; state: ApplicationState },
  calendar: WorkingCalendar,
  today: IsoDate,
) {
  const { state, version } = loaded;
  return {
    application: summaryOf(caller, state, version, dueDateOf(state, calendar), 'detail'),
    state: { ...state, applicant: applicantFor(caller, state.applicant, 'detail') },
    due: orCalendarGap(() => ({ ...dueStatus(state, today, calendar) }), null),
    deadline: deadlineOf(state, calendar),
  };
}

function deadlineOf(state: ApplicationState, calendar: WorkingCalendar) {
  if (state.closure) return { dueDate: null, lines: [`已于${state.closure.on}办结`] };
  return orCalendarGap(
    () => {
      const e = explainReplyDeadline(state, calendar);
      return { dueDate: e.deadline?.dueDate ?? null, lines: e.lines, rule: e.rule, steps: e.steps };
    },
    (message: string) => ({ dueDate: null, lines: [`无法计算答复期限：${message}`] }),
  );
}

/** `compute()`, or the fallback when the calendar has no data for a year it needs. */
function orCalendarGap<T, F>(compute: () => T, fallback: F | ((message: string) => F)): T | F {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return typeof fallback === 'function' ? (fallback as (m: string) => F)(error.message) : fallback;
  }
}
