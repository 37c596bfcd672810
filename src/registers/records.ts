// The records of the four registers behind table 2 and table 4 of the yearly report: figures that
// do not come from disclosure applications. Dates are ISO 'YYYY-MM-DD'; amounts are integer 分.

/** The four registers, by their command-line names. */
export const REGISTER_KINDS = ['documents', 'decisions', 'fees', 'cases'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** 规章 or 行政规范性文件: 《政府信息公开条例》第二十条第（一）项. */
export type DocumentKind = 'rule' | 'normativeDocument';

export interface RegulatoryDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** 文号, e.g. '延医保发〔2024〕3号'. */
  documentNumber: string;
  /** 印发日期. */
  issuedOn: string;
  /** 废止（失效）日期, absent while in force. */
  repealedOn?: string;
}

/**
 * The kinds of decision the template counts: 行政许可, 其他对外管理服务事项 (第二十条第（五）项),
 * 行政处罚, 行政强制 (第二十条第（六）项).
 */
export const DECISION_CATEGORIES = ['licensing', 'penalty', 'enforcement', 'otherManagement'] as const;
export type DecisionCategory = (typeof DECISION_CATEGORIES)[number];

/** 'YYYY' (a whole year's total) or 'YYYY-MM' (one month). */
export type Period = string;

export interface DecisionCount {
  category: DecisionCategory;
  period: Period;
  /** Number of decisions made in the period, a whole number ≥ 0. */
  count: number;
  /** Where the figure comes from, e.g. '省行政执法信息平台'. */
  source: string;
}

/** 行政事业性收费 collected under one item in a period (第二十条第（八）项). */
export interface AdministrativeFee {
  item: string;
  period: Period;
  /** Integer 分: exact, never a float of 元. */
  amountFen: number;
}

export const CASE_KINDS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type ReviewCaseKind = (typeof CASE_KINDS)[number];

export const CASE_RESULTS = ['upheld', 'corrected', 'other'] as const;
export type ReviewCaseResult = (typeof CASE_RESULTS)[number];

/** 行政复议 or 行政诉讼 over the agency's disclosure work (table 4). */
export interface ReviewCase {
  id: string;
  kind: ReviewCaseKind;
  /** The day the case was brought (申请复议或起诉之日, as the agency learns it). */
  filedOn: string;
  /** 审结日期; absent while pending. */
  concludedOn?: string;
  /** Required exactly when concluded. */
  result?: ReviewCaseResult;
  note: string;
}

/** The record type of each register. */
export interface RegisterRecords {
  documents: RegulatoryDocument;
  decisions: DecisionCount;
  fees: AdministrativeFee;
  cases: ReviewCase;
}

export type RegisterRecord<K extends RegisterKind = RegisterKind> = RegisterRecords[K];

/** Every register of one agency, as table 2 and table 4 read them. */
export interface RegisterSet {
  documents: readonly RegulatoryDocument[];
  decisions: readonly DecisionCount[];
  fees: readonly AdministrativeFee[];
}

/**
 * The identity of a record within its register and agency: the 编号 of documents and cases; for
 * decisions and fees, which have none, the category (item) and period — one figure per period.
 */
export function recordKey<K extends RegisterKind>(kind: K, record: RegisterRecord<K>): string {
  switch (kind) {
    case 'decisions': {
      const d = record as DecisionCount;
      return `${d.category}/${d.period}`;
    }
    case 'fees': {
      const f = record as AdministrativeFee;
      return `${f.item}/${f.period}`;
    }
    default:
      return (record as RegulatoryDocument | ReviewCase).id;
  }
}

/** The year of a period ('2024' or '2024-03' → 2024). */
export function periodYear(period: Period): number {
  return Number(period.slice(0, 4));
}

export function isYearlyPeriod(period: Period): boolean {
  return period.length === 4;
}
