// The six sections in the template's order.
import { SECTIONS } from '../../report/template.ts';
import { defineRule } from '../rule.ts';

export const sectionOrder = defineRule({
  id: 'section-order',
  severity: 'warning',
  description: '六个部分的顺序与模板不一致',
  check(report) {
    return report.provenance.sectionsOutOfOrder.map((n) => {
      const s = SECTIONS.find((x) => x.number === n);
      return {
        message: `第${n}部分“${s?.title ?? ''}”的位置与模板顺序不一致`,
        where: { part: 'section', section: n },
      };
    });
  },
});
