// The data of one notice: the fields its template may print, which templates may render it (from
// the most specific), the signature, and warnings about what is missing. Pure: the state, the
// agency's details, the calendar (for the reply dates some notices state) and the clerk's options in.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationState,
  type ConsultationState,
  type Disposition,
  dispositionLabel,
} from '../cases/index.ts';
import { type AgencyDetails, DEFAULT_SEAL_NOTE, documentNumber } from './agency-details.ts';
import { NoticeUnavailableError } from './errors.ts';
import type { NoticeFields } from './fields.ts';
import { chineseDate } from './format.ts';
import { consultationsFor, NOTICE_KIND_LABELS, type NoticeKind, requireAvailable } from './kinds.ts';
import {
  ALREADY_PUBLISHED,
  citation,
  DISPOSITION_BASIS,
  type LegalBasis,
  NOT_RESPONSIBLE,
  STEP_BASIS,
} from './legal-basis.ts';
import { agencyFields, applicantFields, fallbacksOf, replyFields, requestFields } from './party-sections.ts';
import {
  consultationFields,
  extensionFields,
  feeFields,
  reasonsFields,
  receiptFields,
  supplementFields,
} from './sections.ts';

/** The agency as printed: its details with a name (agency.json's, or the store's). */
export type NoticeAgency = AgencyDetails & { name: string };

export interface NoticeOptions {
  /** Needed for the reply dates the receipt, extension and delayed-reply notices state. */
  calendar: WorkingCalendar;
  /** The serial of the 文号; left blank for writing by hand when absent. */
  serial?: string | number;
  /** Which consultation, when the application has several of the kind asked for. */
  consultation?: string;
  /** 第三十六条第一项: the information was already proactively disclosed, here. */
  publishedAt?: string;
  /** 第三十六条第五项: another agency is responsible for disclosing it. */
  responsibleAgency?: string;
  responsibleContact?: string;
}

export interface NoticeModel {
  kind: NoticeKind;
  /** Template names from the most specific, e.g. ['reply.withheld.stateSecret', 'reply.withheld', 'reply']. */
  templates: string[];
  fields: NoticeFields;
  signature: { name: string; sealNote: string; date: string; isoDate: IsoDate };
  warnings: string[];
  /** Placeholders holding a generic wording because a detail is missing, with the warning to give. */
  fallbacks: Record<string, string>;
}

export function noticeModel(
  state: ApplicationState,
  kind: NoticeKind,
  agency: NoticeAgency,
  options: NoticeOptions,
): NoticeModel {
  requireAvailable(state, kind);
  const consultation = pickConsultation(state, kind, options.consultation);
  const date = noticeDate(state, kind, consultation);
  const warnings: string[] = [];
  const serial = options.serial === undefined ? undefined : String(options.serial);
  const number = documentNumber(agency, kind, date.slice(0, 4), serial);
  if (serial === undefined) warnings.push(`未指定文书序号，文号“${number}”中的序号留空，请手工填写`);
  const decision = decisionOf(state, kind, options, consultation);
  if (state.reply?.disposition === 'partiallyGranted' && kind === 'reply' && !state.reply.note)
    warnings.push('部分公开应对不予公开的部分说明理由（第三十七条），答复记录中没有说明，请在告知书中补充');
  // 第三十二条: the notice states the content and reason of the decision to disclose (the reply's
  // note, required since; a reply recorded before may lack it).
  if (kind === 'thirdPartyDisclosure' && !state.reply?.note)
    warnings.push(
      '答复记录中没有决定公开的内容和理由（第三十二条），告知书中未写明理由，请在告知书中补充后再送达第三方',
    );
  if (kind === 'reply' && state.reply?.disposition === 'notProcessed.massRepeated' && !state.excessive)
    warnings.push(
      '该申请没有要求申请人说明理由的记录（第三十五条），告知书中“经要求说明理由”的表述请核实后补充或修改',
    );
  const fields: NoticeFields = {
    notice: { number, date: chineseDate(date) },
    agency: agencyFields(agency),
    applicant: applicantFields(state),
    request: requestFields(state),
    decision,
    reply: replyFields(state, options),
    receipt: receiptFields(state, options.calendar),
    supplement: supplementFields(state),
    extension: extensionFields(state, options.calendar),
    reasons: reasonsFields(state, options.calendar),
    consultation: consultationFields(consultation),
    fee: feeFields(state),
  };
  return {
    kind,
    templates: templateNames(state, kind),
    fields,
    signature: {
      name: agency.name,
      sealNote: agency.sealNote ?? DEFAULT_SEAL_NOTE,
      date: chineseDate(date),
      isoDate: date,
    },
    warnings,
    fallbacks: fallbacksOf(agency),
  };
}

