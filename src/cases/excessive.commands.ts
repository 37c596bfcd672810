// Clearly excessive requests (《政府信息公开条例》第三十五条): "申请人申请公开政府信息的数量、频次
// 明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予
// 处理；行政机关认为申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定
// 延迟答复的合理期限并告知申请人。" The clock pauses while the reasons are awaited (A7 in
// deadlines.ts); the reply then follows the assessment (reply.commands.ts).

import {
  accept,
  blank,
  type CommandContext,
  type CommandResult,
  refuse,
  type StepInput,
  validDate,
} from './command.ts';
import { replyDeadline } from './deadlines.ts';
import type { ApplicationEvent, ReasonsAssessedEvent, ReasonsRequestedEvent } from './events.ts';
import { openConsultations } from './state.ts';
import { step } from './step.ts';

export interface RequestReasonsInput extends StepInput {
  grounds: string;
  /** The reasonable time for the explanation, set by the agency. */
  answerDue: string;
}

export function requestReasons(
  log: readonly ApplicationEvent[],
  input: RequestReasonsInput,
  ctx: CommandContext,
): CommandResult<ReasonsRequestedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (state.excessive)
      return refuse('already-done', `已于${state.excessive.requestedOn}要求申请人说明理由`);
    if (state.stage !== 'processing' || openConsultations(state).length > 0) {
      return refuse('wrong-stage', '补正、征求意见或收费期间不能要求说明理由，请在上述事项结束后办理');
    }
    if (blank(input.grounds))
      return refuse('missing-field', '应写明申请数量、频次明显超过合理范围的具体情况（第三十五条）');
    const answerDue = validDate(input.answerDue, '说明理由的期限');
    if (typeof answerDue !== 'string') return answerDue;
    if (answerDue <= at)
      return refuse('invalid-field', `说明理由的期限（${answerDue}）应晚于告知之日（${at}）`);
    return accept({ type: 'reasonsRequested', at, actor: input.actor, grounds: input.grounds, answerDue });
  });
}

export interface AssessReasonsInput extends StepInput {
  reasonable: boolean;
  /** Only when reasonable and the reply cannot be given in time: the later reply date. */
  delayedDueDate?: string;
  note: string;
}

export function assessReasons(
  log: readonly ApplicationEvent[],
  input: AssessReasonsInput,
  ctx: CommandContext,
): CommandResult<ReasonsAssessedEvent> {
  return step(log, input, ctx, (state, at) => {
    const excessive = state.excessive;
    if (!excessive) return refuse('wrong-stage', '尚未要求申请人说明理由');
    if (excessive.assessedOn) return refuse('already-done', `已于${excessive.assessedOn}审核申请理由`);
    if (blank(input.note)) return refuse('missing-field', '应记录申请人说明的理由（或未说明）及审核意见');
    const base = { type: 'reasonsAssessed' as const, at, actor: input.actor, note: input.note };
    if (input.delayedDueDate === undefined) return accept({ ...base, reasonable: input.reasonable });
    if (!input.reasonable)
      return refuse('not-allowed', '理由不合理的申请告知不予处理，不另定答复期限（第三十五条）');
    const delayed = validDate(input.delayedDueDate, '延迟答复的期限');
    if (typeof delayed !== 'string') return delayed;
    const due = replyDeadline(state, ctx.calendar)?.dueDate;
    if (due !== undefined && delayed <= due) {
      return refuse('invalid-field', `延迟答复的期限（${delayed}）应晚于现有的答复期限（${due}）`);
    }
    return accept({ ...base, reasonable: true, delayedDueDate: delayed });
  });
}
