import { describe, expect, it } from 'vitest';
import { readReport } from './read-report.ts';

const report = (header: string, cell: string) =>
  readReport({
    text: [
      '某区城市管理局2023年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章 0 0 0',
      '行政规范性文件 2 1 30',
      '第二十条第（八）项',
      `信息内容 ${header}`,
      `行政事业性收费 ${cell}`,
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    ].join('\n'),
  });

describe('fees in the unit the template declares (万元)', () => {
  it('converts a number printed with 元', () => {
    const r = report('本年收费金额（单位：万元）', '3500元');
    expect(r.table2.fees!.amountWan).toBe(0.35);
    expect(r.provenance.table2.fees!.amountWan!.reason).toContain('已换算为万元');
  });
  it('converts under a header that declares 元', () => {
    expect(report('本年收费金额（单位：元）', '12000').table2.fees!.amountWan).toBe(1.2);
  });
  it('keeps 万元 as printed, with or without the unit', () => {
    expect(report('本年收费金额（单位：万元）', '0.35万元').table2.fees!.amountWan).toBe(0.35);
    expect(report('本年收费金额（单位：万\n元）', '1,234.5').table2.fees!.amountWan).toBe(1234.5);
  });
});
