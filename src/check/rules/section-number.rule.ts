// A section heading numbered differently from its place in the template (二、 printed as 一、).
import { chineseNumeral } from '../../read/chinese-numeral.ts';
import { defineRule } from '../rule.ts';

export const sectionNumber = defineRule({
  id: 'section-number',
  severity: 'warning',
  description: '部分标题的编号与模板不一致（如第二部分编为“一、”）',
  check(report) {
    return report.sections.flatMap((s) => {
      const printed = /[一二三四五六七八九十]+|\d+/.exec(s.printedNumber)?.[0];
      if (!printed) return [];
      const n = /\d/.test(printed) ? Number(printed) : chineseNumeral(printed);
      if (n === null || n === chineseNumeral(s.number)) return [];
      return [
        {
          message: `第${s.number}部分“${s.title}”的标题编号为“${s.printedNumber}”，按模板应为第${s.number}部分`,
          where: { part: 'section', section: s.number, quote: `${s.printedNumber}${s.title}` },
        },
      ];
    });
  },
});