/** The template names for a notice, most specific first ('reply.withheld.stateSecret' → 'reply'). */
export function templateNames(state: ApplicationState, kind: NoticeKind): string[] {
  if (kind !== 'reply') return [kind];
  if (state.closure?.by === 'withdrawal') return ['reply.withdrawn', 'reply'];
  return replyTemplateChain(state.closure?.disposition ?? 'otherHandling.other');
}

export function replyTemplateChain(disposition: Disposition): string[] {
  const parts = disposition.split('.');
  return parts.map((_, i) => `reply.${parts.slice(0, parts.length - i).join('.')}`).concat('reply');
}

function pickConsultation(
  state: ApplicationState,
  kind: NoticeKind,
  wanted: string | undefined,
): ConsultationState | undefined {
  // A reply may tell what the third party answered (第三十二条): the last third-party consultation.
  if (kind === 'reply') return state.consultations.filter((c) => c.kind === 'thirdParty').at(-1);
  const candidates = consultationsFor(state, kind);
  if (candidates.length === 0) return undefined;
  if (wanted !== undefined) {
    const found = candidates.find((c) => c.id === wanted);
    if (found) return found;
  } else if (candidates.length === 1) return candidates[0];
  const list = candidates.map((c) => `${c.id}（${c.party}）`).join('、');
  throw new NoticeUnavailableError(
    wanted === undefined
      ? `该申请有${candidates.length}项可用于${NOTICE_KIND_LABELS[kind]}的征求意见，请指定其中一项：${list}`
      : `该申请没有编号为“${wanted}”的征求意见可用于${NOTICE_KIND_LABELS[kind]}；可选：${list}`,
  );
}

/** The notice is dated the day of the step it documents. */
function noticeDate(state: ApplicationState, kind: NoticeKind, c: ConsultationState | undefined): IsoDate {
  switch (kind) {
    case 'receipt':
      return state.receiptDate;
    case 'reply':
      return state.closure!.on;
    case 'supplement':
      return state.supplement!.requestedOn;
    case 'extension':
      return state.extension!.at;
    case 'fee':
      return state.fee!.notice.at;
    case 'reasonsRequest':
      return state.excessive!.requestedOn;
    case 'delayedReply':
      return state.excessive!.assessedOn!;
    case 'thirdPartyDisclosure':
      return state.reply!.at;
    default:
      return c!.startedOn;
  }
}

function decisionOf(
  state: ApplicationState,
  kind: NoticeKind,
  options: NoticeOptions,
  consultation: ConsultationState | undefined,
): NoticeFields['decision'] {
  const stated = (basis: LegalBasis, label: string) => ({
    label,
    reason: basis.reason,
    basis: citation(basis),
  });
  switch (kind) {
    case 'reply':
      return replyDecision(state, options);
    case 'consultationApplicant': {
      // 第三十二条 or 第三十四条 for the consultation itself, 第三十三条第三款 for the time not counted.
      const own =
        consultation?.kind === 'coProducer'
          ? STEP_BASIS.consultationCoProducer
          : STEP_BASIS.consultationThirdParty;
      const articles = [...own.articles, ...STEP_BASIS.consultationTime.articles];
      return stated({ ...STEP_BASIS.consultationTime, articles }, NOTICE_KIND_LABELS[kind]);
    }
    default:
      return stated(STEP_BASIS[kind], NOTICE_KIND_LABELS[kind]);
  }
}

function replyDecision(state: ApplicationState, options: NoticeOptions): NoticeFields['decision'] {
  const closure = state.closure!;
  if (closure.by === 'withdrawal')
    return { label: '申请人撤回申请', reason: '申请人撤回了政府信息公开申请', basis: '' };
  const disposition = closure.disposition;
  let basis = DISPOSITION_BASIS[disposition];
  if (disposition === 'granted' && options.publishedAt) basis = ALREADY_PUBLISHED;
  if (disposition === 'unableToProvide.notHeld' && options.responsibleAgency) basis = NOT_RESPONSIBLE;
  // 其他: no clause of its own; the basis recorded with the reply is what the notice cites.
  const cited = disposition === 'otherHandling.other' ? (state.reply?.legalBasis ?? '') : citation(basis);
  return { label: dispositionLabel(disposition), reason: basis.reason, basis: cited };
}
