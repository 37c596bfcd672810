import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { table3RowTotal } from './table3-row-total.rule.ts';

describe('table3-row-total', () => {
  it('flags a row whose applicant columns do not add up to its total', () => {
    const r = blankReport();
    r.table3.granted!.naturalPerson = 3;
    r.table3.granted!.total = 2;
    const found = table3RowTotal.check(r);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('（一）予以公开');
    expect(found[0]!.message).toContain('3（3+0+0+0+0+0）≠ 总计 2');
  });
  it('skips rows with a null cell', () => {
    const r = blankReport();
    r.table3.granted!.total = 2;
    r.table3.granted!.naturalPerson = null;
    expect(table3RowTotal.check(r)).toEqual([]);
  });
});
