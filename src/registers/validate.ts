// Validation of one record, returning what is wrong as data (Chinese messages), never throwing.
// Used for records typed in (create/update) and for every row of an import.

import { isIsoDate } from '../calendar/index.ts';
import {
  CASE_KIND_CHOICES,
  CASE_RESULT_CHOICES,
  DECISION_CATEGORY_CHOICES,
  DOCUMENT_KINDS,
} from './columns.ts';
import type {
  AdministrativeFee,
  DecisionCount,
  RegisterKind,
  RegisterRecord,
  RegulatoryDocument,
  ReviewCase,
} from './records.ts';

/** Something wrong with a record: the field (record key) when it is one field's fault. */
export interface RecordIssue {
  field?: string;
  message: string;
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

export function validateRecord<K extends RegisterKind>(kind: K, record: RegisterRecord<K>): RecordIssue[] {
  switch (kind) {
    case 'documents':
      return validateDocument(record as RegulatoryDocument);
    case 'decisions':
      return validateDecision(record as DecisionCount);
    case 'fees':
      return validateFee(record as AdministrativeFee);
    default:
      return validateCase(record as ReviewCase);
  }
}

export function validateDocument(d: RegulatoryDocument): RecordIssue[] {
  const issues = [
    ...nonEmpty(d, 'id', '编号'),
    ...oneOf(d, 'kind', '类别', DOCUMENT_KINDS),
    ...nonEmpty(d, 'title', '名称'),
    ...nonEmpty(d, 'documentNumber', '文号'),
    ...dateField(d, 'issuedOn', '印发日期', true),
    ...dateField(d, 'repealedOn', '废止日期', false),
  ];
  if (issues.length === 0 && d.repealedOn !== undefined && d.repealedOn < d.issuedOn)
    issues.push({ field: 'repealedOn', message: `废止日期 ${d.repealedOn} 早于印发日期 ${d.issuedOn}` });
  return issues;
}

export function validateDecision(d: DecisionCount): RecordIssue[] {
  const issues = [...oneOf(d, 'category', '类别', DECISION_CATEGORY_CHOICES), ...periodField(d.period)];
  if (!Number.isSafeInteger(d.count) || d.count < 0)
    issues.push({ field: 'count', message: `数量应为 0 或正整数，收到：${String(d.count)}` });
  return [...issues, ...nonEmpty(d, 'source', '来源')];
}

export function validateFee(f: AdministrativeFee): RecordIssue[] {
  const issues = [...nonEmpty(f, 'item', '收费项目'), ...periodField(f.period)];
  if (!Number.isSafeInteger(f.amountFen) || f.amountFen < 0)
    issues.push({ field: 'amountFen', message: `金额应为不小于 0 的整数分，收到：${String(f.amountFen)}` });
  return issues;
}

/** A case is concluded exactly when it has a 审结日期; then, and only then, it has a result. */
export function validateCase(c: ReviewCase): RecordIssue[] {
  const issues = [
    ...nonEmpty(c, 'id', '编号'),
    ...oneOf(c, 'kind', '类别', CASE_KIND_CHOICES),
    ...dateField(c, 'filedOn', '提起日期', true),
    ...dateField(c, 'concludedOn', '审结日期', false),
  ];
  if (c.result !== undefined) issues.push(...oneOf(c, 'result', '结果', CASE_RESULT_CHOICES));
  if (typeof c.note !== 'string') issues.push({ field: 'note', message: '备注应为文字（可为空）' });
  if (issues.length > 0) return issues;
  if (c.concludedOn !== undefined && c.concludedOn < c.filedOn)
    issues.push({ field: 'concludedOn', message: `审结日期 ${c.concludedOn} 早于提起日期 ${c.filedOn}` });
  if (c.concludedOn !== undefined && c.result === undefined)
    issues.push({ field: 'result', message: '已审结的案件须填写结果（维持、纠正或其他）' });
  if (c.concludedOn === undefined && c.result !== undefined)
    issues.push({ field: 'result', message: '尚未审结的案件不能填写结果：请填写审结日期，或清空结果' });
  return issues;
}

/**
 * What a record claims has happened after `today` (a valid record only): a document issued, a
 * case filed or concluded, or a period (a month, or a year) that has not begun. Such a record
 * would count in a yearly table before it is true. A 废止日期 may lie ahead: a document's
 * expiry is often fixed when it is issued.
 */
export function futureIssues<K extends RegisterKind>(
  kind: K,
  record: RegisterRecord<K>,
  today: string,
): RecordIssue[] {
  const late = (field: string, label: string, date: string | undefined): RecordIssue[] =>
    date !== undefined && date > today
      ? [{ field, message: `${label} ${date} 晚于今天（${today}），不能登记尚未发生的事项` }]
      : [];
  switch (kind) {
    case 'documents':
      return late('issuedOn', '印发日期', (record as RegulatoryDocument).issuedOn);
    case 'cases': {
      const c = record as ReviewCase;
      return [...late('filedOn', '提起日期', c.filedOn), ...late('concludedOn', '审结日期', c.concludedOn)];
    }
    default: {
      const { period } = record as DecisionCount | AdministrativeFee;
      if (period <= today.slice(0, period.length)) return [];
      return [
        {
          field: 'period',
          message: `期间 ${period} 尚未开始（今天是${today}），不能登记尚未发生的数量或金额`,
        },
      ];
    }
  }
}

/** 'YYYY' or 'YYYY-MM' with a month 01–12. */
export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

function periodField(period: unknown): RecordIssue[] {
  if (typeof period === 'string' && isPeriod(period)) return [];
  return [{ field: 'period', message: `期间应为 YYYY（全年）或 YYYY-MM（月份），收到：“${String(period)}”` }];
}

function nonEmpty<T extends object>(record: T, field: keyof T & string, label: string): RecordIssue[] {
  const value = record[field];
  return typeof value === 'string' && value.trim() !== '' ? [] : [{ field, message: `${label}不能为空` }];
}

function oneOf<T extends object>(
  record: T,
  field: keyof T & string,
  label: string,
  choices: readonly { key: string; label: string }[],
): RecordIssue[] {
  const value = record[field];
  if (choices.some((c) => c.key === value)) return [];
  return [
    { field, message: `${label}“${String(value)}”无效，可选：${choices.map((c) => c.label).join('、')}` },
  ];
}

function dateField<T extends object>(
  record: T,
  field: keyof T & string,
  label: string,
  required: boolean,
): RecordIssue[] {
  const value = record[field];
  if (value === undefined && !required) return [];
  if (typeof value === 'string' && isIsoDate(value)) return [];
  return [{ field, message: `${label}应为 YYYY-MM-DD 格式的有效日期，收到：“${String(value ?? '')}”` }];
}
