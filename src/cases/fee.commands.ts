// Fee notice, reduction/waiver, payment and lapse (《政府信息公开条例》第四十二条,
// 国办函〔2020〕109号). The time between the notice and payment is not counted in the reply
// period; not paying in time: no longer processed (otherHandling.feeUnpaid).

import {
  accept,
  blank,
  type CommandContext,
  type CommandResult,
  type Refusal,
  refuse,
  type StepInput,
} from './command.ts';
import { replyDeadline } from './deadlines.ts';
import type {
  ApplicationEvent,
  FeeLapsedEvent,
  FeeNoticeIssuedEvent,
  FeePaidEvent,
  FeeReducedEvent,
  FeeWaivedEvent,
} from './events.ts';
import { countFee, FEE_DEFAULTS, type FeeBreakdown, formatFen, monthlyOrdinal, volumeFee } from './fees.ts';
import { type ApplicationState, openConsultations } from './state.ts';
import { step } from './step.ts';

export type FeeNoticeInput = StepInput &
  (
    | {
        basis: 'count';
        /**
         * The records the count is taken from: the event logs of the agency's applications received
         * in the month of this one (others are ignored; this one's own log is used as given). The
         * ordinal is then computed (monthlyOrdinal) and a clerk's `ordinal` must agree with it.
         */
        monthRecords?: readonly (readonly ApplicationEvent[])[];
        /** The application's ordinal in the applicant's month; required without `monthRecords`. */
        ordinal?: number;
      }
    | { basis: 'volume'; pages: number }
  );

export function issueFeeNotice(
  log: readonly ApplicationEvent[],
  input: FeeNoticeInput,
  ctx: CommandContext,
): CommandResult<FeeNoticeIssuedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (state.fee) return refuse('already-done', '一件申请只能发出一次收费通知');
    if (state.stage !== 'processing') return refuse('wrong-stage', '补正期间不能发出收费通知');
    if (openConsultations(state).length > 0) return refuse('wrong-stage', '征求意见结束前不能发出收费通知');
    // ASSUMPTION (README 14): 国办函〔2020〕109号 has the fee notice sent while the application is
    // being handled, within the reply period; the time to payment then does not count. After the
    // deadline the agency is late already: a notice then would pause nothing (A6 in deadlines.ts)
    // and the due list would show a late application as paused. Refused, up to the last day.
    const due = replyDeadline(state, ctx.calendar)?.dueDate;
    if (due !== undefined && at > due) {
      return refuse(
        'too-late',
        `答复期限已于${due}届满，不能再发出收费通知：收费通知应在答复期限内发出（国办函〔2020〕109号）`,
      );
    }
    const quantity = input.basis === 'count' ? countOrdinal(log, input) : input.pages;
    if (typeof quantity !== 'number') return quantity;
    if (!Number.isSafeInteger(quantity) || quantity < 1) {
      return refuse(
        'invalid-field',
        input.basis === 'count' ? '当月申请件数必须是正整数' : '页数必须是正整数',
      );
    }
    const breakdown: FeeBreakdown = input.basis === 'count' ? countFee(quantity) : volumeFee(quantity);
    if (breakdown.amountFen === 0) {
      return refuse('not-allowed', `按收费标准本申请不收费，不能发出收费通知（${breakdown.rule}）`);
    }
    return accept({
      type: 'feeNoticeIssued',
      at,
      actor: input.actor,
      basis: input.basis,
      breakdown,
      amountFen: breakdown.amountFen,
      payDue: ctx.calendar.addWorkingDays(at, FEE_DEFAULTS.paymentPeriodWorkingDays),
    });
  });
}

/**
 * 按件计收 counts the applicant's applications to the agency in the calendar month (国办函〔2020〕
 * 109号): from the records when given, where a clerk's ordinal that disagrees is refused; else
 * the clerk's ordinal (callers without the records: the demo data, which numbers them itself).
 */
