// Consultations: a third party whose rights disclosure may harm (《政府信息公开条例》第三十二条,
// 15 working days to answer; silence: the agency decides) or an agency that made the
// information jointly (第三十四条, 15 working days, silence is consent). The time is not
// counted in the reply period (pause, deadlines.ts).

import { accept, blank, type CommandContext, type CommandResult, refuse, type StepInput } from './command.ts';
import { CONSULTATION_WORKING_DAYS } from './deadlines.ts';
import type {
  ApplicationEvent,
  ConsultationAnswer,
  ConsultationEndedEvent,
  ConsultationKind,
  ConsultationStartedEvent,
} from './events.ts';
import type { ConsultationId } from './ids.ts';
import { step } from './step.ts';

export interface StartConsultationInput extends StepInput {
  consultation: ConsultationId;
  kind: ConsultationKind;
  party: string;
}

export function startConsultation(
  log: readonly ApplicationEvent[],
  input: StartConsultationInput,
  ctx: CommandContext,
): CommandResult<ConsultationStartedEvent> {
  return step(log, input, ctx, (state, at) => {
    if (state.stage !== 'processing') {
      return refuse(
        'wrong-stage',
        state.stage === 'awaitingSupplement' ? '补正期间不能征求意见' : '收费通知发出后至缴费前不能征求意见',
      );
    }
    if (state.consultations.some((c) => c.id === input.consultation)) {
      return refuse('already-done', `征求意见编号${input.consultation}已存在`);
    }
    if (input.kind !== 'thirdParty' && input.kind !== 'coProducer') {
      return refuse('invalid-field', '征求意见的对象应为第三方（第三十二条）或共同制作机关（第三十四条）');
    }
    if (blank(input.party)) return refuse('missing-field', '应写明被征求意见的第三方或机关名称');
    return accept({
      type: 'consultationStarted',
      at,
      actor: input.actor,
      consultation: input.consultation,
      kind: input.kind,
      party: input.party,
      answerDue: ctx.calendar.addWorkingDays(at, CONSULTATION_WORKING_DAYS),
    });
  });
}

export interface EndConsultationInput extends StepInput {
  consultation: ConsultationId;
  answer: ConsultationAnswer;
  note?: string;
}

export function endConsultation(
  log: readonly ApplicationEvent[],
  input: EndConsultationInput,
  ctx: CommandContext,
): CommandResult<ConsultationEndedEvent> {
  return step(log, input, ctx, (state, at) => {
    const consultation = state.consultations.find((c) => c.id === input.consultation);
    if (!consultation) return refuse('invalid-field', `没有编号为${input.consultation}的征求意见`);
    if (consultation.endedOn) return refuse('already-done', `该征求意见已于${consultation.endedOn}结束`);
    if (input.answer === 'noAnswer' && at <= consultation.answerDue) {
      return refuse('too-early', `答复期限（${consultation.answerDue}）尚未届满，不能登记“逾期未答复”`);
    }
    if (input.answer === 'objection' && blank(input.note)) {
      return refuse('missing-field', '第三方不同意公开的，应记录其理由（第三十二条）');
    }
    const note = input.note && !blank(input.note) ? { note: input.note } : {};
    return accept({
      type: 'consultationEnded',
      at,
      actor: input.actor,
      consultation: input.consultation,
      answer: input.answer,
      ...note,
    });
  });
}
