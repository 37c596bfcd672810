// Deadlines at a glance: where an application stands on a given day. "Paused by law" (补正,
// fee notice, consultation, reasons under 第三十五条) is a status of its own and is not overdue,
// but only while the pause lasts by law. A pause ends at its cap: a consultation at its 15
// working days (A2 in deadlines.ts), the reasons of 第三十五条 at the answer date the agency set
// (A7). From then on the clock runs again and the application is judged by its due date like
// any other (overdue once it has passed), with a hint to record what is missing. A pause that
// started after the due date pauses nothing (A6). A fee notice left unpaid past its payment date
// stays paused: what is owed then is no reply but recording the lapse (otherHandling.feeUnpaid).

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
  const deadline = replyDeadline(state, calendar);
  if (!deadline) return { status: 'paused', reason: '答复期限尚未起算' };
  const due = deadline.dueDate;
  // A6: only a pause that started by the due date holds the clock (one started later did not move it).
  const holds = (from: IsoDate, cap: IsoDate) => from <= due && today <= cap;
  const hints: string[] = [];
  const fee = state.stage === 'awaitingFee' ? state.fee : undefined;
  if (fee) {
    const payDue = fee.notice.payDue;
    if (fee.notice.at <= due) {
      return {
        status: 'paused',
        reason:
          today > payDue
            ? `缴费期限已于${payDue}届满，请登记逾期未缴费或缴费情况`
            : `等待申请人缴费（期限${payDue}），收费通知至缴费期间不计入答复期限`,
      };
    }
    hints.push(`收费通知于答复期限届满后发出，不暂停计时；请登记缴费或逾期未缴费情况`);
  }
  const excessive = state.excessive;
  if (excessive && excessive.assessedOn === undefined) {
    if (holds(excessive.requestedOn, excessive.answerDue)) {
      return {
        status: 'paused',
        reason: `等待申请人说明理由（期限${excessive.answerDue}），期间不计入答复期限（第三十五条）`,
      };
    }
    hints.push(
      excessive.requestedOn <= due
        ? `说明理由的期限已于${excessive.answerDue}届满，此后恢复计时；请登记对理由的审核意见（第三十五条）`
        : '要求说明理由时答复期限已届满，不暂停计时；请登记对理由的审核意见（第三十五条）',
    );
  }
  const open = openConsultations(state);
  const pausing = open.filter((c) => holds(c.startedOn, c.answerDue));
  if (pausing.length > 0) {
    return {
      status: 'paused',
      reason: `征求意见中（${pausing.map((c) => `${c.party}，答复期限${c.answerDue}`).join('；')}），所需时间不计入答复期限（第三十二条、第三十四条）`,
    };
  }
  if (open.length > 0)
    hints.push(
      `征求意见已不再暂停计时（${open.map((c) => `${c.party}，答复期限${c.answerDue}`).join('；')}），请登记征求意见的结果`,
    );
  return running(due, today, calendar, hints.length > 0 ? `；${hints.join('；')}` : '');
}

/** The status of a running clock on `today`; `hint` is appended to the reason. */
function running(due: IsoDate, today: IsoDate, calendar: WorkingCalendar, hint: string): DueStatus {
  const left = calendar.workingDaysBetween(today, due);
  if (today > due) {
    return {
      status: 'overdue',
      dueDate: due,
      workingDaysLeft: left,
      reason: `答复期限已于${due}届满，已逾期${left < 0 ? `${-left}个工作日` : ''}${hint}`,
    };
  }
  if (today === due)
    return {
      status: 'dueToday',
      dueDate: due,
      workingDaysLeft: 0,
      reason: `今日（${due}）为答复期限最后一日${hint}`,
    };
  return {
    status: left <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'onTrack',
    dueDate: due,
    workingDaysLeft: left,
    reason: `答复期限${due}，还剩${left}个工作日${hint}`,
  };
}
