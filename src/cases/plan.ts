// A scripted handling of one application, run through the command functions: the demo data
// generator and the property tests both describe applications as plans and let the same
// commands that serve clerks produce the event logs.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import type { Applicant, Channel, ReceiptFacts, RequestContent } from './application.ts';
import { type CommandContext, type CommandResult, fixedClock } from './command.ts';
import { endConsultation, startConsultation } from './consultation.commands.ts';
import type { Disposition } from './dispositions.ts';
import type { ApplicationEvent, ConsultationAnswer, ConsultationKind } from './events.ts';
import { extend } from './extension.command.ts';
import { issueFeeNotice, lapseFee, payFee, reduceFee, waiveFee } from './fee.commands.ts';
import { type ActorId, type AgencyId, type ApplicationId, actorId, consultationId } from './ids.ts';
import { register } from './register.command.ts';
import { deliver, reply, withdraw } from './reply.commands.ts';
import { applicationState } from './state.ts';
import { lapseSupplement, receiveSupplement, requestSupplement } from './supplement.commands.ts';

/** Gaps are in working days after the previous step. */
export interface Plan {
  id: ApplicationId;
  agency: AgencyId;
  applicant: Applicant;
  channel: Channel;
  /** A working day. */
  receiptDate: IsoDate;
  request: RequestContent;
  supplement?: { after: number; answer: 'supplied' | 'lapse'; answerAfter: number };
  consultation?: {
    kind: ConsultationKind;
    party: string;
    after: number;
    answer: ConsultationAnswer;
    answerAfter: number;
  };
  extension?: { after: number; days: number };
  fee?: {
    after: number;
    basis: 'count' | 'volume';
    quantity: number;
    outcome: 'pay' | 'reduce' | 'waive' | 'lapse';
    answerAfter: number;
  };
  end: { after: number; kind: 'reply'; disposition: Disposition } | { after: number; kind: 'withdraw' };
  deliverAfter: number;
}

export interface PlanRun {
  log: ApplicationEvent[];
  /** The refusal that stopped the plan, if any (a plan is meant to be legal). */
  refused?: string;
}

const CLERK = actorId('demo-clerk');
const HEAD = actorId('demo-head');

function receiptFacts(channel: Channel, date: IsoDate): ReceiptFacts {
  switch (channel) {
    case 'inPerson':
    case 'oral':
      return { channel, submittedOn: date };
    case 'registeredPost':
      return { channel, signedForOn: date };
    case 'ordinaryPost':
      return { channel, arrivedOn: date, confirmedWithApplicantOn: date };
    case 'online':
    case 'fax':
      return { channel, submittedOn: date, confirmedOn: date };
  }
}

