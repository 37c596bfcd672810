// The report as JSON with the keys of docs/template.md: the parse result's shape, tables in
// template order so that two renderings of one report are byte-identical.
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES } from '../report/template.ts';

export function renderJson(report: AnnualReport): string {
  const t = TEMPLATES[report.template];
  const ordered: AnnualReport = {
    template: report.template,
    year: report.year,
    agency: report.agency,
    table2: inOrder(
      report.table2,
      t.table2.map((r) => r.key),
    ),
    table3: inOrder(
      report.table3,
      t.table3Rows.map((r) => r.key),
    ),
    table4: inOrder(
      report.table4,
      t.table4Groups.map((g) => g.key),
    ),
    sections: report.sections,
    findings: report.findings,
    provenance: report.provenance,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The rows of a table in template order; rows the template does not know keep their place after. */
function inOrder<T extends Record<string, unknown>>(table: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in table) out[k] = table[k];
  for (const k of Object.keys(table)) if (!(k in out)) out[k] = table[k];
  return out as T;
}
