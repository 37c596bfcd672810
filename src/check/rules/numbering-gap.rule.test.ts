import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { numberingGap } from './numbering-gap.rule.ts';

function gapsIn(text: string) {
  const r = blankReport();
  r.sections.find((s) => s.number === '五')!.text = text;
  return numberingGap.check(r).map((f) => f.message);
}

describe('numbering-gap', () => {
  it('一是 … 三是 without 二是', () => {
    expect(
      gapsIn(
        '（一）主要问题：一是信息发布不够规范。三是保障措施不够完善。（二）改进情况：一是学习；二是发放。',
      ),
    ).toEqual(['第五部分“一是”之后直接出现“三是”，缺少“二是”']);
  });
  it('（一）（三） and 1. 3. gaps; restarts at 1 are fine', () => {
    expect(gapsIn('（一）甲。（三）乙。')).toEqual(['第五部分“（一）”之后直接出现“（三）”，缺少“（二）”']);
    expect(gapsIn('1.甲。2.乙。1.丙。3.丁。')).toEqual(['第五部分“1.”之后直接出现“3.”，缺少“2.”']);
    expect(gapsIn('一是甲；二是乙；三是丙。（一）甲（二）乙。1.2023年甲。2.乙')).toEqual([]);
  });
  it('ignores decimals and words that merely contain 是', () => {
    expect(gapsIn('阅读量达1.8万，统一是原则，3.5%的增长。')).toEqual([]);
  });
  it('items run on with 、 are items too (no false gap over them)', () => {
    expect(gapsIn('一是加强领导、二是完善制度、三是强化监督。')).toEqual([]);
    expect(gapsIn('一是加强领导、三是强化监督。')).toEqual(['第五部分“一是”之后直接出现“三是”，缺少“二是”']);
  });
});
