import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { table3OutcomeTotal } from './table3-outcome-total.rule.ts';

describe('table3-outcome-total', () => {
  it('flags a column whose outcome rows do not add up to （七）总计', () => {
    const r = blankReport();
    r.table3['withheld.processInfo']!.commercial = 2;
    r.table3.totalHandled!.commercial = 1;
    expect(table3OutcomeTotal.check(r).map((f) => f.message)).toEqual([
      '表三商业企业列：办理结果各项之和 2 ≠ （七）总计 1',
    ]);
  });
  it('uses the single （六）其他处理 row of the 2019 template', () => {
    const r = blankReport('2019', 2020);
    r.table3.otherHandling!.total = 1;
    r.table3.totalHandled!.total = 1;
    expect(table3OutcomeTotal.check(r)).toEqual([]);
  });
});
