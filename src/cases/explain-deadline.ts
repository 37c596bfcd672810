// The day-by-day calculation of the reply due date, for the UI, the CLI and the notices.

import { COUNTING_RULE, type DayInfo, type IsoDate, type WorkingCalendar } from '../calendar/index.ts';
import { addDays } from './dates.ts';
import { mergePauses, pausesOf, type ReplyDeadline, replyDeadline } from './deadlines.ts';
import { formatFen } from './fees.ts';
import { lateConfirmationLine } from './receipt-date.ts';
import type { ApplicationState } from './state.ts';

export interface DeadlineStep extends DayInfo {
  /** Counted towards the reply period. */
  counted: boolean;
  /** 1 for the first counted working day, and so on. */
  ordinal?: number;
  /** For a working day not counted: why (the pause). */
  pausedBy?: string;
}

export interface DeadlineExplanation {
  deadline: ReplyDeadline | null;
  /** Summary lines in Chinese, in the order of the calculation. */
  lines: string[];
  /** Every day after the start up to and including the due date. */
  steps: DeadlineStep[];
  rule: string;
}

export function explainReplyDeadline(
  state: ApplicationState,
  calendar: WorkingCalendar,
): DeadlineExplanation {
  const deadline = replyDeadline(state, calendar);
  const rule = `${COUNTING_RULE}；暂停期间自暂停事项发生的次日起不计，至恢复之日（含）止`;
  if (!deadline) {
    return {
      deadline,
      lines: [`申请正在补正中，答复期限自收到补正材料之日起计算（《政府信息公开条例》第三十条）`],
      steps: [],
      rule,
    };
  }
  const late = lateConfirmationLine(state.receipt, state.receiptDate);
  const lines = [
    ...(late ? [late] : []),
    `起算日：${deadline.start}，${deadline.startBasis}。`,
    `答复期限：${deadline.baseDays}个工作日（《政府信息公开条例》第三十三条第二款）。`,
  ];
  if (state.extension) {
    lines.push(
      `延期：${state.extension.days}个工作日，${state.extension.at}经${state.extension.approver}批准，理由：${state.extension.reason}（第三十三条第二款）。`,
    );
  }
  for (const p of deadline.pauses) {
    lines.push(
      `暂停：${p.label}，${p.from}次日至${p.to}${p.open ? '（尚未结束，按最长期限计）' : ''}，不计${p.workingDays}个工作日。`,
    );
  }
  if (deadline.delayedTo) {
    lines.push(`延迟答复：申请理由经审核合理，机关确定的延迟答复期限为${deadline.delayedTo}（第三十五条）。`);
  }
  if (state.fee)
    lines.push(`收费：${formatFen(state.fee.amountDueFen)}（${state.fee.notice.breakdown.rule}）。`);
  const total = deadline.baseDays + deadline.extensionDays;
  lines.push(
    `期限届满日：${deadline.dueDate}${deadline.provisional ? '（暂定，取决于缴费日期）' : ''}，为起算日之后第${total}个计入的工作日。`,
  );
  return { deadline, lines, steps: steps(state, deadline, calendar), rule };
}

function steps(state: ApplicationState, deadline: ReplyDeadline, calendar: WorkingCalendar): DeadlineStep[] {
  const pauses = mergePauses(pausesOf(state)).filter((p) => deadline.pauses.some((c) => c.from === p.from));
  const result: DeadlineStep[] = [];
  let ordinal = 0;
  for (let day: IsoDate = addDays(deadline.start, 1); day <= deadline.dueDate; day = addDays(day, 1)) {
    const info = calendar.dayInfo(day);
    const pause = pauses.find((p) => p.from < day && day <= p.to);
    if (!info.working) result.push({ ...info, counted: false });
    else if (pause)
      result.push({ ...info, counted: false, pausedBy: pause.label, label: `暂停计算（${pause.label}）` });
    else result.push({ ...info, counted: true, ordinal: ++ordinal });
  }
  return result;
}

/** The explanation as plain text: summary, then one line per day. */
export function formatDeadlineExplanation(explanation: DeadlineExplanation): string {
  const days = explanation.steps.map(
    (s) => `${s.date} ${s.weekday} ${s.counted ? `计入 第${s.ordinal}个工作日` : '不计'} ${s.label}`,
  );
  return [...explanation.lines, '', ...days, '', `计算规则：${explanation.rule}`].join('\n');
}
