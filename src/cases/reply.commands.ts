// The reply (《政府信息公开条例》第三十六条、第三十七条) with exactly one disposition, its
// delivery, and the applicant's withdrawal.

import type { DeliveryMethod, InformationForm } from './application.ts';
import { DELIVERY_METHODS, INFORMATION_FORMS } from './application.ts';
import {
  accept,
  blank,
  type CommandContext,
  type CommandResult,
  type RefusalCode,
  refuse,
  type StepInput,
} from './command.ts';
import { dispositionLabel, isDisposition, LAPSE_DISPOSITIONS } from './dispositions.ts';
import type { ApplicationEvent, DeliveredEvent, RepliedEvent, WithdrawnEvent } from './events.ts';
import { type ApplicationState, openConsultations } from './state.ts';
import { step } from './step.ts';

export interface ReplyInput extends StepInput {
  /** Validated here (untrusted text from the edge is refused, not thrown). */
  disposition: string;
  forms: InformationForm[];
  legalBasis: string;
  note?: string;
}

export function reply(
  log: readonly ApplicationEvent[],
  input: ReplyInput,
  ctx: CommandContext,
): CommandResult<RepliedEvent> {
  return step(
    log,
    input,
    ctx,
    (state, at) => {
      if (state.reply) return refuse('already-done', '已答复的申请不能再次答复');
      if (state.closure) {
        return refuse(
          'closed',
          `该申请已于${state.closure.on}办结（${dispositionLabel(state.closure.disposition)}），不能再答复`,
        );
      }
      const disposition = input.disposition;
      if (!isDisposition(disposition)) {
        return refuse('unknown-disposition', `答复结果“${disposition}”不是表三规定的办理结果之一`);
      }
      const lapseOnly = LAPSE_DISPOSITIONS[disposition];
      if (lapseOnly) return refuse('not-allowed', lapseOnly);
      if (state.stage === 'awaitingSupplement')
        return refuse('wrong-stage', '补正期间不能答复：请先登记收到补正材料或逾期未补正');
      if (state.stage === 'awaitingFee')
        return refuse('wrong-stage', '收费通知发出后，须缴费或减免后才能答复');
      if (openConsultations(state).length > 0) return refuse('wrong-stage', '征求意见尚未结束，不能答复');
      if (disposition === 'unableToProvide.unclearAfterSupplement' && !state.supplement?.receivedOn) {
        return refuse('not-allowed', '只有经过补正的申请才能答复为“补正后申请内容仍不明确”');
      }
      const reasons = reasonsRule(state.excessive, disposition);
      if (reasons) return refuse('not-allowed', reasons);
      const providesInformation = disposition === 'granted' || disposition === 'partiallyGranted';
      const thirdParty = thirdPartyRule(state, disposition, providesInformation, input.note);
      if (thirdParty) return refuse(thirdParty.code, thirdParty.reason);
      if (blank(input.legalBasis)) return refuse('missing-field', '答复应载明所依据的法律条款');
      if (input.forms.some((f) => !INFORMATION_FORMS.includes(f)))
        return refuse('invalid-field', '提供信息的形式不正确');
      const note = input.note && !blank(input.note) ? { note: input.note } : {};
      return accept({
        type: 'replied',
        at,
        actor: input.actor,
        disposition,
        forms: providesInformation ? input.forms : [],
        legalBasis: input.legalBasis,
        ...note,
      });
    },
    { allowClosed: true },
  );
}

export function deliver(
  log: readonly ApplicationEvent[],
  input: StepInput & { method: DeliveryMethod; note?: string },
  ctx: CommandContext,
): CommandResult<DeliveredEvent> {
  return step(
    log,
    input,
    ctx,
    (state, at) => {
      if (!state.reply) return refuse('wrong-stage', '尚未答复，没有可送达的答复告知书');
      if (state.delivery) return refuse('already-done', `答复告知书已于${state.delivery.at}送达`);
      if (!DELIVERY_METHODS.includes(input.method)) return refuse('invalid-field', '送达方式不正确');
      const note = input.note && !blank(input.note) ? { note: input.note } : {};
      return accept({ type: 'delivered', at, actor: input.actor, method: input.method, ...note });
    },
    { allowClosed: true },
  );
}

export function withdraw(
  log: readonly ApplicationEvent[],
  input: StepInput & { reason: string },
  ctx: CommandContext,
): CommandResult<WithdrawnEvent> {
  return step(log, input, ctx, (_state, at) => {
    if (blank(input.reason)) return refuse('missing-field', '撤回申请应记录申请人撤回的方式或理由');
    return accept({ type: 'withdrawn', at, actor: input.actor, reason: input.reason });
  });
}

/**
 * 第三十五条: once the reasons were asked for, the reply follows their assessment. Not yet
 * assessed: no reply; unreasonable: only 不予处理 (notProcessed.massRepeated); reasonable: any
 * reply but that one. A refusal message, or undefined when the disposition fits.
 */
function reasonsRule(excessive: ApplicationState['excessive'], disposition: string): string | undefined {
  if (!excessive) return undefined;
  if (excessive.assessedOn === undefined)
    return '已要求申请人说明理由，应先登记对理由的审核意见（第三十五条）';
  const massRepeated = disposition === 'notProcessed.massRepeated';
  if (!excessive.reasonable && !massRepeated)
    return '申请理由经审核不合理，应告知不予处理（无正当理由大量反复申请，第三十五条）';
  if (excessive.reasonable && massRepeated)
    return '申请理由经审核合理，不能以“无正当理由大量反复申请”不予处理';
  return undefined;
}

/**
 * The third party's answer (《政府信息公开条例》第十五条、第三十二条), or undefined when the
 * disposition fits it:
 * - 第十五条: information that would harm a third party is not disclosed, "但是，第三方同意公开
 *   …的，予以公开". When every third party consulted consented, withholding on their behalf
 *   (withheld.thirdPartyRights) is refused. One that objected or did not answer (then the agency
 *   decides, 第三十二条) leaves that ground open.
 * - 第三十二条: disclosing over a third party's objection (the agency finds that not disclosing
 *   would seriously affect the public interest) requires a written notice to the third party
 *   stating "决定公开的政府信息内容和理由". The reply's note is that reason: it is required,
 *   and the thirdPartyDisclosure notice prints it.
 */
function thirdPartyRule(
  state: ApplicationState,
  disposition: string,
  providesInformation: boolean,
  note: string | undefined,
): { code: RefusalCode; reason: string } | undefined {
  const answered = state.consultations.filter((c) => c.kind === 'thirdParty' && c.endedOn !== undefined);
  if (disposition === 'withheld.thirdPartyRights' && answered.length > 0) {
    if (answered.every((c) => c.answer === 'consent')) {
      const parties = answered.map((c) => `${c.party}（${c.endedOn}）`).join('、');
      return {
        code: 'not-allowed',
        reason: `第三方${parties}已同意公开，不能以保护第三方合法权益为由不予公开；第三方同意公开的，予以公开（《政府信息公开条例》第十五条）`,
      };
    }
  }
  const objected = answered.filter((c) => c.answer === 'objection');
  if (providesInformation && objected.length > 0 && blank(note)) {
    return {
      code: 'missing-field',
      reason: `第三方${objected.map((c) => c.party).join('、')}不同意公开而决定公开的，应在答复说明中写明决定公开的政府信息内容和理由（如不公开可能对公共利益造成重大影响的情况），该说明将写入致第三方的决定公开告知书（《政府信息公开条例》第三十二条）`,
    };
  }
  return undefined;
}
