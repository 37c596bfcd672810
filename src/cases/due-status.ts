// Deadlines at a glance: where an application stands on a given day. "Paused by law" (补正,
// fee notice, consultation) is a status of its own and is never shown as overdue.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import { replyDeadline } from './deadlines.ts';
import { type ApplicationState, openConsultations } from './state.ts';

export type DueStatusKind = 'closed' | 'paused' | 'overdue' | 'dueToday' | 'dueSoon' | 'onTrack';

/** Within this many working days the reply is "due soon" (issue 4: 3 working days). */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DueStatus {
  status: DueStatusKind;
  dueDate?: IsoDate;
  /** Working days after today up to the due date (negative when overdue). */
  workingDaysLeft?: number;
  /** Chinese, for the UI. */
  reason: string;
}

export function dueStatus(state: ApplicationState, today: IsoDate, calendar: WorkingCalendar): DueStatus {
  if (state.closure) return { status: 'closed', reason: `已于${state.closure.on}办结` };
  if (state.stage === 'awaitingSupplement' && state.supplement) {
    const lapsed = today > state.supplement.dueDate;
    return {
      status: 'paused',
      reason: lapsed
        ? `补正期限已于${state.supplement.dueDate}届满，请登记逾期未补正或收到补正材料`
        : `等待申请人补正（期限${state.supplement.dueDate}），答复期限自收到补正材料之日起重新计算（第三十条）`,
    };
  }
  if (state.stage === 'awaitingFee' && state.fee) {
    const payDue = state.fee.notice.payDue;
    return {
      status: 'paused',
      reason:
        today > payDue
          ? `缴费期限已于${payDue}届满，请登记逾期未缴费或缴费情况`
          : `等待申请人缴费（期限${payDue}），收费通知至缴费期间不计入答复期限`,
    };
  }
  const excessive = state.excessive;
  if (excessive && excessive.assessedOn === undefined) {
    return {
      status: 'paused',
      reason:
        today > excessive.answerDue
          ? `说明理由的期限已于${excessive.answerDue}届满，请登记对理由的审核意见`
          : `等待申请人说明理由（期限${excessive.answerDue}），期间不计入答复期限（第三十五条）`,
    };
  }
  const pausing = openConsultations(state).filter((c) => today <= c.answerDue);
  if (pausing.length > 0) {
    return {
      status: 'paused',
      reason: `征求意见中（${pausing.map((c) => `${c.party}，答复期限${c.answerDue}`).join('；')}），所需时间不计入答复期限（第三十二条、第三十四条）`,
    };
  }
  const deadline = replyDeadline(state, calendar);
  if (!deadline) return { status: 'paused', reason: '答复期限尚未起算' };
  const due = deadline.dueDate;
  const left = calendar.workingDaysBetween(today, due);
  if (today > due) {
    return {
      status: 'overdue',
      dueDate: due,
      workingDaysLeft: left,
      reason: `答复期限已于${due}届满，已逾期${left < 0 ? `${-left}个工作日` : ''}`,
    };
  }
  if (today === due)
    return {
      status: 'dueToday',
      dueDate: due,
      workingDaysLeft: 0,
      reason: `今日（${due}）为答复期限最后一日`,
    };
  if (left <= DUE_SOON_WORKING_DAYS) {
    return {
      status: 'dueSoon',
      dueDate: due,
      workingDaysLeft: left,
      reason: `答复期限${due}，还剩${left}个工作日`,
    };
  }
  return {
    status: 'onTrack',
    dueDate: due,
    workingDaysLeft: left,
    reason: `答复期限${due}，还剩${left}个工作日`,
  };
}
