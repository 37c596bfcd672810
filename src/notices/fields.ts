// The placeholders a template may use: one plain data shape for every kind of notice, so that a
// template can be checked when it is loaded, whatever the application. Values that do not apply
// (the fee of a notice without one) are '' or empty lists, and templates test them with {{#if}}.
// Every value is already formatted text for the reader: dates as '2025年3月5日', money as
// '700.00元'. README.md lists the fields with their meaning.

export interface FeeLineFields {
  /** '第31—100页' or '第11—30件' */
  band: string;
  /** '70页' */
  units: string;
  /** '10.00元/页' */
  unitPrice: string;
  /** '700.00元' */
  amount: string;
}

export interface NoticeFields {
  notice: { number: string; date: string };
  agency: {
    name: string;
    address: string;
    postcode: string;
    phone: string;
    contact: string;
    email: string;
    /** The configured body, or the generic '行政复议机关'. */
    reconsiderationBody: string;
    /** The configured court, or the generic '有管辖权的人民法院'. */
    court: string;
    feePayment: string;
    /** The contact details present, joined: '联系人：李某；联系电话：0000-0000000；通信地址：…'. */
    contactLine: string;
  };
  applicant: {
    name: string;
    representative: string;
    isOrganisation: boolean;
    /** How the notice addresses the applicant: '您', or '你单位' for an organisation. */
    you: string;
  };
  request: {
    /** 申请编号: the application's number in the system, for the applicant's enquiries. */
    number: string;
    title: string;
    documentNumber: string;
    description: string;
    /** Title, number and description in one phrase: '“2024年医保基金收支情况”（文号：…）'. */
    summary: string;
    receiptDate: string;
    /** Requested forms: '纸质、电子'. */
    forms: string;
    delivery: string;
  };
  /** What was decided and why: the legal-basis table (legal-basis.ts). */
  decision: {
    /** The table-3 row: '不予公开——属于国家秘密'. */
    label: string;
    reason: string;
    /** '《中华人民共和国政府信息公开条例》第十四条、第三十六条第三项' */
    basis: string;
  };
  reply: {
    date: string;
    /** Forms in which information is provided: '纸质、电子'. */
    forms: string;
    note: string;
    /** The basis the clerk recorded with the reply. */
    recordedBasis: string;
    /** 第三十六条第一项: where the information was proactively disclosed. */
    publishedAt: string;
    /** 第三十六条第五项: the agency responsible for disclosing it. */
    responsibleAgency: string;
    responsibleContact: string;
    withdrawalReason: string;
  };
  /** The receipt as registered (登记回执): nothing later changes it. */
  receipt: {
    /** The 第三十一条 rule applied, as recorded at registration. */
    basis: string;
    /** '20个工作日' (第三十三条第二款) */
    replyPeriod: string;
    /** The end of the reply period as at registration, before any 补正, pause or extension. */
    replyDueDate: string;
    /** 第三十条: the last day to ask for a 补正 (7 working days after receipt). */
    supplementNoticeDue: string;
  };
  supplement: { requestedOn: string; dueDate: string; items: string[]; receivedOn: string; lapsedOn: string };
  extension: { date: string; days: string; originalDueDate: string; newDueDate: string; reason: string };
  /** 第三十五条: the request for reasons and, when they were found reasonable, the later reply date. */
  reasons: {
    requestedOn: string;
    /** Why the requests are clearly excessive (counts, period), as recorded. */
    grounds: string;
    /** The time set for the explanation. */
    answerDue: string;
    assessedOn: string;
    /** The reply date before the later one was set, as known on the day of the assessment. */
    originalDueDate: string;
    delayedDueDate: string;
  };
  consultation: {
    party: string;
    date: string;
    /** '15个工作日' */
    answerPeriod: string;
    answeredOn: string;
    answer: string;
    /** Why it was consulted, for the applicant: '该信息的公开可能损害第三方合法权益'. */
    reason: string;
    /** The basis of this consultation: 第三十二条 or 第三十四条. */
    basis: string;
    /** 第三十三条第三款 */
    timeBasis: string;
  };
  fee: {
    date: string;
    method: string;
    quantity: string;
    rule: string;
    amount: string;
    /** '人民币柒佰元整' */
    amountInWords: string;
    payDue: string;
    lines: FeeLineFields[];
  };
}

/** A value of the shape: the kind of each placeholder, for checking templates. */
export type FieldKind = 'text' | 'flag' | 'list' | 'section';

/** One example of every field (lists hold one example item), used to check templates. */
export const FIELD_SHAPE: NoticeFields = {
  notice: { number: '', date: '' },
  agency: {
    name: '',
    address: '',
    postcode: '',
    phone: '',
    contact: '',
    email: '',
    reconsiderationBody: '',
    court: '',
    feePayment: '',
    contactLine: '',
  },
  applicant: { name: '', representative: '', isOrganisation: false, you: '' },
  request: {
    number: '',
    title: '',
    documentNumber: '',
    description: '',
    summary: '',
    receiptDate: '',
    forms: '',
    delivery: '',
  },
  decision: { label: '', reason: '', basis: '' },
  reply: {
    date: '',
    forms: '',
    note: '',
    recordedBasis: '',
    publishedAt: '',
    responsibleAgency: '',
    responsibleContact: '',
    withdrawalReason: '',
  },
  receipt: { basis: '', replyPeriod: '', replyDueDate: '', supplementNoticeDue: '' },
  supplement: { requestedOn: '', dueDate: '', items: [''], receivedOn: '', lapsedOn: '' },
  extension: { date: '', days: '', originalDueDate: '', newDueDate: '', reason: '' },
  reasons: {
    requestedOn: '',
    grounds: '',
    answerDue: '',
    assessedOn: '',
    originalDueDate: '',
    delayedDueDate: '',
  },
  consultation: {
    party: '',
    date: '',
    answerPeriod: '',
    answeredOn: '',
    answer: '',
    reason: '',
    basis: '',
    timeBasis: '',
  },
  fee: {
    date: '',
    method: '',
    quantity: '',
    rule: '',
    amount: '',
    amountInWords: '',
    payDue: '',
    lines: [{ band: '', units: '', unitPrice: '', amount: '' }],
  },
};

export function fieldKind(value: unknown): FieldKind {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'boolean') return 'flag';
  if (typeof value === 'object' && value !== null) return 'section';
  return 'text';
}

/** The names available inside `section` of `shape` (for an error message). */
export function fieldNames(shape: unknown, prefix = ''): string[] {
  if (fieldKind(shape) !== 'section') return [];
  return Object.keys(shape as object).map((k) => `${prefix}${k}`);
}
