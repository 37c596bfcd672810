// Registering an application (登记收到申请): the required content of 第二十九条 and the
// receipt date of 第三十一条.

import { APPLICANT_COLUMN_KEYS } from '../report/template.ts';
import {
  type Applicant,
  DELIVERY_METHODS,
  INFORMATION_FORMS,
  type ReceiptFacts,
  type RequestContent,
} from './application.ts';
import {
  accept,
  blank,
  type CommandContext,
  type CommandResult,
  checkDate,
  guarded,
  isRefusal,
  refuse,
} from './command.ts';
import type { ReceivedEvent } from './events.ts';
import { identityKindProblem } from './identity-number.ts';
import type { ActorId, AgencyId, ApplicationId } from './ids.ts';
import { confirmedTooEarly, receiptDate, receiptFactDates } from './receipt-date.ts';

export interface RegisterInput {
  id: ApplicationId;
  agency: AgencyId;
  actor: ActorId;
  applicant: Applicant;
  receipt: ReceiptFacts;
  request: RequestContent;
}

const RECEIPT_FACT_NAMES: Record<string, string> = {
  submittedOn: '提交日期',
  signedForOn: '签收日期',
  arrivedOn: '信函到达日期',
  confirmedWithApplicantOn: '与申请人确认日期',
  confirmedOn: '双方确认日期',
};

export function register(input: RegisterInput, ctx: CommandContext): CommandResult<ReceivedEvent> {
  const missing = missingFields(input);
  if (missing.length > 0) {
    return refuse(
      'missing-field',
      `申请缺少必填内容（《政府信息公开条例》第二十九条）：${missing.join('、')}`,
      missing,
    );
  }
  const kind = identityKindProblem(input.applicant.type, input.applicant.identity.kind);
  if (kind) return refuse('invalid-field', `申请人类型与身份证明种类不符：${kind}`);
  for (const [field, value] of Object.entries(input.receipt)) {
    if (field === 'channel') continue;
    const checked = checkDate(ctx, String(value), undefined, RECEIPT_FACT_NAMES[field] ?? field);
    if (isRefusal(checked)) return checked;
  }
  const early = confirmedTooEarly(input.receipt);
  if (early) return refuse('invalid-field', early);
  const { date, basis } = receiptDate(input.receipt);
  // The reply period runs from the receipt date: a year without holiday data cannot be counted,
  // so it is refused like every other step, not stored with a deadline nobody can compute.
  const counted = guarded(() => {
    ctx.calendar.isWorkingDay(date);
    return accept();
  });
  if (isRefusal(counted)) return counted;
  return accept({
    type: 'received',
    at: date,
    actor: input.actor,
    application: input.id,
    agency: input.agency,
    applicant: input.applicant,
    receipt: input.receipt,
    receiptBasis: basis,
    request: input.request,
  });
}

/** The missing required content, in Chinese, one entry per field. */
function missingFields({ applicant, request, receipt }: RegisterInput): string[] {
  const missing: string[] = [];
  if (!APPLICANT_COLUMN_KEYS.includes(applicant?.type)) missing.push('申请人类型');
  if (blank(applicant?.name)) missing.push('申请人姓名或者名称');
  if (blank(applicant?.identity?.number)) missing.push('身份证明');
  const contact = applicant?.contact ?? {};
  if (blank(contact.phone) && blank(contact.address) && blank(contact.email)) {
    missing.push('联系方式（电话、地址或电子邮箱至少一项）');
  }
  if (blank(request?.title) && blank(request?.documentNumber) && blank(request?.description)) {
    missing.push('申请公开的政府信息的名称、文号或者便于查询的其他特征性描述');
  }
  if (!request?.forms?.length || request.forms.some((f) => !INFORMATION_FORMS.includes(f))) {
    missing.push('申请公开的政府信息的形式要求');
  }
  if (!DELIVERY_METHODS.includes(request?.delivery)) missing.push('获取信息的方式');
  if (!receipt?.channel) missing.push('提交方式');
  else if (receiptFactDates(receipt).some((d) => blank(d))) missing.push('收到申请的相关日期（第三十一条）');
  return missing;
}
