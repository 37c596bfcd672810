// Which written notices (告知书) exist, and which of them an application can have in its present
// state: a notice documents a step that happened, so it needs that step's event.

import type { ApplicationState, ConsultationState } from '../cases/index.ts';
import { NoticeUnavailableError } from './errors.ts';

export const NOTICE_KINDS = [
  /** 登记回执: the receipt date (第三十一条) and the ordinary reply period (第三十三条第二款). */
  'receipt',
  /** The outcome (答复告知书, or the notice closing a lapsed or withdrawn application). */
  'reply',
  /** 补正告知书 (第三十条). */
  'supplement',
  /** 延期答复告知书 (第三十三条第二款). */
  'extension',
  /** 征求第三方意见书, to the third party (第三十二条). */
  'consultationThirdParty',
  /** 征求意见函, to a co-producing agency (第三十四条). */
  'consultationCoProducer',
  /** 征求意见告知书, to the applicant: the time is not counted (第三十三条第三款). */
  'consultationApplicant',
  /** 决定公开告知书, to a third party who objected (第三十二条, last sentence). */
  'thirdPartyDisclosure',
  /** 收费通知书 (第四十二条, 国办函〔2020〕109号). */
  'fee',
  /** 说明理由告知书: clearly excessive requests, the applicant is asked for reasons (第三十五条). */
  'reasonsRequest',
  /** 延迟答复告知书: reasons found reasonable, a later reply date set by the agency (第三十五条). */
  'delayedReply',
] as const;

export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  receipt: '收到申请回执',
  reply: '答复告知书',
  supplement: '补正告知书',
  extension: '延期答复告知书',
  consultationThirdParty: '征求第三方意见书',
  consultationCoProducer: '征求意见函（共同制作机关）',
  consultationApplicant: '征求意见告知书（致申请人）',
  thirdPartyDisclosure: '决定公开告知书（致第三方）',
  fee: '收费通知书',
  reasonsRequest: '说明理由告知书',
  delayedReply: '延迟答复告知书',
};

export function isNoticeKind(value: string): value is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(value);
}

export interface AvailableNotice {
  kind: NoticeKind;
  label: string;
  /** The date of the step the notice documents. */
  date: string;
  /** For the consultation notices: which consultation (an application may have several). */
  consultation?: string;
  party?: string;
}

/** The consultations a notice of `kind` can be about. */
export function consultationsFor(state: ApplicationState, kind: NoticeKind): ConsultationState[] {
  switch (kind) {
    case 'consultationThirdParty':
      return state.consultations.filter((c) => c.kind === 'thirdParty');
    case 'consultationCoProducer':
      return state.consultations.filter((c) => c.kind === 'coProducer');
    case 'consultationApplicant':
      return state.consultations;
    case 'thirdPartyDisclosure':
      return disclosedDespiteObjection(state);
    default:
      return [];
  }
}

/** 第三十二条: the agency disclosed although the third party objected. */
function disclosedDespiteObjection(state: ApplicationState): ConsultationState[] {
  const disclosed = state.reply?.disposition === 'granted' || state.reply?.disposition === 'partiallyGranted';
  return disclosed
    ? state.consultations.filter((c) => c.kind === 'thirdParty' && c.answer === 'objection')
    : [];
}

/** Every notice the application can have now, in the order of the handling. */
export function availableNotices(state: ApplicationState): AvailableNotice[] {
  const out: AvailableNotice[] = [];
  const add = (kind: NoticeKind, date: string, extra: Partial<AvailableNotice> = {}) =>
    out.push({ kind, label: NOTICE_KIND_LABELS[kind], date, ...extra });
  add('receipt', state.receiptDate);
  if (state.supplement) add('supplement', state.supplement.requestedOn);
  for (const kind of ['consultationThirdParty', 'consultationCoProducer', 'consultationApplicant'] as const) {
    for (const c of consultationsFor(state, kind))
      add(kind, c.startedOn, { consultation: c.id, party: c.party });
  }
  const reasons = state.excessive;
  if (reasons) add('reasonsRequest', reasons.requestedOn);
  if (reasons?.assessedOn && delayedReplyReason(state) === undefined) add('delayedReply', reasons.assessedOn);
  if (state.extension) add('extension', state.extension.at);
  if (state.fee) add('fee', state.fee.notice.at);
  if (state.closure) add('reply', state.closure.on);
  for (const c of consultationsFor(state, 'thirdPartyDisclosure'))
    add('thirdPartyDisclosure', state.reply?.at ?? '', { consultation: c.id, party: c.party });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Why `kind` does not apply to this application (in Chinese), or undefined when it does. */
function unavailableReason(state: ApplicationState, kind: NoticeKind): string | undefined {
  switch (kind) {
    case 'receipt':
      return undefined;
    case 'reply':
      return state.closure ? undefined : '该申请尚未答复或办结';
    case 'supplement':
      return state.supplement ? undefined : '该申请没有补正告知记录';
    case 'extension':
      return state.extension ? undefined : '该申请没有延期答复记录';
    case 'fee':
      return state.fee ? undefined : '该申请没有收费通知记录';
    case 'reasonsRequest':
      return state.excessive ? undefined : '该申请没有要求申请人说明理由（第三十五条）的记录';
    case 'delayedReply':
      return delayedReplyReason(state);
    case 'consultationThirdParty':
      return consultationsFor(state, kind).length ? undefined : '该申请没有征求第三方意见的记录';
    case 'consultationCoProducer':
      return consultationsFor(state, kind).length ? undefined : '该申请没有征求共同制作机关意见的记录';
    case 'consultationApplicant':
      return consultationsFor(state, kind).length ? undefined : '该申请没有征求意见的记录';
    case 'thirdPartyDisclosure':
      return consultationsFor(state, kind).length
        ? undefined
        : '只有第三方不同意公开而本机关决定公开（予以公开或部分公开）时，才需要书面告知第三方';
  }
}

/** 第三十五条: a later reply date is told only when the reasons were found reasonable and one was set. */
function delayedReplyReason(state: ApplicationState): string | undefined {
  const x = state.excessive;
  if (!x) return '该申请没有要求申请人说明理由（第三十五条）的记录';
  if (x.assessedOn === undefined) return '尚未登记对申请理由的审核意见';
  if (!x.reasonable) return '申请理由经审核不合理，应以答复告知书告知不予处理';
  if (x.delayedDueDate === undefined) return '申请理由经审核合理，但本机关没有确定延迟答复的期限';
  return undefined;
}

/** Throws a Chinese error listing the notices that do apply when `kind` does not. */
export function requireAvailable(state: ApplicationState, kind: NoticeKind): void {
  const reason = unavailableReason(state, kind);
  if (reason === undefined) return;
  const kinds = [...new Set(availableNotices(state).map((n) => n.kind))];
  const list = kinds.length
    ? `可以生成的告知书：${kinds.map((k) => `${k}（${NOTICE_KIND_LABELS[k]}）`).join('、')}`
    : '该申请目前没有可以生成的告知书';
  throw new NoticeUnavailableError(
    `申请“${state.id}”不能生成${NOTICE_KIND_LABELS[kind]}（${kind}）：${reason}。${list}`,
  );
}
