// The reporting year stated consistently by the title and the statistics period.
import { defineRule } from '../rule.ts';

export const yearMismatch = defineRule({
  id: 'year-mismatch',
  severity: 'error',
  description: '标题中的报告年度与统计时限的年度不一致',
  check(report) {
    const { title, period } = report.provenance.years;
    if (title === undefined || period === undefined || title === period) return [];
    return [
      {
        message: `标题称${title}年度报告，但统计时限为${period}年`,
        where: { part: 'title' },
      },
    ];
  },
});
