import { describe, expect, it } from 'vitest';
import { narrativeClaims } from '../check/narrative-claims.ts';
import { blankReport } from '../report/blank-report.ts';
import { TEMPLATES } from '../report/template.ts';
import { NO_FEES } from './facts.ts';
import { feeStatement, outcomeCounts } from './narrative.ts';

const t3 = blankReport('2021', 2024).table3;
const BASIS = '按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），';

describe('feeStatement (section 六)', () => {
  it('fees paid: the sum in yuan and the count', () => {
    const fees = { notices: 3, collectedFen: 123_456, paid: 2, reduced: 1, waived: 0 };
    expect(feeStatement(fees, 2024, t3)).toBe(
      `${BASIS}本年度共发出收费通知3件，共收取信息处理费1234.56元（2件），减收1件。`,
    );
  });

  it('notices but nothing paid', () => {
    const fees = { ...NO_FEES, notices: 2, waived: 2 };
    expect(feeStatement(fees, 2024, t3)).toBe(`${BASIS}本年度共发出收费通知2件，免收2件，未收取信息处理费。`);
  });

  it('no notice: says so only when table 3 has no lapsed fee either', () => {
    expect(feeStatement(NO_FEES, 2024, t3)).toBe(`${BASIS}本年度未发出收费通知，未收取信息处理费。`);
    const lapsed = structuredClone(t3);
    lapsed['otherHandling.feeUnpaid']!.total = 1;
    const text = feeStatement(NO_FEES, 2024, lapsed);
    expect(text).toBe(`${BASIS}本年度未收取信息处理费。`);
    expect(narrativeClaims([{ number: '六', title: '', printedNumber: '', text }])).toEqual([]);
  });

  it('years before the Measures took effect do not cite them', () => {
    expect(feeStatement(NO_FEES, 2020, blankReport('2019', 2020).table3)).toBe(
      '本年度未发出收费通知，未收取信息处理费。',
    );
  });
});

describe('outcomeCounts', () => {
  it('names the outcome groups as the template prints them', () => {
    const names = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];
    expect(outcomeCounts(t3, TEMPLATES['2021']).map((o) => o.name)).toEqual(names);
    const t2019 = blankReport('2019', 2020).table3;
    expect(outcomeCounts(t2019, TEMPLATES['2019']).map((o) => o.name)).toEqual(names);
  });
});
