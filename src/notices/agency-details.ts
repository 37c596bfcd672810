// The agency's own details printed on its notices, from `<noticeDir>/<agencyId>/agency.json`,
// validated once here (zod at the edge, Chinese messages). Every field is optional: without the
// file the agency's name comes from the store and the remedies use a generic wording (README.md).

import { z } from 'zod';
import { AgencyDetailsError } from './errors.ts';
import { NOTICE_KINDS, type NoticeKind } from './kinds.ts';

/** `{year}` and `{serial}` are replaced; anything else in braces is a mistake. */
const numberFormat = z
  .string()
  .refine((f) => [...f.matchAll(/\{([^}]*)\}/g)].every((m) => m[1] === 'year' || m[1] === 'serial'), {
    message: '文号格式只能使用 {year}（年份）和 {serial}（序号）两个占位符',
  });

const text = z.string().trim().min(1, { message: '不能为空字符串（不需要时请删除该字段）' });

export const agencyDetailsSchema = z.strictObject({
  /** 机关名称, as signed; default: the name in the store. */
  name: text.optional(),
  /** Printed after the name on the signature line; "" prints nothing. Default '（盖章）'. */
  sealNote: z.string().optional(),
  address: text.optional(),
  postcode: text.optional(),
  phone: text.optional(),
  /** 联系人 */
  contact: text.optional(),
  email: text.optional(),
  /** 行政复议机关: for a county department normally the county government (行政复议法第二十四条). */
  reconsiderationBody: text.optional(),
  /** 人民法院 with jurisdiction (行政诉讼法第十八条; some provinces concentrate jurisdiction). */
  court: text.optional(),
  /** 文号格式, e.g. '示医保公开〔{year}〕第{serial}号'. Default '〔{year}〕第{serial}号'. */
  documentNumber: numberFormat.optional(),
  /** A different 文号格式 for some kinds of notice. */
  documentNumberByKind: z.partialRecord(z.enum(NOTICE_KINDS), numberFormat).optional(),
  /** How to pay a fee (account, counter, online), printed on the 收费通知书. */
  feePayment: text.optional(),
});

export type AgencyDetails = z.infer<typeof agencyDetailsSchema>;

export const DEFAULT_DOCUMENT_NUMBER = '〔{year}〕第{serial}号';
export const DEFAULT_SEAL_NOTE = '（盖章）';

const FIELD_NAMES: Record<string, string> = {
  name: '机关名称',
  sealNote: '盖章提示',
  address: '通信地址',
  postcode: '邮政编码',
  phone: '联系电话',
  contact: '联系人',
  email: '电子邮箱',
  reconsiderationBody: '行政复议机关',
  court: '人民法院',
  documentNumber: '文号格式',
  documentNumberByKind: '分类文号格式',
  feePayment: '缴费方式',
};

/** Parses the text of an agency.json; `source` names the file in messages. */
export function parseAgencyDetails(json: string, source: string): AgencyDetails {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AgencyDetailsError(`机关信息文件 ${source} 不是有效的 JSON：${(error as Error).message}`);
  }
  const result = agencyDetailsSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(describeIssue);
  throw new AgencyDetailsError(
    `机关信息文件 ${source} 有误：\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.');
  const field = key ? `${key}（${FIELD_NAMES[String(issue.path[0])] ?? key}）` : '文件内容';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.path.length === 0
        ? `${field}：未知的字段 ${issue.keys.join('、')}；可用的字段：${Object.keys(FIELD_NAMES).join('、')}`
        : `${field}：未知的告知书种类 ${issue.keys.join('、')}；告知书种类应为 ${NOTICE_KINDS.join('、')} 之一`;
    case 'invalid_type':
      return issue.expected === 'object'
        ? `${field}：应为 JSON 对象 {…}`
        : `${field}：应为文本（带引号的字符串）`;
    case 'invalid_key':
    case 'invalid_value':
      return `${field}：告知书种类应为 ${NOTICE_KINDS.join('、')} 之一`;
    default:
      return `${field}：${issue.message}`;
  }
}

/** The 文号 of a notice: the agency's format with the year and the serial (blank when unknown). */
export function documentNumber(
  details: AgencyDetails,
  kind: NoticeKind,
  year: string,
  serial: string | undefined,
): string {
  const format = details.documentNumberByKind?.[kind] ?? details.documentNumber ?? DEFAULT_DOCUMENT_NUMBER;
  // Two full-width spaces leave room to write the serial by hand.
  return format.replaceAll('{year}', year).replaceAll('{serial}', serial ?? '\u3000\u3000');
}
