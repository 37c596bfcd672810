// Comparing yearly reports across agencies and years: one row of headline figures per report,
// the changes from one year to the next for each agency, and the findings that only two reports
// together reveal (last year's 结转下年度 is this year's 上年结转; the 现行有效 count of normative
// documents carries on). Pure: reports in, comparison out.
import type { Finding } from '../check/finding.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { TABLE3_COLUMNS } from '../report/template.ts';
import { type ReportFigures, reportFigures } from './figures.ts';

export interface ComparedReport {
  /** Where the report came from (a file name): how findings point at it. */
  source: string;
  report: AnnualReport;
}

export interface ComparisonRow {
  source: string;
  agency: string | null;
  year: number | null;
  template: string;
  figures: ReportFigures;
  errors: number;
  warnings: number;
}

export interface YearChange {
  agency: string;
  from: number;
  to: number;
  figure: keyof ReportFigures;
  before: number;
  after: number;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Figures of consecutive reports of the same agency that changed. */
  changes: YearChange[];
  findings: Finding[];
}

/** Figures whose year-on-year change is worth listing. */
const TRACKED: (keyof ReportFigures)[] = [
  'received',
  'totalHandled',
  'disclosureRate',
  'reconsideration',
  'litigation',
];

export function compareReports(reports: readonly ComparedReport[]): Comparison {
  const rows = reports.map(toRow);
  const figuresOf = new Map(reports.map((r, i) => [r, rows[i]!.figures]));
  const findings: Finding[] = [];
  const changes: YearChange[] = [];
  for (const [agency, own] of byAgency(reports)) {
    findings.push(...duplicates(agency, own));
    const years = [...new Map(own.map((r) => [r.report.year!, r])).values()].sort(
      (a, b) => a.report.year! - b.report.year!,
    );
    for (let i = 1; i < years.length; i++) {
      const [prev, next] = [years[i - 1]!, years[i]!];
      if (next.report.year !== prev.report.year! + 1) continue; // a gap: nothing carries over
      findings.push(...carryOver(agency, prev, next), ...normativeInForce(agency, prev, next));
      changes.push(...yearChanges(agency, prev.report.year!, figuresOf.get(prev)!, figuresOf.get(next)!));
    }
  }
  const unplaced = reports.filter((r) => agencyKey(r.report) === null || r.report.year === null);
  if (unplaced.length > 0) {
    findings.push({
      rule: 'compare-unplaced',
      severity: 'info',
      message: `${unplaced.length} 份报告未能读出机关名称或年度，未参与跨年度比对：${unplaced.map((r) => r.source).join('、')}`,
      where: { part: 'document' },
    });
  }
  return { rows, changes, findings };
}

function toRow({ source, report }: ComparedReport): ComparisonRow {
  return {
    source,
    agency: report.agency,
    year: report.year,
    template: report.template,
    figures: reportFigures(report),
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The same agency as printed in different years: white space and brackets do not make it another. */
function agencyKey(report: AnnualReport): string | null {
  if (!report.agency) return null;
  const key = report.agency.replace(/[\s()（）【】]/g, '');
  return key === '' ? null : key;
}

function byAgency(reports: readonly ComparedReport[]): Map<string, ComparedReport[]> {
  const groups = new Map<string, ComparedReport[]>();
  for (const r of reports) {
    const key = agencyKey(r.report);
    if (key === null || r.report.year === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

/** Two reports of one agency for one year: a republished or corrected report, or a mix-up. */
function duplicates(agency: string, own: ComparedReport[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<number, ComparedReport>();
  for (const r of own) {
    const first = seen.get(r.report.year!);
    if (!first) {
      seen.set(r.report.year!, r);
      continue;
    }
    const same = JSON.stringify(tables(first.report)) === JSON.stringify(tables(r.report));
    out.push({
      rule: 'compare-duplicate',
      severity: same ? 'info' : 'warning',
      message: `${agency}${r.report.year}年度有两份报告（${first.source}、${r.source}）${same ? '，表格数字相同' : '，表格数字不同：请确认哪一份是正式发布（或更正后）的版本'}`,
      where: { part: 'document' },
    });
  }
  return out;
}

const tables = (r: AnnualReport) => [r.table2, r.table3, r.table4];

/** Last year's 结转下年度继续办理 must be this year's 上年结转, column by column. */
function carryOver(agency: string, prev: ComparedReport, next: ComparedReport): Finding[] {
  const forward = prev.report.table3.carriedForward;
  const over = next.report.table3.carriedOver;
  if (!forward || !over) return [];
  const differing = TABLE3_COLUMNS.filter((c) => {
    const [a, b] = [forward[c.key], over[c.key]];
    return a !== null && b !== null && a !== b;
  });
  if (differing.length === 0) return [];
  const detail = differing
    .map((c) => `${c.group && c.key === 'other' ? '其他组织' : c.label}：${forward[c.key]} ≠ ${over[c.key]}`)
    .join('；');
  return [
    {
      rule: 'compare-carry-over',
      severity: 'error',
      message: `${agency}${prev.report.year}年度报告表三“结转下年度继续办理”与${next.report.year}年度报告“上年结转”不一致（${detail}）（${prev.source} / ${next.source}）`,
      where: { part: 'table3', row: 'carriedOver' },
    },
  ];
}

/** 现行有效 normative documents: last year's count, plus this year's issued, less repealed. */
function normativeInForce(agency: string, prev: ComparedReport, next: ComparedReport): Finding[] {
  if (prev.report.template !== '2021' || next.report.template !== '2021') return [];
  const a = prev.report.table2.normativeDocuments;
  const b = next.report.table2.normativeDocuments;
  const [before, issued, repealed, after] = [a?.inForce, b?.issued, b?.repealed, b?.inForce];
  if (![before, issued, repealed, after].every((v) => typeof v === 'number')) return [];
  const expected = (before as number) + (issued as number) - (repealed as number);
  if (expected === after) return [];
  // A warning, not an error: a clean-up of normative documents (清理) legitimately changes the
  // count outside issuing and repealing, and reports do not always say so.
  return [
    {
      rule: 'compare-in-force',
      severity: 'warning',
      message: `${agency}行政规范性文件现行有效件数前后不衔接：${prev.report.year}年末 ${before} 件，${next.report.year}年制发 ${issued} 件、废止 ${repealed} 件，应为 ${expected} 件，报告为 ${after} 件（如有文件清理，请在正文说明）`,
      where: { part: 'table2', row: 'normativeDocuments', column: 'inForce' },
    },
  ];
}

/** The tracked figures that changed from year `from` (figures `a`) to the next (`b`). */
function yearChanges(agency: string, from: number, a: ReportFigures, b: ReportFigures): YearChange[] {
  return TRACKED.flatMap((figure) => {
    const [before, after] = [a[figure], b[figure]];
    if (before === null || after === null || before === after) return [];
    return [{ agency, from, to: from + 1, figure, before, after }];
  });
}
