import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { sectionMissing } from './section-missing.rule.ts';
import { sectionNumber } from './section-number.rule.ts';
import { sectionOrder } from './section-order.rule.ts';
import { yearMismatch } from './year-mismatch.rule.ts';

describe('section rules', () => {
  it('section-missing names the missing section', () => {
    const r = blankReport();
    r.sections = r.sections.filter((s) => s.number !== '五');
    expect(sectionMissing.check(r).map((f) => f.message)).toEqual(['缺少第五部分“存在的主要问题及改进情况”']);
  });
  it('section-missing: a workbook holds the tables only, its sections are not looked for', () => {
    const r = blankReport();
    r.sections = [];
    r.provenance.source.format = 'xlsx';
    expect(sectionMissing.check(r)).toEqual([]);
    r.provenance.source.format = 'docx';
    expect(sectionMissing.check(r)).toHaveLength(6);
  });
  it('section-order reports a heading found only out of order (not as missing)', () => {
    const r = blankReport();
    r.sections = r.sections.filter((s) => s.number !== '六');
    r.provenance.sectionsOutOfOrder = ['六'];
    expect(sectionOrder.check(r)).toHaveLength(1);
    expect(sectionMissing.check(r)).toEqual([]);
  });
  it('section-number: 二 printed as 一、; (二) and 二、 both fine', () => {
    const r = blankReport();
    r.sections[1]!.printedNumber = '（二）';
    expect(sectionNumber.check(r)).toEqual([]);
    r.sections[1]!.printedNumber = '一、';
    expect(sectionNumber.check(r)).toHaveLength(1);
  });
  it('year-mismatch between title and statistics period', () => {
    const r = blankReport();
    r.provenance.years = { title: 2023, period: 2023 };
    expect(yearMismatch.check(r)).toEqual([]);
    r.provenance.years = { title: 2023, period: 2022 };
    expect(yearMismatch.check(r)[0]!.message).toBe('标题称2023年度报告，但统计时限为2022年');
  });
});
