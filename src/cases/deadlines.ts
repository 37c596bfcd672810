// Statutory deadlines, derived from the event log and the working-day calendar; never stored.
//
// Reply period (《政府信息公开条例》第三十三条): 20 working days after the receipt date, or
// after the receipt of the supplemented application when 补正 happened (第三十条); plus the
// extension (at most 20 working days, once); plus the working days spent on consultations
// (第三十二条 third party, 第三十四条 co-producing agency: "所需时间不计算在前款规定的期限内")
// and between a fee notice and payment (第四十二条, 国办函〔2020〕109号).
//
// ASSUMPTIONS (the Regulation does not say; see README.md):
// A1. A pause excludes the working days after the day it starts up to and including the day it
//     ends, (start, end]: the day of the consultation letter or fee notice still counts towards
//     the reply period, the day of the answer or payment does not (次日起算 applied to the pause
//     as to every period).
// A2. A consultation pauses the clock at most until its answer due date (15 working days): the
//     time after the third party's period has run out is not "所需时间". An open consultation
//     past its answer due date therefore no longer pauses the clock.
// A3. A fee pause lasts until payment, waiver or lapse; an open fee notice is assumed to last
//     until its payment due date (the date shown is then provisional).
// A4. The extension adds its days after the (pause-adjusted) original due date, i.e. the period
//     becomes 20 + n counted working days. Equivalent to counting n from the original due date.
// A5. Overlapping pauses (two consultations at once) are merged: a day is paused once.
// A6. A pause that starts after the due date does not move it (the agency was late already). One
//     that starts on the last day still does: that day is within the period (as an extension
//     decided on the last day), and A1 counts the day itself, so only the days after it pause.
// A7. 第三十五条 does not say whether the time the applicant takes to explain the reasons counts.
//     Assumed not (as for 补正 and consultations): the clock pauses from the request for reasons
//     to the agency's assessment, at most to the answer date it set. When the reasons are found
//     reasonable and the agency sets a later reply date (延迟答复的合理期限), that date replaces
//     the computed one if it is later; it is the agency's own decision, not a count of days.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import type { ApplicationState } from './state.ts';

/** 《政府信息公开条例》第三十三条第二款 */
export const REPLY_PERIOD_WORKING_DAYS = 20;
/** 《政府信息公开条例》第三十三条第二款: 延长的期限最长不得超过20个工作日 */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 《政府信息公开条例》第三十条 */
export const SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
/** 《政府信息公开条例》第三十二条 (third party); 第三十四条 uses the same 15 working days. */
export const CONSULTATION_WORKING_DAYS = 15;

export type PauseKind = 'thirdParty' | 'coProducer' | 'fee' | 'reasons';

export interface Pause {
  kind: PauseKind;
  /** Chinese label for explanations, e.g. '征求第三方（某公司）意见'. */
  label: string;
  /** The day the pause starts (still counted, A1). */
  from: IsoDate;
  /** The last paused day boundary: days in (from, to] are not counted. */
  to: IsoDate;
  /** Still open: `to` is its longest possible end (A2, A3). */
  open: boolean;
}

export interface ReplyDeadline {
  start: IsoDate;
  startBasis: string;
  baseDays: number;
  extensionDays: number;
  /** Pauses in date order, merged where they overlap (A5), with their paused working days. */
  pauses: (Pause & { workingDays: number })[];
  dueDate: IsoDate;
  /** True while a fee notice is open: the date assumes the pause runs to the payment due date. */
  provisional: boolean;
  /** 第三十五条: the later reply date set by the agency, when it replaced the computed one (A7). */
  delayedTo?: IsoDate;
}

export interface Deadlines {
  /** 第三十条: a 补正 notice is due within 7 working days of receipt. */
  supplementNoticeDue: IsoDate;
  /** Reply deadline; null while the clock has not started (awaiting 补正) or after a 补正 lapse. */
  reply: ReplyDeadline | null;
}

export function deadlines(state: ApplicationState, calendar: WorkingCalendar): Deadlines {
  return {
    supplementNoticeDue: calendar.addWorkingDays(state.receiptDate, SUPPLEMENT_NOTICE_WORKING_DAYS),
    reply: replyDeadline(state, calendar),
  };
}

export function replyDeadline(state: ApplicationState, calendar: WorkingCalendar): ReplyDeadline | null {
  const supplement = state.supplement;
  if (supplement && supplement.receivedOn === undefined) return null;
  const start = supplement?.receivedOn ?? state.receiptDate;
  const startBasis = supplement?.receivedOn
    ? '自收到补正后的申请之日起算（《政府信息公开条例》第三十条）'
    : `自收到申请之日起算（${state.receiptBasis}）`;
  const extensionDays = state.extension?.days ?? 0;
  let due = calendar.addWorkingDays(start, REPLY_PERIOD_WORKING_DAYS + extensionDays);
  const counted: ReplyDeadline['pauses'] = [];
  for (const pause of mergePauses(pausesOf(state))) {
    if (pause.from > due) break; // A6
    const workingDays = calendar.workingDaysBetween(pause.from, pause.to);
    if (workingDays > 0) due = calendar.addWorkingDays(due, workingDays);
    counted.push({ ...pause, workingDays });
  }
  const delayed = state.excessive?.delayedDueDate;
  return {
    start,
    startBasis,
    baseDays: REPLY_PERIOD_WORKING_DAYS,
    extensionDays,
    pauses: counted,
    dueDate: delayed !== undefined && delayed > due ? delayed : due,
    provisional: counted.some((p) => p.open && (p.kind === 'fee' || p.kind === 'reasons')),
    ...(delayed !== undefined && delayed > due ? { delayedTo: delayed } : {}),
  };
}

/** The pauses of the reply clock recorded in the state, unmerged. */
export function pausesOf(state: ApplicationState): Pause[] {
  const pauses: Pause[] = state.consultations.map((c) => {
    const end = c.endedOn !== undefined && c.endedOn < c.answerDue ? c.endedOn : c.answerDue; // A2
    const what = c.kind === 'thirdParty' ? '征求第三方' : '征求共同制作机关';
    return {
      kind: c.kind,
      label: `${what}（${c.party}）意见`,
      from: c.startedOn,
      to: end,
      open: c.endedOn === undefined,
    };
  });
  const fee = state.fee;
  if (fee) {
    const end = fee.paidOn ?? fee.waivedOn ?? fee.lapsedOn;
    pauses.push({
      kind: 'fee',
      label: '收费通知至缴费（减免）期间',
      from: fee.notice.at,
      to: end ?? fee.notice.payDue, // A3
      open: end === undefined,
    });
  }
  const excessive = state.excessive;
  if (excessive) {
    const end = excessive.assessedOn !== undefined && excessive.assessedOn < excessive.answerDue;
    pauses.push({
      kind: 'reasons',
      label: '要求申请人说明理由期间（第三十五条）',
      from: excessive.requestedOn,
      to: end ? (excessive.assessedOn as IsoDate) : excessive.answerDue, // A7
      open: excessive.assessedOn === undefined,
    });
  }
  return pauses.filter((p) => p.to > p.from);
}

/** Sorts pauses and merges overlapping ones (A5); a merged pause keeps the first one's label. */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Pause[] = [];
  for (const pause of sorted) {
    const last = merged.at(-1);
    if (last && pause.from < last.to) {
      merged[merged.length - 1] = {
        ...last,
        label: last.label === pause.label ? last.label : `${last.label}；${pause.label}`,
        to: pause.to > last.to ? pause.to : last.to,
        open: last.open || pause.open,
      };
    } else merged.push(pause);
  }
  return merged;
}
