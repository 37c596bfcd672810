// The yearly report assembled from the agency's own records: the tables as the store counted
// them, the six sections drafted from them (narrative.ts), the template in force for the year.
// Checked on the way out; a report assembled from consistent tables has no error finding.

import { withFindings } from '../check/index.ts';
import type { AnnualReport, Provenance, Table2, Table3, Table4 } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { type Template, templateForYear } from '../report/template.ts';
import type { ReportFacts } from './facts.ts';
import { draftTexts } from './narrative.ts';

export interface AssembleInput {
  agencyName: string;
  year: number;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  facts: ReportFacts;
}

export function assembleReport(input: AssembleInput): AnnualReport {
  const template = templateForYear(input.year);
  requireTemplateRows(template, input);
  const blank = blankReport(template.version, input.year, input.agencyName);
  const texts = draftTexts({ template, ...input });
  return withFindings({
    ...blank,
    table2: input.table2,
    table3: input.table3,
    table4: input.table4,
    sections: blank.sections.map((s) => ({ ...s, text: texts[s.number] ?? '' })),
    provenance: generatedProvenance(blank.provenance, template, input),
  });
}

/** A generated report states where its figures come from instead of where they were printed. */
function generatedProvenance(base: Provenance, template: Template, input: AssembleInput): Provenance {
  const how = '由本机关办理记录生成';
  return {
    ...base,
    source: { format: 'generated' },
    template: { raw: template.source, how: `按报告年度选用${template.version}年版模板` },
    year: { raw: String(input.year), how },
    agency: { raw: input.agencyName, how },
    years: { title: input.year, period: input.year },
    notes: [
      '本报告由本机关的记录生成：表三按依申请公开办理记录统计，表二、表四按登记簿统计，第六部分的信息处理费按收费记录统计。',
    ],
  };
}

/** Tables of another template's shape are a bug of the caller, not something to render. */
function requireTemplateRows(template: Template, input: AssembleInput): void {
  const missing = [
    ...template.table3Rows.filter((r) => !input.table3[r.key]).map((r) => `table3.${r.key}`),
    ...template.table2.filter((r) => !input.table2[r.key]).map((r) => `table2.${r.key}`),
    ...template.table4Groups.filter((g) => !input.table4[g.key]).map((g) => `table4.${g.key}`),
  ];
  if (missing.length > 0) {
    throw new Error(`tables do not fit the ${template.version} template: missing ${missing.join(', ')}`);
  }
}

/**
 * Whether the records hold anything for the year: an application in table 3, a figure in table 2
 * or 4, or a fee event. A report of nothing at all is more likely the wrong year or agency.
 */
export function hasRecords(input: AssembleInput): boolean {
  const nonZero = (v: number | string | null | undefined) =>
    typeof v === 'number' ? v !== 0 : typeof v === 'string' && !/^\s*0?\s*$/.test(v);
  const tables = [input.table2, input.table3, input.table4] as Record<string, Record<string, unknown>>[];
  const cells = tables.flatMap((t) => Object.values(t).flatMap((row) => Object.values(row)));
  const fees = input.facts.fees;
  return cells.some((v) => nonZero(v as number | string | null)) || fees.notices + fees.paid > 0;
}
