// The six sections of the template, each present.
import { SECTIONS } from '../../report/template.ts';
import { defineRule } from '../rule.ts';

export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'warning',
  description: '缺少模板规定的六个部分之一',
  check(report) {
    // A workbook holds the tables only (one sheet each); the sections are in the published text.
    if (report.provenance.source.format === 'xlsx') return [];
    const found = new Set(report.sections.map((s) => s.number));
    const outOfOrder = new Set(report.provenance.sectionsOutOfOrder);
    return SECTIONS.filter((s) => !found.has(s.number) && !outOfOrder.has(s.number)).map((s) => ({
      message: `缺少第${s.number}部分“${s.title}”`,
      where: { part: 'section', section: s.number },
    }));
  },
});
