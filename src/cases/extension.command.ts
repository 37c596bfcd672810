// 延期答复 (《政府信息公开条例》第三十三条第二款): where the reply cannot be given within 20
// working days, the period may be extended once, with the consent of the head of the
// disclosure office, by at most 20 working days, and the applicant is told.

import { accept, blank, type CommandContext, type CommandResult, refuse, type StepInput } from './command.ts';
import { MAX_EXTENSION_WORKING_DAYS, replyDeadline } from './deadlines.ts';
import type { ApplicationEvent, ExtendedEvent } from './events.ts';
import type { ActorId } from './ids.ts';
import { step } from './step.ts';

export interface ExtendInput extends StepInput {
  days: number;
  approver: ActorId;
  reason: string;
}

const ONCE_AND_AT_MOST_20 = '延期只能一次，且不超过20个工作日（《政府信息公开条例》第三十三条第二款）';

export function extend(
  log: readonly ApplicationEvent[],
  input: ExtendInput,
  ctx: CommandContext,
): CommandResult<ExtendedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (state.extension) return refuse('already-done', ONCE_AND_AT_MOST_20);
    if (!Number.isSafeInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_WORKING_DAYS) {
      return refuse('invalid-field', ONCE_AND_AT_MOST_20);
    }
    if (blank(input.approver))
      return refuse('missing-field', '延期须经政府信息公开工作机构负责人同意，应记录批准人');
    if (blank(input.reason)) return refuse('missing-field', '延期应写明理由');
    const deadline = replyDeadline(state, ctx.calendar);
    if (!deadline) return refuse('wrong-stage', '补正期间答复期限尚未起算，不能延期');
    // Assumption: an extension must be decided before the period runs out.
    if (at > deadline.dueDate) return refuse('too-late', `答复期限已于${deadline.dueDate}届满，不能再延期`);
    return accept({
      type: 'extended',
      at,
      actor: input.actor,
      days: input.days,
      approver: input.approver,
      reason: input.reason,
    });
  });
}