function countOrdinal(
  log: readonly ApplicationEvent[],
  input: Extract<FeeNoticeInput, { basis: 'count' }>,
): number | Refusal {
  const records = input.monthRecords;
  if (records === undefined) {
    return input.ordinal ?? refuse('missing-field', '按件计收应写明该申请是申请人当月提出的第几件申请');
  }
  const first = log[0];
  const id = first?.type === 'received' ? first.application : undefined;
  const others = records.filter((r) => {
    const head = r[0];
    return head?.type !== 'received' || head.application !== id;
  });
  const computed = monthlyOrdinal([log, ...others], log);
  if (input.ordinal !== undefined && input.ordinal !== computed) {
    const month =
      first?.type === 'received' ? `${first.at.slice(0, 4)}年${Number(first.at.slice(5, 7))}月` : '当月';
    return refuse(
      'invalid-field',
      `当月申请件数序号与办理记录不符：按记录，该申请是申请人${month}向本机关提出的第${computed}件申请，收到的序号为${input.ordinal}（国办函〔2020〕109号按件计收）`,
    );
  }
  return computed;
}

function awaitingFee(state: ApplicationState) {
  return state.stage === 'awaitingFee' && state.fee ? state.fee : undefined;
}

const NO_FEE = '该申请没有待缴的费用';

export function reduceFee(
  log: readonly ApplicationEvent[],
  input: StepInput & { amountFen: number; reason: string },
  ctx: CommandContext,
): CommandResult<FeeReducedEvent> {
  return step(log, input, ctx, (state, at) => {
    const fee = awaitingFee(state);
    if (!fee) return refuse('wrong-stage', NO_FEE);
    if (
      !Number.isSafeInteger(input.amountFen) ||
      input.amountFen <= 0 ||
      input.amountFen >= fee.amountDueFen
    ) {
      return refuse(
        'invalid-field',
        `减收后的金额应为大于0且低于${formatFen(fee.amountDueFen)}的整数分；全部免收请登记免收`,
      );
    }
    if (blank(input.reason)) return refuse('missing-field', '减收应记录理由（如申请人享受最低生活保障）');
    return accept({
      type: 'feeReduced',
      at,
      actor: input.actor,
      amountFen: input.amountFen,
      reason: input.reason,
    });
  });
}

export function waiveFee(
  log: readonly ApplicationEvent[],
  input: StepInput & { reason: string },
  ctx: CommandContext,
): CommandResult<FeeWaivedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (!awaitingFee(state)) return refuse('wrong-stage', NO_FEE);
    if (blank(input.reason)) return refuse('missing-field', '免收应记录理由（如申请人享受最低生活保障）');
    return accept({ type: 'feeWaived', at, actor: input.actor, reason: input.reason });
  });
}

export function payFee(
  log: readonly ApplicationEvent[],
  input: StepInput & { amountFen: number },
  ctx: CommandContext,
): CommandResult<FeePaidEvent> {
  return step(log, input, ctx, (state, at) => {
    const fee = awaitingFee(state);
    if (!fee) return refuse('wrong-stage', NO_FEE);
    if (input.amountFen !== fee.amountDueFen) {
      return refuse(
        'invalid-field',
        `缴费金额应为${formatFen(fee.amountDueFen)}，收到${formatFen(input.amountFen)}`,
      );
    }
    if (at > fee.notice.payDue)
      return refuse('too-late', `缴费期限已于${fee.notice.payDue}届满，请登记逾期未缴费`);
    return accept({ type: 'feePaid', at, actor: input.actor, amountFen: input.amountFen });
  });
}

export function lapseFee(
  log: readonly ApplicationEvent[],
  input: StepInput,
  ctx: CommandContext,
): CommandResult<FeeLapsedEvent> {
  return step(log, input, ctx, (state, at) => {
    const fee = awaitingFee(state);
    if (!fee) return refuse('wrong-stage', NO_FEE);
    if (at <= fee.notice.payDue) {
      return refuse('too-early', `缴费期限（${fee.notice.payDue}）尚未届满，不能登记逾期未缴费`);
    }
    return accept({ type: 'feeLapsed', at, actor: input.actor });
  });
}
