import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { table4Total } from './table4-total.rule.ts';

describe('table4-total', () => {
  it('flags a group whose results do not add up to its total', () => {
    const r = blankReport();
    r.table4.litigationDirect.pending = 1;
    const [f] = table4Total.check(r);
    expect(f!.message).toContain('行政诉讼（未经复议直接起诉）');
    expect(f!.where.row).toBe('litigationDirect');
    r.table4.litigationDirect.total = 1;
    expect(table4Total.check(r)).toEqual([]);
  });
});
