// Rules between records: one record per identity (within the file and against the database), and
// no year of a decision category or fee item counted both as a yearly total and by months
// (the two would be added together in table 2).

import { choiceLabel, columnOf, DECISION_CATEGORY_CHOICES } from './columns.ts';
import {
  type AdministrativeFee,
  type DecisionCount,
  isYearlyPeriod,
  type Period,
  periodYear,
  type RegisterKind,
  type RegisterRecord,
  recordKey,
} from './records.ts';

/** A record with the line it came from (0 for a record typed in). */
export interface LocatedRecord<K extends RegisterKind = RegisterKind> {
  record: RegisterRecord<K>;
  line: number;
}

export interface LocatedIssue {
  line: number;
  field?: string;
  message: string;
}

/** An error of an import row: the line as the user sees it, the column title, why (Chinese). */
export interface RowError {
  line: number;
  column?: string;
  message: string;
}

export function rowError(kind: RegisterKind, issue: LocatedIssue): RowError {
  const column = issue.field === undefined ? undefined : columnOf(kind, issue.field)?.header;
  return { line: issue.line, ...(column === undefined ? {} : { column }), message: issue.message };
}

/** Issues of `incoming` records among themselves and against the `existing` ones. */
export function crossRecordIssues<K extends RegisterKind>(
  kind: K,
  incoming: readonly LocatedRecord<K>[],
  existing: readonly RegisterRecord<K>[],
): LocatedIssue[] {
  const issues = duplicateIssues(kind, incoming, existing);
  if (kind === 'decisions' || kind === 'fees') issues.push(...mixedPeriodIssues(kind, incoming, existing));
  return issues.sort((a, b) => a.line - b.line);
}

function duplicateIssues<K extends RegisterKind>(
  kind: K,
  incoming: readonly LocatedRecord<K>[],
  existing: readonly RegisterRecord<K>[],
): LocatedIssue[] {
  const stored = new Set(existing.map((r) => recordKey(kind, r)));
  const firstLine = new Map<string, number>();
  const issues: LocatedIssue[] = [];
  for (const { record, line } of incoming) {
    const key = recordKey(kind, record);
    const earlier = firstLine.get(key);
    const field = kind === 'documents' || kind === 'cases' ? 'id' : 'period';
    if (stored.has(key))
      issues.push({ line, field, message: `${describe(kind, record)}已登记，不能重复登记` });
    else if (earlier !== undefined)
      issues.push({ line, field, message: `${describe(kind, record)}与第${earlier}行重复` });
    else firstLine.set(key, line);
  }
  return issues;
}

/** What identifies a record, in words: 编号“X”, 行政处罚2024年3月的数量, 收费项目“X”2024年. */
function describe(kind: RegisterKind, record: RegisterRecord): string {
  if (kind === 'decisions') {
    const d = record as DecisionCount;
    return `${choiceLabel(DECISION_CATEGORY_CHOICES, d.category)}${periodText(d.period)}的数量`;
  }
  if (kind === 'fees') {
    const f = record as AdministrativeFee;
    return `收费项目“${f.item}”${periodText(f.period)}的金额`;
  }
  return `编号“${(record as { id: string }).id}”`;
}

type Periodic = DecisionCount | AdministrativeFee;

function mixedPeriodIssues(
  kind: 'decisions' | 'fees',
  incoming: readonly LocatedRecord[],
  existing: readonly RegisterRecord[],
): LocatedIssue[] {
  const nameOf = (r: Periodic) =>
    kind === 'decisions'
      ? choiceLabel(DECISION_CATEGORY_CHOICES, (r as DecisionCount).category)
      : `收费项目“${(r as AdministrativeFee).item}”`;
  const groupOf = (r: Periodic) => `${nameOf(r)}/${periodYear(r.period)}`;
  const all = [
    ...existing.map((record) => ({ record: record as Periodic, line: undefined as number | undefined })),
    ...incoming.map(({ record, line }) => ({ record: record as Periodic, line: line as number | undefined })),
  ];
  const issues: LocatedIssue[] = [];
  for (const { record, line } of incoming) {
    const r = record as Periodic;
    const yearly = isYearlyPeriod(r.period);
    const others = all.filter(
      (o) => o.record !== r && groupOf(o.record) === groupOf(r) && isYearlyPeriod(o.record.period) !== yearly,
    );
    if (others.length === 0) continue;
    const where = whereText(others.map((o) => o.line));
    const year = periodYear(r.period);
    const message = yearly
      ? `${nameOf(r)}${year}年的全年合计与月度数量（${where}）会重复计数：同一年只能登记一种，请删去全年合计或月度数量`
      : `${nameOf(r)}${year}年的月度数量与全年合计（${where}）会重复计数：同一年只能登记一种，请删去全年合计或月度数量`;
    issues.push({ line, field: 'period', message });
  }
  return issues;
}

/** '第3、5行', '数据库中已有', or both. */
function whereText(lines: readonly (number | undefined)[]): string {
  const inFile = [...new Set(lines.filter((l): l is number => l !== undefined && l > 0))];
  const parts = [
    ...(inFile.length > 0 ? [`第${inFile.join('、')}行`] : []),
    ...(lines.some((l) => l === undefined) ? ['数据库中已有'] : []),
  ];
  return parts.length > 0 ? parts.join('；') : '同时提交的记录中';
}

/** '2024' → '2024年', '2024-03' → '2024年3月'. */
export function periodText(period: Period): string {
  return isYearlyPeriod(period) ? `${period}年` : `${period.slice(0, 4)}年${Number(period.slice(5))}月`;
}