/** Runs the plan up to `horizon` (the clock's today): steps after it are not taken yet. */
export function runPlan(
  plan: Plan,
  calendar: WorkingCalendar,
  horizon: IsoDate,
  actor: ActorId = CLERK,
): PlanRun {
  const ctx: CommandContext = { clock: fixedClock(horizon), calendar };
  const log: ApplicationEvent[] = [];
  let date = plan.receiptDate;
  const take = (result: CommandResult): string | undefined => {
    if (!result.ok) return result.reason;
    log.push(...result.events);
    return undefined;
  };
  /** Moves the date on; false when the step would fall after the horizon. */
  const advance = (after: number): boolean => {
    const next = after > 0 ? calendar.addWorkingDays(date, after) : date;
    if (next > horizon) return false;
    date = next;
    return true;
  };
  const steps: (() => string | undefined | 'stop')[] = [];
  const at = () => ({ at: date, actor });
  steps.push(() =>
    plan.receiptDate > horizon
      ? 'stop'
      : take(
          register(
            {
              id: plan.id,
              agency: plan.agency,
              actor,
              applicant: plan.applicant,
              receipt: receiptFacts(plan.channel, date),
              request: plan.request,
            },
            ctx,
          ),
        ),
  );
  const s = plan.supplement;
  if (s) {
    steps.push(() =>
      advance(s.after)
        ? take(
            requestSupplement(
              log,
              { ...at(), items: ['请明确所需信息的名称或文号'], dueDate: calendar.addWorkingDays(date, 10) },
              ctx,
            ),
          )
        : 'stop',
    );
    steps.push(() => {
      if (s.answer === 'lapse') {
        const due = applicationState(log).supplement?.dueDate ?? date;
        return advance(calendar.workingDaysBetween(date, due) + 1)
          ? take(lapseSupplement(log, at(), ctx))
          : 'stop';
      }
      return advance(Math.min(s.answerAfter, 10)) ? take(receiveSupplement(log, at(), ctx)) : 'stop';
    });
  }
  const c = plan.consultation;
  if (c) {
    const id = consultationId(`${plan.id}-c1`);
    steps.push(() =>
      advance(c.after)
        ? take(startConsultation(log, { ...at(), consultation: id, kind: c.kind, party: c.party }, ctx))
        : 'stop',
    );
    steps.push(() => {
      const gap = c.answer === 'noAnswer' ? 16 : Math.min(c.answerAfter, 15);
      const note = c.answer === 'objection' ? '涉及商业秘密' : undefined;
      return advance(gap)
        ? take(
            endConsultation(
              log,
              { ...at(), consultation: id, answer: c.answer, ...(note ? { note } : {}) },
              ctx,
            ),
          )
        : 'stop';
    });
  }
  const x = plan.extension;
  if (x) {
    steps.push(() =>
      advance(x.after)
        ? take(
            extend(log, { ...at(), days: x.days, approver: HEAD, reason: '需调取档案，无法按期答复' }, ctx),
          )
        : 'stop',
    );
  }
  const f = plan.fee;
  if (f) {
    const notice =
      f.basis === 'count'
        ? { basis: 'count' as const, ordinal: f.quantity }
        : { basis: 'volume' as const, pages: f.quantity };
    steps.push(() => (advance(f.after) ? take(issueFeeNotice(log, { ...at(), ...notice }, ctx)) : 'stop'));
    steps.push(() => {
      if (f.outcome === 'lapse') return advance(21) ? take(lapseFee(log, at(), ctx)) : 'stop';
      if (!advance(Math.min(f.answerAfter, 19))) return 'stop';
      if (f.outcome === 'waive')
        return take(waiveFee(log, { ...at(), reason: '申请人享受最低生活保障' }, ctx));
      const due = applicationState(log).fee?.amountDueFen ?? 0;
      if (f.outcome === 'reduce') {
        const half = Math.max(1, Math.floor(due / 2));
        const refused = take(reduceFee(log, { ...at(), amountFen: half, reason: '申请人经济困难' }, ctx));
        if (refused) return refused;
        return take(payFee(log, { ...at(), amountFen: half }, ctx));
      }
      return take(payFee(log, { ...at(), amountFen: due }, ctx));
    });
  }
  const e = plan.end;
  steps.push(() => {
    if (!advance(e.after)) return 'stop';
    if (e.kind === 'withdraw') return take(withdraw(log, { ...at(), reason: '申请人书面撤回' }, ctx));
    // 第三十二条: disclosing over a third party's objection states its content and reason.
    const overruled =
      plan.consultation?.kind === 'thirdParty' &&
      plan.consultation.answer === 'objection' &&
      (e.disposition === 'granted' || e.disposition === 'partiallyGranted');
    return take(
      reply(
        log,
        {
          ...at(),
          disposition: e.disposition,
          forms: plan.request.forms,
          legalBasis: '《政府信息公开条例》第三十六条',
          ...(overruled ? { note: '该信息关系公共利益，不公开可能对公共利益造成重大影响，决定公开' } : {}),
        },
        ctx,
      ),
    );
  });
  steps.push(() => {
    const state = applicationState(log);
    if (!state.reply) return 'stop';
    return advance(plan.deliverAfter)
      ? take(deliver(log, { ...at(), method: plan.request.delivery }, ctx))
      : 'stop';
  });
  for (const run of steps) {
    if (log.length > 0 && applicationState(log).closure && !applicationState(log).reply) break;
    const outcome = run();
    if (outcome === 'stop') break;
    if (outcome !== undefined) return { log, refused: outcome };
  }
  return { log };
}
