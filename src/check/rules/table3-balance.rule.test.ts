import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { table3Balance } from './table3-balance.rule.ts';

describe('table3-balance', () => {
  it('passes a balanced table and flags the column that does not balance', () => {
    const r = blankReport();
    expect(table3Balance.check(r)).toEqual([]);
    r.table3.received!.other = 1;
    const [f] = table3Balance.check(r);
    expect(f!.message).toBe('表三 第一项加第二项之和 ≠ 第三项加第四项之和（其他列：1+0 ≠ 0+0）');
    expect(f!.where).toEqual({ part: 'table3', column: 'other' });
  });
  it('does not judge a column with an unreadable cell', () => {
    const r = blankReport();
    r.table3.received!.total = 5;
    r.table3.carriedForward!.total = null;
    expect(table3Balance.check(r)).toEqual([]);
  });
});
