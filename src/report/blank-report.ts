// An AnnualReport with every cell 0 and no text: the starting point for tests and for reports
// assembled from records.
import type { AnnualReport, Table2, Table3, Table4 } from './annual-report.ts';
import { TEMPLATES, type TemplateVersion } from './template.ts';

export function blankReport(
  version: TemplateVersion = '2021',
  year = 2023,
  agency = '示例县医疗保障局',
): AnnualReport {
  const t = TEMPLATES[version];
  const table3: Table3 = {};
  for (const row of t.table3Rows) {
    table3[row.key] = Object.fromEntries(t.table3Columns.map((c) => [c.key, 0])) as Table3[string];
  }
  const table4 = Object.fromEntries(
    t.table4Groups.map((g) => [g.key, Object.fromEntries(t.table4Columns.map((c) => [c.key, 0]))]),
  ) as Table4;
  const table2: Table2 = Object.fromEntries(
    t.table2.map((r) => [
      r.key,
      Object.fromEntries(r.columns.map((c) => [c.key, c.kind === 'text' ? '0' : 0])),
    ]),
  );
  return {
    template: version,
    year,
    agency,
    table2,
    table3,
    table4,
    sections: t.sections.map((s) => ({
      number: s.number,
      title: s.title,
      printedNumber: `${s.number}、`,
      text: '',
    })),
    findings: [],
    provenance: {
      source: { format: 'generated' },
      table2: {},
      table3: {},
      table4: {},
      labels: {},
      cellCounts: {},
      vanishingBlanks: [],
      years: {},
      sectionsOutOfOrder: [],
      notes: [],
    },
  };
}
