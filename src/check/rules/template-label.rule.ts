// Labels departing from the national template: row labels of tables 2 and 3, column headings of
// tables 3 and 4, and a template version that does not fit the reporting year.
import { compact as compactText } from '../../read/normalize.ts';
import type { AnnualReport } from '../../report/annual-report.ts';
import type { LabelDef } from '../../report/template.ts';
import { templateOf } from '../labels.ts';
import type { FindingDraft } from '../rule.ts';
import { defineRule } from '../rule.ts';

// Template labels are few and fixed: compact each once.
const compacted = new Map<string, string>();
function compact(label: string): string {
  let c = compacted.get(label);
  if (c === undefined) {
    c = compactText(label);
    compacted.set(label, c);
  }
  return c;
}

export const templateLabel = defineRule({
  id: 'template-label',
  severity: 'warning',
  description: '表格的行、列标题与国家模板不一致，或所用模板版本与报告年度不符',
  check(report) {
    const t = templateOf(report);
    return [
      ...rowLabels(report, 'table3', '表三', t.table3Rows),
      ...rowLabels(report, 'table2', '表二', t.table2),
      ...variantLabels(report, 'table3', '表三', t.table3Rows),
      ...variantLabels(report, 'table2', '表二', t.table2),
      ...headings(report.provenance.labels.header?.table3, '表三', t.table3Columns),
      ...headings(report.provenance.labels.header?.table4, '表四', [
        ...t.table4Columns,
        ...t.table4Groups,
        { key: 'litigation', label: '行政诉讼', anchors: [] },
      ]),
      ...version(report),
    ];
  },
});

/** A printed row label that contains neither the template's wording nor is empty. */
function rowLabels(
  report: AnnualReport,
  table: string,
  name: string,
  rows: readonly LabelDef[],
): FindingDraft[] {
  const printed = report.provenance.labels[table] ?? {};
  return rows.flatMap((row) => {
    const label = printed[row.key];
    if (!label || label.includes(compact(row.label)) || cutShort(label, compact(row.label))) return [];
    const variant = row.variants?.find((v) => label.includes(compact(v)));
    const shown = variant ?? label.slice(-Math.max(row.label.length + 4, 12));
    return [
      {
        message: `${name}行标题“${shown}”与模板“${row.label}”不一致`,
        where: { part: table, row: row.key, quote: shown },
      },
    ];
  });
}

/**
 * A label that PDF extraction cut before its numbers ('5.要求行政机关确认或重新出具已获取' + the
 * numbers + '信息'): its end is the start of the template's label.
 */
function cutShort(label: string, official: string): boolean {
  const min = Math.max(6, Math.ceil(official.length / 2));
  for (let k = Math.min(label.length, official.length - 1); k >= min; k--) {
    if (official.startsWith(label.slice(-k))) return true;
  }
  return false;
}

/** Free-text labels (PDF-extracted text mixes in neighbouring words): only known variants. */
function variantLabels(
  report: AnnualReport,
  table: string,
  name: string,
  rows: readonly LabelDef[],
): FindingDraft[] {
  const printed = report.provenance.labels[`${table}Text`] ?? {};
  return rows.flatMap((row) => {
    const label = printed[row.key];
    const variant =
      label && !label.includes(compact(row.label)) && row.variants?.find((v) => label.includes(compact(v)));
    return variant
      ? [
          {
            message: `${name}行标题“${variant}”与模板“${row.label}”不一致`,
            where: { part: table, row: row.key, quote: variant },
          },
        ]
      : [];
  });
}

/** Column headings: each template label must be readable (in order, perhaps broken) in the header. */
function headings(header: string | undefined, name: string, cols: readonly LabelDef[]): FindingDraft[] {
  if (!header) return [];
  return cols.flatMap((col) => {
    if (isSubsequence(compact(col.label), header)) return [];
    const variant = col.variants?.find((v) => header.includes(v));
    return [
      {
        message: variant
          ? `${name}列标题“${variant}”与模板“${col.label}”不一致`
          : `${name}表头中没有模板的列标题“${col.label}”`,
        where: {
          part: name === '表三' ? 'table3' : 'table4',
          column: col.key,
          ...(variant && { quote: variant }),
        },
      },
    ];
  });
}

function isSubsequence(needle: string, hay: string): boolean {
  let at = 0;
  for (let i = 0; i < needle.length; i++) {
    at = hay.indexOf(needle[i]!, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function version(report: AnnualReport): FindingDraft[] {
  const y = report.year;
  if (y === null) return [];
  const expected = y <= 2020 ? '2019' : '2021';
  if (report.template === expected) return [];
  return [
    {
      message: `${y}年度报告应使用${expected}年版模板，但表格按${report.template}年版模板填写`,
      where: { part: 'document' },
    },
  ];
}
