// The parts of the notice fields about the people and the request: the agency (with the
// generic remedy wording when its details are missing), the applicant, the request and the reply.

import type { ApplicationState } from '../cases/index.ts';
import type { NoticeFields } from './fields.ts';
import { chineseDate, clause, deliveryText, formsText } from './format.ts';
import type { NoticeAgency, NoticeOptions } from './model.ts';

/** Generic remedy wording when agency.json does not name the bodies (README.md). */
export const GENERIC_RECONSIDERATION_BODY = '行政复议机关';
export const GENERIC_COURT = '有管辖权的人民法院';

export function agencyFields(agency: NoticeAgency): NoticeFields['agency'] {
  return {
    name: agency.name,
    address: agency.address ?? '',
    postcode: agency.postcode ?? '',
    phone: agency.phone ?? '',
    contact: agency.contact ?? '',
    email: agency.email ?? '',
    reconsiderationBody: agency.reconsiderationBody ?? GENERIC_RECONSIDERATION_BODY,
    court: agency.court ?? GENERIC_COURT,
    feePayment: clause(agency.feePayment),
    contactLine: [
      ['联系人', agency.contact],
      ['联系电话', agency.phone],
      ['电子邮箱', agency.email],
      ['通信地址', agency.address],
      ['邮政编码', agency.postcode],
    ]
      .flatMap(([label, value]) => (value ? [`${label}：${value}`] : []))
      .join('；'),
  };
}

export function fallbacksOf(agency: NoticeAgency): Record<string, string> {
  const out: Record<string, string> = {};
  if (!agency.reconsiderationBody)
    out['agency.reconsiderationBody'] =
      `机关信息未载明行政复议机关（agency.json 的 reconsiderationBody），救济途径写作“${GENERIC_RECONSIDERATION_BODY}”`;
  if (!agency.court)
    out['agency.court'] = `机关信息未载明人民法院（agency.json 的 court），救济途径写作“${GENERIC_COURT}”`;
  return out;
}

export function applicantFields(state: ApplicationState): NoticeFields['applicant'] {
  const isOrganisation = state.applicant.type !== 'naturalPerson';
  return {
    name: state.applicant.name,
    representative: state.applicant.representative ?? '',
    isOrganisation,
    you: isOrganisation ? '你单位' : '您',
  };
}

export function requestFields(state: ApplicationState): NoticeFields['request'] {
  const r = state.request;
  const what = r.title || r.description;
  const number = r.documentNumber ? `（文号：${r.documentNumber}）` : '';
  return {
    number: state.id,
    title: r.title ?? '',
    documentNumber: r.documentNumber ?? '',
    description: r.description ?? '',
    summary: what ? `“${what}”${number}` : number ? `文号为${r.documentNumber}的文件` : '相关政府信息',
    receiptDate: chineseDate(state.receiptDate),
    forms: formsText(r.forms),
    delivery: deliveryText(r.delivery),
  };
}

export function replyFields(state: ApplicationState, options: NoticeOptions): NoticeFields['reply'] {
  const r = state.reply;
  return {
    date: chineseDate(r?.at ?? ''),
    forms: formsText(r?.forms ?? []),
    note: clause(r?.note),
    recordedBasis: r?.legalBasis ?? '',
    publishedAt: clause(options.publishedAt),
    responsibleAgency: clause(options.responsibleAgency),
    responsibleContact: clause(options.responsibleContact),
    withdrawalReason: clause(state.withdrawal?.reason),
  };
}
