import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { blankCell } from './blank-cell.rule.ts';
import { cellCount } from './cell-count.rule.ts';
import { tableMissing } from './table-missing.rule.ts';
import { templateLabel } from './template-label.rule.ts';
import { unreadableCell } from './unreadable-cell.rule.ts';

describe('rules on how the report was read', () => {
  it("cell-count from the reader's record of extra cells", () => {
    const r = blankReport();
    r.provenance.cellCounts = { table3: { received: { expected: 7, printed: 8, dropped: 1, missing: 0 } } };
    expect(cellCount.check(r)[0]!.message).toContain('多出 1 个数字');
  });
  it('blank-cell: a blank total is a warning, other blanks a note', () => {
    const r = blankReport();
    r.provenance.table3 = {
      received: { total: { status: 'blank', raw: '' }, other: { status: 'blank', raw: '' } },
    };
    const found = blankCell.check(r);
    expect(found.map((f) => f.severity ?? 'warning')).toEqual(['warning', 'info']);
  });
  it('unreadable-cell lists null cells with the reason', () => {
    const r = blankReport();
    r.provenance.table3 = {
      received: { total: { status: 'unreadable', raw: '1', reason: '无法唯一确定：可能为 1、10' } },
    };
    expect(unreadableCell.check(r)[0]!.message).toContain('无法唯一确定');
  });
  it('unreadable-cell and cell-count name rows and columns of every table in Chinese', () => {
    const r = blankReport('2019', 2020);
    const bad = { status: 'unreadable' as const, raw: '3960181', reason: '无法唯一确定' };
    r.provenance.table2 = { licensing: { change: bad, decisions: bad } };
    r.provenance.table4 = { litigationDirect: { upheld: bad } };
    r.provenance.cellCounts = { table2: { fees: { expected: 2, printed: 3, dropped: 1, missing: 0 } } };
    expect(unreadableCell.check(r).map((f) => f.message)).toEqual([
      '表二“行政许可”本年增/减、处理决定数量无法读取：无法唯一确定',
      '表四“行政诉讼·未经复议直接起诉”结果维持无法读取：无法唯一确定',
    ]);
    expect(cellCount.check(r)[0]!.message).toMatch(/^表二“行政事业性收费”行多出 1 个数字/);
  });
  it('table-missing when a table could not be found', () => {
    const r = blankReport();
    r.provenance.table4 = {
      reconsideration: { total: { status: 'unreadable', raw: null, reason: '未找到表四的数字' } },
    };
    expect(tableMissing.check(r)).toHaveLength(1);
  });
  it('template-label: relabelled row and column, and the template version against the year', () => {
    const r = blankReport();
    r.provenance.labels = {
      table3: {
        'withheld.lawForbidden': '2.其他法律法规禁止公开',
        granted: '三、本年度办理结果（一）予以公开',
      },
      header: { table3: '申请人情况自然人法人或其他组织总计商业企业科研机构社会组织法律服务机构其他' },
    };
    const messages = templateLabel.check(r).map((f) => f.message);
    expect(messages).toEqual([
      '表三行标题“其他法律法规禁止公开”与模板“其他法律行政法规禁止公开”不一致',
      '表三列标题“社会组织”与模板“社会公益组织”不一致',
    ]);
    const old = blankReport('2019', 2023);
    expect(templateLabel.check(old)[0]!.message).toContain('应使用2021年版模板');
  });
});
