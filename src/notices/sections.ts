// The step-specific parts of the notice fields: receipt, supplement, extension, reasons
// (第三十五条), consultation, fee. Each returns the empty section when the application has no such step.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationState,
  CONSULTATION_WORKING_DAYS,
  type ConsultationState,
  deadlines,
  type ExcessiveRequestState,
  formatFen,
  REPLY_PERIOD_WORKING_DAYS,
  replyDeadline,
} from '../cases/index.ts';
import { FIELD_SHAPE, type NoticeFields } from './fields.ts';
import { chineseDate, clause, rmbInWords } from './format.ts';
import { citation, REGULATION, STEP_BASIS } from './legal-basis.ts';

/**
 * The receipt as registered: the 第三十一条 rule recorded then, and the reply period and the
 * 补正 deadline counted from the receipt date alone, so a receipt printed later says the same.
 */
export function receiptFields(state: ApplicationState, calendar: WorkingCalendar): NoticeFields['receipt'] {
  const due = deadlines(stateAtRegistration(state), calendar);
  return {
    basis: clause(state.receiptBasis),
    replyPeriod: `${REPLY_PERIOD_WORKING_DAYS}个工作日`,
    replyDueDate: chineseDate(due.reply?.dueDate ?? ''),
    supplementNoticeDue: chineseDate(due.supplementNoticeDue),
  };
}

/** The state right after registration: every later step removed. */
export function stateAtRegistration(state: ApplicationState): ApplicationState {
  const {
    supplement: _supplement,
    extension: _extension,
    fee: _fee,
    excessive: _excessive,
    reply: _reply,
    delivery: _delivery,
    withdrawal: _withdrawal,
    closure: _closure,
    ...registered
  } = state;
  return { ...registered, stage: 'processing', consultations: [], lastEventOn: state.receiptDate };
}

export function supplementFields(state: ApplicationState): NoticeFields['supplement'] {
  const s = state.supplement;
  if (!s) return { ...FIELD_SHAPE.supplement, items: [] };
  return {
    requestedOn: chineseDate(s.requestedOn),
    dueDate: chineseDate(s.dueDate),
    items: s.items.map(clause),
    receivedOn: chineseDate(s.receivedOn ?? ''),
    lapsedOn: chineseDate(s.lapsedOn ?? ''),
  };
}

/**
 * The extension and the reply deadline before and after it, as known on the day of the extension:
 * steps recorded later (a consultation started afterwards, a payment) are not what the applicant
 * was told, so the deadline is computed on the state as of that day.
 */
export function extensionFields(
  state: ApplicationState,
  calendar: WorkingCalendar,
): NoticeFields['extension'] {
  const x = state.extension;
  if (!x) return FIELD_SHAPE.extension;
  const then = stateAsOf(state, x.at);
  const before = replyDeadline({ ...then, extension: undefined }, calendar);
  const after = replyDeadline(then, calendar);
  return {
    date: chineseDate(x.at),
    days: String(x.days),
    originalDueDate: chineseDate(before?.dueDate ?? ''),
    newDueDate: chineseDate(after?.dueDate ?? ''),
    reason: clause(x.reason),
  };
}

/**
 * 第三十五条: the request for reasons and its assessment. The reply date the later one replaced is
 * computed as known on the day of the assessment, without that later date.
 */
export function reasonsFields(state: ApplicationState, calendar: WorkingCalendar): NoticeFields['reasons'] {
  const x = state.excessive;
  if (!x) return FIELD_SHAPE.reasons;
  let originalDueDate = '';
  if (x.assessedOn !== undefined) {
    const then = stateAsOf(state, x.assessedOn);
    const { delayedDueDate: _delayed, ...assessed } = x;
    originalDueDate = replyDeadline({ ...then, excessive: assessed }, calendar)?.dueDate ?? '';
  }
  return {
    requestedOn: chineseDate(x.requestedOn),
    grounds: clause(x.grounds),
    answerDue: chineseDate(x.answerDue),
    assessedOn: chineseDate(x.assessedOn ?? ''),
    originalDueDate: chineseDate(originalDueDate),
    delayedDueDate: chineseDate(x.delayedDueDate ?? ''),
  };
}

/** The state as it stood at the end of `date`: later steps removed, later endings reopened. */
export function stateAsOf(state: ApplicationState, date: IsoDate): ApplicationState {
  const consultations = state.consultations
    .filter((c) => c.startedOn <= date)
    .map((c): ConsultationState => {
      if (c.endedOn === undefined || c.endedOn <= date) return c;
      const { endedOn: _ended, answer: _answer, ...open } = c;
      return open;
    });
  const fee = state.fee && state.fee.notice.at <= date ? state.fee : undefined;
  const settled = [fee?.paidOn, fee?.waivedOn, fee?.lapsedOn].some((d) => d !== undefined && d <= date);
  return {
    ...state,
    consultations,
    fee: fee && !settled ? { notice: fee.notice, amountDueFen: fee.amountDueFen, reductions: [] } : fee,
    extension: state.extension && state.extension.at <= date ? state.extension : undefined,
    excessive: reasonsAsOf(state.excessive, date),
  };
}

function reasonsAsOf(x: ExcessiveRequestState | undefined, date: IsoDate): ExcessiveRequestState | undefined {
  if (x === undefined || x.requestedOn > date) return undefined;
  if (x.assessedOn === undefined || x.assessedOn <= date) return x;
  return { requestedOn: x.requestedOn, grounds: x.grounds, answerDue: x.answerDue };
}

const ANSWERS = { consent: '同意公开', objection: '不同意公开', noAnswer: '逾期未提出意见' } as const;

export function consultationFields(c: ConsultationState | undefined): NoticeFields['consultation'] {
  if (!c) return FIELD_SHAPE.consultation;
  const basis =
    c.kind === 'thirdParty' ? STEP_BASIS.consultationThirdParty : STEP_BASIS.consultationCoProducer;
  return {
    party: c.party,
    date: chineseDate(c.startedOn),
    answerPeriod: `${CONSULTATION_WORKING_DAYS}个工作日`,
    answeredOn: chineseDate(c.endedOn ?? ''),
    answer: c.answer ? ANSWERS[c.answer] : '',
    reason:
      c.kind === 'thirdParty' ? '该信息的公开可能损害第三方合法权益' : '该信息由本机关与其他行政机关共同制作',
    basis: citation(basis),
    timeBasis: `${REGULATION}${STEP_BASIS.consultationTime.articles.join('、')}`,
  };
}

export function feeFields(state: ApplicationState): NoticeFields['fee'] {
  const fee = state.fee;
  if (!fee) return { ...FIELD_SHAPE.fee, lines: [] };
  const n = fee.notice;
  const unit = n.basis === 'volume' ? '页' : '件';
  return {
    date: chineseDate(n.at),
    method: n.basis === 'volume' ? '按量计收' : '按件计收',
    quantity: n.basis === 'volume' ? `${n.breakdown.quantity}页` : `当月第${n.breakdown.quantity}件`,
    rule: n.breakdown.rule,
    amount: formatFen(n.amountFen),
    amountInWords: rmbInWords(n.amountFen),
    payDue: chineseDate(n.payDue),
    lines: n.breakdown.lines.map((l) => ({
      band: l.band,
      units: `${l.units}${unit}`,
      unitPrice: `${formatFen(l.unitPriceFen)}/${unit}`,
      amount: formatFen(l.amountFen),
    })),
  };
}
