// The application as the applicant made it: who, how it arrived, what is asked for.
// 《政府信息公开条例》第二十九条 (content of an application), 第三十一条 (receipt by channel),
// 第四十三条 (help for applicants with reading, visual or hearing impairments).

import type { IsoDate } from '../calendar/index.ts';
import type { ApplicantColumnKey } from '../report/template.ts';

/** The six applicant columns of table 3: 自然人 and the five kinds of 法人或其他组织. */
export type ApplicantType = ApplicantColumnKey;

/** How the application reached the agency (第三十一条 sets the receipt date per channel). */
export type Channel =
  /** 当面提交 */
  | 'inPerson'
  /** 口头提出，工作人员代为填写 (第二十九条第一款) */
  | 'oral'
  /** 需签收的邮寄（挂号信、快递、EMS） */
  | 'registeredPost'
  /** 平常信函等无需签收的邮寄 */
  | 'ordinaryPost'
  /** 互联网渠道（在线申请平台、电子邮件） */
  | 'online'
  /** 政府信息公开工作机构的传真 */
  | 'fax';

export const CHANNELS: readonly Channel[] = [
  'inPerson',
  'oral',
  'registeredPost',
  'ordinaryPost',
  'online',
  'fax',
];

/**
 * The facts from which the receipt date follows (第三十一条). Each channel records the date
 * the law looks at; receiptDate() in receipt-date.ts turns them into the receipt date.
 */
export type ReceiptFacts =
  | { channel: 'inPerson' | 'oral'; submittedOn: IsoDate }
  | { channel: 'registeredPost'; signedForOn: IsoDate }
  | { channel: 'ordinaryPost'; arrivedOn: IsoDate; confirmedWithApplicantOn: IsoDate }
  | { channel: 'online' | 'fax'; submittedOn: IsoDate; confirmedOn: IsoDate };

export type IdentityDocumentKind =
  | 'residentIdCard'
  | 'passport'
  | 'otherPersonal'
  | 'unifiedSocialCreditCode'
  | 'otherOrganisation';

export interface IdentityDocument {
  kind: IdentityDocumentKind;
  /** Encrypted at rest by the store; the core only checks it is present. */
  number: string;
}

export interface Contact {
  phone?: string;
  address?: string;
  postcode?: string;
  email?: string;
}

export interface Applicant {
  type: ApplicantType;
  /** Name of the person, or of the organisation. */
  name: string;
  identity: IdentityDocument;
  /** For an organisation: its legal representative or the person acting for it. */
  representative?: string;
  contact: Contact;
  /** 第四十三条: the applicant needed help (reading, visual or hearing impairment). */
  assistance?: string;
}

/** The form in which the applicant wants the information (第二十九条第二款第三项). */
export type InformationForm = 'paper' | 'electronic' | 'inspection' | 'copy';
/** The way the applicant wants to obtain it. */
export type DeliveryMethod = 'post' | 'email' | 'pickup' | 'online' | 'fax';

export const INFORMATION_FORMS: readonly InformationForm[] = ['paper', 'electronic', 'inspection', 'copy'];
export const DELIVERY_METHODS: readonly DeliveryMethod[] = ['post', 'email', 'pickup', 'online', 'fax'];

export interface RequestContent {
  /** 政府信息的名称 */
  title?: string;
  /** 文号 */
  documentNumber?: string;
  /** 便于行政机关查询的其他特征性描述 */
  description?: string;
  /** Purpose, if the applicant states one (not required since the 2019 revision). */
  purpose?: string;
  forms: InformationForm[];
  delivery: DeliveryMethod;
}
