import { describe, expect, it } from 'vitest';
import { blankReport } from '../../report/blank-report.ts';
import { textTableMismatch } from './text-table-mismatch.rule.ts';

function withText(section: string, text: string) {
  const r = blankReport();
  r.sections.find((s) => s.number === section)!.text = text;
  return r;
}

describe('text-table-mismatch', () => {
  it('"未收到申请" against a table that counts one', () => {
    const r = withText('六', '2023 年我单位未收到政府信息公开申请，故不存在收取信息处理费情况。');
    expect(textTableMismatch.check(r)).toEqual([]);
    r.table3.received!.total = 1;
    expect(textTableMismatch.check(r)[0]!.message).toBe(
      '正文第六部分称“未收到政府信息公开申请”，但表三本年新收为 1',
    );
  });
  it('a stated number of applications received and handled', () => {
    const r = withText('一', '2023 年我局共收到并办理政府信息公开申请 2 件，办结 2 件。');
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“收到并办理政府信息公开申请2件”，但表三本年新收为 0',
      '正文第一部分称“办结2件”，但表三办理结果总计为 0',
    ]);
    r.table3.received!.total = 2;
    r.table3.totalHandled!.total = 2;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a count that includes carried-over applications is a warning', () => {
    const r = withText('一', '全区收到政府信息公开申请75件。');
    r.table3.received!.total = 74;
    r.table3.carriedOver!.total = 1;
    expect(textTableMismatch.check(r)[0]!.severity).toBe('warning');
  });
  it('review cases: none stated, counts stated, and the 诉讼 count not taken for 复议', () => {
    const none = withText('一', '未发生因政府信息公开工作引起的行政复议和行政诉讼。');
    expect(textTableMismatch.check(none)).toEqual([]);
    none.table4.reconsideration.total = 1;
    expect(textTableMismatch.check(none)).toHaveLength(1);
    const both = withText('一', '共有行政诉讼案件1件、行政复议案件2件，均已结案。');
    both.table4.reconsideration.total = 2;
    both.table4.litigationDirect.total = 1;
    expect(textTableMismatch.check(both)).toEqual([]);
  });
  it('"未收到…申请引起的行政复议" is not a claim about applications', () => {
    const r = withText('一', '本年度未收到因政府信息公开申请引起的行政复议。');
    r.table3.received!.total = 3;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('Article 20 figures stated in the text', () => {
    const r = withText('一', '集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。');
    r.table2.normativeDocuments = { issued: 88, repealed: 0, inForce: 600 };
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“现行有效行政规范性文件698件”，但表二行政规范性文件现行有效件数为 600',
    ]);
  });
  it('review cases counted with the words of an application count are no application count', () => {
    const r = withText('一', '本年度受理涉及政府信息公开的行政复议案件1件，行政诉讼案件0件。');
    r.table3.received!.total = 5;
    r.table4.reconsideration.total = 1;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a count said to include the carried-over applications', () => {
    const r = withText('一', '全年共收到并办理政府信息公开申请15件（其中上年结转2件），办结15件。');
    r.table3.received!.total = 13;
    r.table3.carriedOver!.total = 2;
    r.table3.totalHandled!.total = 15;
    expect(textTableMismatch.check(r)).toEqual([]);
    r.table3.carriedOver!.total = 1;
    expect(textTableMismatch.check(r)).toHaveLength(1);
  });
  it("another year's figure is no claim about the reporting year", () => {
    const r = withText(
      '一',
      '全年收到政府信息公开申请5件。2022年收到的政府信息公开申请为9件，去年收到政府信息公开申请9件。',
    );
    r.year = 2023;
    r.table3.received!.total = 5;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a part of the applications (one channel, 其中…) is no count of all of them', () => {
    const r = withText(
      '一',
      '全年共收到政府信息公开申请15件。其中，通过网络平台收到政府信息公开申请10件，其中收到信函申请政府信息公开2件。',
    );
    r.table3.received!.total = 15;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('other matters counted in 件 (complaints, licences, proposals) are no count of applications handled', () => {
    const r = withText(
      '一',
      '共受理咨询投诉30件，办结30件。全年共受理行政许可申请2300件，办结2300件。本年度共办结人大代表建议12件。',
    );
    expect(textTableMismatch.check(r)).toEqual([]);
    const s = withText('一', '全年办结政府信息公开申请20件，其中予以公开12件。');
    expect(textTableMismatch.check(s)[0]!.message).toBe(
      '正文第一部分称“办结政府信息公开申请20件”，但表三办理结果总计为 0',
    );
  });
  it('a count compared with another year, or carried over from it, is no claim about this year', () => {
    const r = withText('一', '受理政府信息公开申请较2022年的6件有所减少。受理上年结转政府信息公开申请2件。');
    r.year = 2023;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('"no review cases" is read within its clause', () => {
    const r = withText('一', '本年度未收到政府信息公开申请，因政府信息公开被申请行政复议1件。');
    r.table4.reconsideration!.total = 1;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it("an agency's own review work (as 复议机关) is no count of disclosure review cases", () => {
    const r = withText(
      '一',
      '全年共受理行政复议案件120件，审结110件。全年办理行政诉讼案件35件，其中败诉2件。',
    );
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a paragraph that ends without 。 does not lend its words to the next one', () => {
    const r = withText(
      '一',
      '增加办理咨询电话及监督电话\n(二) 依申请公开：共收到政府信息公开申请 2 件，办结 2 件。',
    );
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“收到政府信息公开申请2件”，但表三本年新收为 0',
      '正文第一部分称“办结2件”，但表三办理结果总计为 0',
    ]);
  });
  it('"no applications" only where the text says none at all were received', () => {
    const r = withText(
      '一',
      '不存在未受理的政府信息公开申请。对未收到补正材料的政府信息公开申请，按撤回处理。除上述外未收到其他政府信息公开申请。本年度未收到以信函方式提交的政府信息公开申请。未接到群众对政府信息公开事项的投诉。',
    );
    r.table3.received!.total = 3;
    expect(textTableMismatch.check(r)).toEqual([]);
    const s = withText('一', '本机关2023年未收到公民、法人或其他组织提出的政府信息公开申请。');
    s.table3.received!.total = 3;
    expect(textTableMismatch.check(s)).toHaveLength(1);
  });
  it('counts with thousands separators or in full-width digits are read whole', () => {
    const r = withText('一', '全年共受理政府信息公开申请1,234件，办结１２件。');
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“受理政府信息公开申请1234件”，但表三本年新收为 0',
      '正文第一部分称“办结12件”，但表三办理结果总计为 0',
    ]);
  });
  it('other things counted beside the applications (consultations, complaints, a duration) are no count of them', () => {
    const r = withText(
      '一',
      '2023年，我局共收到政府信息公开申请10件。全年共受理政府信息公开咨询126件。受理依申请公开申请平均答复时长为9个工作日。收到政府信息公开工作意见建议3条，收到政府信息公开投诉1件，受理政府信息公开方面的电话咨询46个。',
    );
    r.table3.received!.total = 10;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('"no late replies" and "no complaints from applicants" do not say that no application came', () => {
    const r = withText(
      '一',
      '2023年，我局共收到政府信息公开申请10件。全年无依申请公开事项逾期答复情况，全年未收到政府信息公开申请人的投诉和异议。',
    );
    r.table3.received!.total = 10;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a count in Chinese numerals is read', () => {
    const r = withText('一', '2024年，我局共收到政府信息公开申请十五件（其中自然人申请11件），办结13件。');
    r.year = 2024;
    r.table3.received!.total = 13;
    r.table3.totalHandled!.total = 13;
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“收到政府信息公开申请十五件”，但表三本年新收为 13',
    ]);
    r.table3.received!.total = 15;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a part of the year, or review cases an agency decides as 复议机关, make no claim', () => {
    const r = withText(
      '一',
      '第四季度未收到政府信息公开申请。全年共收到政府信息公开申请30件，办理行政复议案件120件。',
    );
    r.table3.received!.total = 30;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('fee reductions and normative documents reviewed are no Article 20 figures', () => {
    const r = withText(
      '一',
      '全年减免涉企行政事业性收费120万元。对现行有效规范性文件70件进行清理，全年共审核各部门印发的规范性文件30件。',
    );
    r.table2.normativeDocuments = { issued: 2, repealed: 0, inForce: 40 };
    r.table2.fees = { amountWan: 0 };
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('a sentence dated to another year at its start speaks of that year', () => {
    const r = withText(
      '一',
      '全年因政府信息公开被申请行政复议1件；2019年，我局未发生政府信息公开行政复议和行政诉讼案件。上年，我局收到政府信息公开申请40件。',
    );
    r.year = 2020;
    r.table4.reconsideration!.total = 1;
    expect(textTableMismatch.check(r)).toEqual([]);
  });
  it('an agency deciding 行政复议 reports the cases it decided: only the cases against it are claims', () => {
    const r = withText(
      '一',
      '县人民政府集中行使行政复议职责，全年收到行政复议申请326件，受理298件，办理涉及政府信息公开的行政复议案件29件。全县因政府信息公开被申请行政复议8件。',
    );
    r.table4.reconsideration!.total = 8;
    expect(textTableMismatch.check(r)).toEqual([]);
    r.table4.reconsideration!.total = 7;
    expect(textTableMismatch.check(r).map((f) => f.message)).toEqual([
      '正文第一部分称“行政复议8件”，但表四行政复议总计为 7',
    ]);
  });
});
