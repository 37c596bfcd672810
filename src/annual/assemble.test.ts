import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { narrativeClaims } from '../check/narrative-claims.ts';
import { blankReport } from '../report/blank-report.ts';
import { SECTIONS } from '../report/template.ts';
import { assembleReport, hasRecords } from './assemble.ts';
import { NO_FEES } from './facts.ts';
import { demoInput, table4With } from './test-kit.ts';

const errors = <F extends { severity: string }>(r: { findings: F[] }) =>
  r.findings.filter((f) => f.severity === 'error');
const section = (r: { sections: { number: string; text: string }[] }, n: string) =>
  r.sections.find((s) => s.number === n)!.text;

describe('assembleReport', () => {
  it('drafts a demo year with no error finding, every figure of 一 read and checked', () => {
    const input = demoInput(2025);
    const report = assembleReport(input);
    expect(errors(report)).toEqual([]);
    expect(report.sections.map((s) => `${s.printedNumber}${s.title}`)).toEqual(
      SECTIONS.map((s) => `${s.number}、${s.title}`),
    );
    const claims = Object.fromEntries(narrativeClaims(report.sections).map((c) => [c.kind, c.value]));
    expect(claims).toMatchObject({
      received: input.table3.received!.total,
      handled: input.table3.totalHandled!.total,
      noReviewCases: 0,
    });
    expect(section(report, '一')).toContain(`结转下年度继续办理${input.table3.carriedForward!.total}件`);
    expect(report.table3).toEqual(input.table3);
  });

  it('states the fees of the year in yuan from 分, with the count', () => {
    const report = assembleReport(demoInput(2025));
    const fees = demoInput(2025).facts.fees;
    expect(fees.paid).toBeGreaterThan(0);
    expect(section(report, '六')).toBe(
      `按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共发出收费通知${fees.notices}件，共收取信息处理费${fees.collectedFen / 100}元（${fees.paid}件），减收${fees.reduced}件、免收${fees.waived}件。`,
    );
  });

  it('with the demo registers: tables 2 and 4 from them, their figures stated and checked', () => {
    const input = demoInput(2025, 1, 2025, true);
    const report = assembleReport(input);
    expect(errors(report)).toEqual([]);
    expect(report.table2).toEqual(input.table2);
    expect(report.table4).toEqual(input.table4);
    const kinds = narrativeClaims(report.sections).map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['normativeIssued', 'normativeInForce']));
    expect(kinds.some((k) => k === 'reconsideration' || k === 'noReviewCases')).toBe(true);
  });

  it('the next year: carried over and handled, no new application', () => {
    const input = demoInput(2026, 1, 2025);
    const report = assembleReport(input);
    expect(errors(report)).toEqual([]);
    expect(section(report, '一')).toContain(
      `本年度未收到政府信息公开申请，上年结转${input.table3.carriedOver!.total}件，办结${input.table3.totalHandled!.total}件。`,
    );
    expect(narrativeClaims(report.sections).map((c) => c.kind)).toEqual(
      expect.arrayContaining(['noApplications', 'handled']),
    );
  });

  it('a year without records says so, and has no records', () => {
    const blank = blankReport('2021', 2024);
    const input = {
      agencyName: '示例县医疗保障局',
      year: 2024,
      table2: blank.table2,
      table3: blank.table3,
      table4: blank.table4,
      facts: { fees: NO_FEES },
    };
    const report = assembleReport(input);
    expect(errors(report)).toEqual([]);
    expect(hasRecords(input)).toBe(false);
    expect(section(report, '一')).toContain('（二）依申请公开：本年度未收到政府信息公开申请。本年度未发生');
    expect(section(report, '六')).toBe(
      '按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未发出收费通知，未收取信息处理费。',
    );
  });

  it('states review cases as the checker reads them', () => {
    const input = { ...demoInput(2025), table4: table4With(2, 1, 3) };
    const report = assembleReport(input);
    expect(errors(report)).toEqual([]);
    expect(section(report, '一')).toContain('本年度因政府信息公开工作被申请行政复议2件、提起行政诉讼4件。');
    const claims = narrativeClaims(report.sections).filter((c) =>
      ['reconsideration', 'litigation'].includes(c.kind),
    );
    expect(claims.map((c) => [c.kind, c.value])).toEqual([
      ['reconsideration', 2],
      ['litigation', 4],
    ]);
    // The same sentence against a table 4 it contradicts is caught.
    const other = assembleReport({ ...input, table4: table4With(1, 1, 3) });
    const tampered = { ...other, sections: report.sections };
    expect(errors({ findings: checkReport(tampered) }).map((f) => f.rule)).toEqual(['text-table-mismatch']);
  });

  it('uses the 2019 template for 2020, grouping other handling in one row', () => {
    const input = demoInput(2020);
    const report = assembleReport(input);
    expect(report.template).toBe('2019');
    expect(errors(report)).toEqual([]);
    expect(section(report, '一')).toContain('其他处理');
    expect(section(report, '六')).not.toContain('109号');
  });

  it('states proactive disclosure only when it is recorded', () => {
    const input = demoInput(2025);
    expect(section(assembleReport(input), '一')).toMatch(
      /^（一）主动公开：本年度未制发行政规范性文件，现行有效的行政规范性文件0件。【待填写：[^\d]*】\n/,
    );
    const recorded = {
      ...input,
      facts: {
        ...input.facts,
        proactive: {
          published: 96,
          channels: [
            { channel: '政府网站', count: 60 },
            { channel: '政务新媒体', count: 36 },
          ],
        },
      },
    };
    expect(section(assembleReport(recorded), '一')).toMatch(
      /^（一）主动公开：本年度未制发行政规范性文件，现行有效的行政规范性文件0件。本年度主动公开政府信息96条，其中政府网站60条、政务新媒体36条。\n/,
    );
  });

  it('fills provenance as a generated report', () => {
    const report = assembleReport(demoInput(2025));
    expect(report.provenance.source).toEqual({ format: 'generated' });
    expect(report.provenance.years).toEqual({ title: 2025, period: 2025 });
    expect(report.provenance.template?.raw).toBe('国办公开办函〔2021〕30号');
    expect(report.provenance.notes[0]).toContain('由本机关的记录生成');
  });

  it('refuses tables of the other template (a bug of the caller)', () => {
    const input = demoInput(2025);
    expect(() => assembleReport({ ...input, year: 2020 })).toThrow(/2019 template/);
  });
});
