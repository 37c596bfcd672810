// 补正 (《政府信息公开条例》第三十条): the agency tells the applicant once, within 7 working days
// of receipt, what to supplement and by when; the reply period then runs from the receipt of
// the supplemented application; no supplement in time without good reason: treated as
// withdrawn (otherHandling.noSupplement).

import {
  accept,
  blank,
  type CommandContext,
  type CommandResult,
  isRefusal,
  refuse,
  type StepInput,
  validDate,
} from './command.ts';
import { SUPPLEMENT_NOTICE_WORKING_DAYS } from './deadlines.ts';
import type {
  ApplicationEvent,
  SupplementLapsedEvent,
  SupplementReceivedEvent,
  SupplementRequestedEvent,
} from './events.ts';
import { step } from './step.ts';

export interface RequestSupplementInput extends StepInput {
  items: string[];
  /** The reasonable time the agency sets for the supplement. */
  dueDate: string;
}

export function requestSupplement(
  log: readonly ApplicationEvent[],
  input: RequestSupplementInput,
  ctx: CommandContext,
): CommandResult<SupplementRequestedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (state.supplement)
      return refuse('already-done', '补正告知只能发出一次（《政府信息公开条例》第三十条）');
    const started = state.consultations.length > 0 || state.extension || state.fee || state.excessive;
    if (state.stage !== 'processing' || started) {
      return refuse('wrong-stage', '已征求意见、延期、发出收费通知或要求说明理由的申请不能再要求补正');
    }
    const noticeDue = ctx.calendar.addWorkingDays(state.receiptDate, SUPPLEMENT_NOTICE_WORKING_DAYS);
    if (at > noticeDue) {
      return refuse(
        'too-late',
        `补正告知应在收到申请之日起7个工作日内发出（第三十条）：收到申请${state.receiptDate}，最迟${noticeDue}`,
      );
    }
    const items = input.items.filter((item) => !blank(item));
    if (items.length === 0) return refuse('missing-field', '补正告知应写明需要补正的事项');
    const due = validDate(input.dueDate, '补正期限');
    if (isRefusal(due)) return due;
    if (due <= at) return refuse('invalid-field', `补正期限（${due}）应晚于补正告知日期（${at}）`);
    return accept({ type: 'supplementRequested', at, actor: input.actor, items, dueDate: due });
  });
}

export interface ReceiveSupplementInput extends StepInput {
  /** Required when the supplement arrives after the due date (正当理由). */
  lateReason?: string;
}

export function receiveSupplement(
  log: readonly ApplicationEvent[],
  input: ReceiveSupplementInput,
  ctx: CommandContext,
): CommandResult<SupplementReceivedEvent> {
  return step(log, input, ctx, (state, at) => {
    const supplement = state.supplement;
    if (state.stage !== 'awaitingSupplement' || !supplement) {
      return refuse('wrong-stage', '该申请没有待补正的事项');
    }
    if (at > supplement.dueDate && blank(input.lateReason)) {
      return refuse('too-late', `补正期限已于${supplement.dueDate}届满，逾期补正须说明正当理由（第三十条）`);
    }
    const late = at > supplement.dueDate && input.lateReason ? { lateReason: input.lateReason } : {};
    return accept({ type: 'supplementReceived', at, actor: input.actor, ...late });
  });
}

export function lapseSupplement(
  log: readonly ApplicationEvent[],
  input: StepInput,
  ctx: CommandContext,
): CommandResult<SupplementLapsedEvent> {
  return step(log, input, ctx, (state, at) => {
    const supplement = state.supplement;
    if (state.stage !== 'awaitingSupplement' || !supplement) {
      return refuse('wrong-stage', '该申请没有待补正的事项');
    }
    if (at <= supplement.dueDate) {
      return refuse('too-early', `补正期限（${supplement.dueDate}）尚未届满，不能登记逾期未补正`);
    }
    return accept({ type: 'supplementLapsed', at, actor: input.actor });
  });
}
