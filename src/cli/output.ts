// How results are printed: Chinese text for people, CSV one row per cell, JSON for machines.
import type { Finding } from '../check/index.ts';
import type { AnnualReport, CellProvenance, SourceLoc } from '../report/annual-report.ts';
import { TEMPLATES } from '../report/template.ts';

const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示' } as const;

export function describeLoc(loc: SourceLoc | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(`第${loc.page}页`);
  if (loc.line !== undefined) parts.push(`第${loc.line}行`);
  return parts.join('');
}

/** The source location of the cell a finding is about, when the report knows it. */
function findingLoc(report: AnnualReport, f: Finding): string {
  const w = f.where;
  if (w.loc) return describeLoc(w.loc);
  const table = w.part as 'table2' | 'table3' | 'table4';
  if (!['table2', 'table3', 'table4'].includes(table) || !w.row) return '';
  const row = report.provenance[table][w.row];
  const cell = row?.[w.column ?? ''] ?? Object.values(row ?? {}).find((c) => c.loc);
  return describeLoc(cell?.loc);
}

export function formatFindings(report: AnnualReport, withInfo: boolean): string[] {
  return report.findings
    .filter((f) => withInfo || f.severity !== 'info')
    .map((f) => {
      const loc = findingLoc(report, f);
      return `  [${SEVERITY_NAME[f.severity]}] ${f.message}${loc ? `（${loc}）` : ''}  〔${f.rule}〕`;
    });
}

export function reportHeading(report: AnnualReport): string {
  const agency = report.agency ?? '（未识别出机关名称）';
  const year = report.year === null ? '（未识别出年度）' : `${report.year}年度`;
  return `  ${agency} · ${year} · ${report.template}年版模板`;
}

/** A plain-text rendering of the three tables, for `gongkai parse` without --json. */
export function formatTables(report: AnnualReport): string[] {
  const t = TEMPLATES[report.template];
  const cell = (v: number | string | null) => (v === null ? '?' : String(v));
  const lines = [reportHeading(report).trim(), '', '表二 主动公开政府信息情况'];
  for (const row of t.table2) {
    const vals = row.columns.map((c) => `${c.label} ${cell(report.table2[row.key]?.[c.key] ?? null)}`);
    lines.push(`  ${row.label}：${vals.join('，')}`);
  }
  lines.push('', `表三 收到和处理政府信息公开申请情况（${t.table3Columns.map((c) => c.label).join(' / ')}）`);
  for (const row of t.table3Rows) {
    const vals = t.table3Columns.map((c) => cell(report.table3[row.key]?.[c.key] ?? null).padStart(4));
    lines.push(`  ${vals.join(' ')}  ${row.number ?? ''}${row.label.replace(/（区分处理的.*）$/, '')}`);
  }
  lines.push('', '表四 行政复议、行政诉讼情况（结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计）');
  for (const g of t.table4Groups) {
    const vals = t.table4Columns.map((c) => cell(report.table4[g.key][c.key]).padStart(4));
    lines.push(`  ${vals.join(' ')}  ${g.group ? `${g.group}·` : ''}${g.label}`);
  }
  lines.push('', `部分：${report.sections.map((s) => `${s.number}、${s.title}`).join('；') || '（未识别）'}`);
  return lines;
}

const CSV_HEADER = ['file', 'table', 'row', 'column', 'value', 'status', 'raw', 'location', 'note'];

/** One row per cell of tables 2, 3 and 4. */
export function toCsvRows(report: AnnualReport, file: string): string[] {
  const rows: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const [rowKey, cols] of Object.entries(report[table] as Record<string, Record<string, unknown>>)) {
      for (const [col, value] of Object.entries(cols)) {
        const p: CellProvenance | undefined = report.provenance[table][rowKey]?.[col];
        rows.push(
          csvLine([
            file,
            table,
            rowKey,
            col,
            value === null ? '' : String(value),
            p?.status ?? '',
            p?.raw ?? '',
            describeLoc(p?.loc),
            p?.reason ?? '',
          ]),
        );
      }
    }
  }
  return rows;
}

export function csvHeader(): string {
  return csvLine(CSV_HEADER);
}

function csvLine(fields: string[]): string {
  return fields.map((f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}
