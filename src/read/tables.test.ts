import { describe, expect, it } from 'vitest';
import { table3ColumnOrder, toTemplateOrder } from './column-order.ts';
import { readReport } from './read-report.ts';

const ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

/** Table 3 as a markdown table, each row's cells as given (printed order). */
function table3(header: string, cells: (row: number) => number[]): string {
  return [
    '三、收到和处理政府信息公开申请情况',
    header,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    '| | | | 商业 企业 | 科研 机构 | 公益组织 | 法律服务机构 | 其他 |',
    ...ROWS.map((r, i) => `| ${r} | ${cells(i).join(' | ')} |`),
  ].join('\n');
}

describe('table 3 column order', () => {
  it('reads 总计 printed as the first column', () => {
    // received 5 (自然人 3, 商业企业 2), granted 5 likewise; everything else 0.
    const row = (i: number) => ([0, 2, 23].includes(i) ? [5, 3, 2, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0, 0]);
    const text = [
      '某县财政局2023年政府信息公开工作年度报告',
      table3('| 申请人情况 | 总计 | 自然人 | 法人或其他组织 | | | | |', row),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3.received).toEqual({
      naturalPerson: 3,
      commercial: 2,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 5,
    });
    expect(r.table3.totalHandled!.total).toBe(5);
  });
  it('keeps 总计 last when it spans the header from the top row (before 自然人 in reading order)', () => {
    const cells = (v: number[]) => v.map((n) => `<td>${n}</td>`).join('');
    const rows = ROWS.map((label, i) => {
      const v = [0, 2, 23].includes(i)
        ? [3, 1, 0, 0, 1, 0, 5]
        : i === 3
          ? [2, 0, 0, 0, 0, 0, 2]
          : [0, 0, 0, 0, 0, 0, 0];
      return `<tr><td>${label}</td>${cells(v)}</tr>`;
    });
    const html = [
      '<h1>某县财政局2023年政府信息公开工作年度报告</h1><h3>三、收到和处理政府信息公开申请情况</h3><table>',
      '<tr><td rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=6>申请人情况</td><td rowspan=3>总计</td></tr>',
      '<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td></tr>',
      '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
      ...rows,
      '</table><h3>四、政府信息公开行政复议、行政诉讼情况</h3>',
    ].join('');
    const r = readReport({ text: html });
    expect(r.table3.received).toEqual({
      naturalPerson: 3,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 1,
      other: 0,
      total: 5,
    });
    expect(r.table3.partiallyGranted).toMatchObject({ naturalPerson: 2, total: 2 });
  });
  it('finds 总计 first by the arithmetic when no header names it', () => {
    const row = (i: number) =>
      [0, 2, 23].includes(i)
        ? [5, 3, 2, 0, 0, 0, 0]
        : i === 3
          ? [2, 1, 0, 0, 1, 0, 0]
          : [0, 0, 0, 0, 0, 0, 0];
    const text = [
      '某县财政局2023年政府信息公开工作年度报告',
      table3('| 申请人情况 | 合计 | 自然人 | 法人或其他组织 | | | | |', row),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3.received!.total).toBe(5);
    expect(r.table3.partiallyGranted).toMatchObject({ naturalPerson: 1, publicInterest: 1, total: 2 });
  });
  it('keeps the template order when the header shows it, or mentions 总计 in a sentence too', () => {
    expect(table3ColumnOrder('申请人情况自然人法人或其他组织总计商业企业')).toBeUndefined();
    expect(table3ColumnOrder('总计收到申请5件。申请人情况自然人法人或其他组织总计')).toBeUndefined();
    expect(table3ColumnOrder('申请人情况总计自然人法人或其他组织商业企业')).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(toTemplateOrder(['T', 'N', 'a', 'b', 'c', 'd', 'e'], [6, 0, 1, 2, 3, 4, 5])).toEqual([
      'N',
      'a',
      'b',
      'c',
      'd',
      'e',
      'T',
    ]);
  });
});

describe('table 4 printed without any number', () => {
  const head = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
  ];
  const report = (table4: string[]) =>
    readReport({
      text: [
        '某县财政局2023年政府信息公开工作年度报告',
        '三、收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
        ...table4,
        '五、存在的主要问题及改进情况',
        '下一步，我局将加强培训。',
      ].join('\n'),
    });
  it('reads every cell as a blank 0 when the header is complete', () => {
    const r = report(head);
    expect(r.table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(r.provenance.table4.litigationDirect!.total!.status).toBe('blank');
  });
  it('leaves the cells unknown when the table is not printed at all', () => {
    const r = report(['本年度未发生相关案件。']);
    expect(r.table4.reconsideration.total).toBeNull();
  });
});

describe('a group heading printed as one row', () => {
  it('leaves the rows under （六）其他处理 unknown rather than giving the sum to 3.其他', () => {
    const rows = ROWS.filter((_, i) => i < 20 || i > 22);
    rows.splice(20, 0, '（六）其他处理');
    const values = (label: string) =>
      label.startsWith('一') || label.startsWith('（一）') || label.startsWith('（七）')
        ? '3 0 0 0 0 0 3'
        : label.startsWith('（六）')
          ? '1 0 0 0 0 0 1'
          : '0 0 0 0 0 0 0';
    const text = [
      '某县财政局2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      ...rows.map((r) => `${r} ${values(r)}`),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    for (const key of ['otherHandling.noSupplement', 'otherHandling.feeUnpaid', 'otherHandling.other']) {
      expect(r.table3[key]!.total).toBeNull();
      expect(r.provenance.table3[key]!.total!.reason).toContain('其他处理');
    }
    expect(r.table3['notProcessed.confirmation']!.total).toBe(0);
  });
});

describe('table 3 printed without any number', () => {
  it('reads every cell as a blank 0 when the row labels are printed', () => {
    const text = [
      '某县统计局2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况 自然人 法人或其他组织 总计',
      ...ROWS,
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3.received!.total).toBe(0);
    expect(r.table3['otherHandling.other']!.naturalPerson).toBe(0);
    expect(r.provenance.table3.carriedForward!.total!.status).toBe('blank');
  });
  it('but not when only a few labels are there', () => {
    const text = [
      '某县统计局2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '本年新收政府信息公开申请情况见附表。',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    expect(readReport({ text }).table3.received!.total).toBeNull();
  });
});

describe('cells written as words or signs', () => {
  it("'无' standing for zero, in table 3 and table 2", () => {
    const text = [
      '某镇人民政府2023年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容 本年处理决定数量',
      '行政许可 12',
      '第二十条第（六）项',
      '行政处罚 无',
      '行政强制 无',
      '三、收到和处理政府信息公开申请情况',
      ...ROWS.map((r, i) => `${r} ${[0, 2, 23].includes(i) ? '3 无 无 无 1 无 4' : '无 无 无 无 无 无 无'}`),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3.granted).toEqual({
      naturalPerson: 3,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 1,
      other: 0,
      total: 4,
    });
    expect(r.provenance.table3.granted?.commercial?.status).toBe('dash');
    expect(r.table2.penalty).toEqual({ decisions: 0 });
    expect(r.table2.licensing).toEqual({ decisions: 12 });
  });

  it("a change typeset with an en dash or a minus sign ('–2', '−2') is negative", () => {
    const text = [
      '某县2020年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 15 –2 238',
      '其他对外管理服务事项 6 −1 95',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table2.licensing).toEqual({ lastYear: 15, change: -2, decisions: 238 });
    expect(r.table2.otherManagement).toEqual({ lastYear: 6, change: -1, decisions: 95 });
  });
});

describe('captions above a table', () => {
  it("'表4' printed above table 4 is no cell, and its header is read past it", () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '表4',
      '行政复议 行政诉讼',
      '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
      '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      '1 0 0 0 1 0 1 0 0 1 0 0 0 0 0',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table4.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(r.provenance.cellCounts.table4 ?? {}).toEqual({});
    expect(r.provenance.labels.header?.table4).toMatch(/^表4行政复议行政诉讼结果维持/);
  });
});

describe('amounts and line ends', () => {
  const report = (lines: string[], eol = '\n') =>
    readReport({
      text: [
        '某县2020年政府信息公开工作年度报告',
        '二、主动公开政府信息情况',
        '第二十条第（一）项',
        '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
        '规章 0 0 0',
        '规范性文件 4 4 31',
        ...lines,
        '三、收到和处理政府信息公开申请情况',
      ].join(eol),
    });

  it('an amount printed with a space before its unit keeps the unit', () => {
    const r = report([
      '第二十条第（九）项',
      '信息内容 采购项目数量 采购总金额',
      '政府集中采购 8 1286.5 万元',
    ]);
    expect(r.table2.procurement).toEqual({ projects: 8, amount: '1286.5万元' });
  });

  it('lines ended by a lone CR (old Mac text) are lines', () => {
    expect(report([], '\r').table2.normativeDocuments).toEqual({ made: 4, published: 4, totalPublished: 31 });
  });
});

describe('changes written in words', () => {
  it("'减少2' and '增加1' in the 2019 template's 本年增/减 are -2 and +1", () => {
    const text = [
      '某县2020年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 15 减少2 238',
      '其他对外管理服务事项 6 增加1 95',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table2.licensing).toEqual({ lastYear: 15, change: -2, decisions: 238 });
    expect(r.table2.otherManagement).toEqual({ lastYear: 6, change: 1, decisions: 95 });
  });
});

describe('rows a converter split in two', () => {
  // Table 3 as markdown, each row's cells given; `split` rewrites the rows of one label.
  const md = (split: (label: string, cells: string) => string[]) =>
    [
      '某县2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...ROWS.flatMap((label, i) => {
        const v = [0, 2, 23].includes(i)
          ? [6, 1, 0, 0, 0, 0, 7]
          : [3, 19].includes(i)
            ? [5, 1, 0, 0, 0, 0, 6]
            : [0, 0, 0, 0, 0, 0, 0];
        return split(label, v.join(' | '));
      }),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
  const blanks = ' |  |  |  |  |  |  ';

  it('the label over empty cells, then the rest of the label with the numbers', () => {
    const r = readReport({
      text: md((label, cells) =>
        label.startsWith('（二）')
          ? [`| （二）部分公开（区分处理的，只计这一 |${blanks}|`, `| 情形，不计其他情形） | ${cells} |`]
          : [`| ${label} | ${cells} |`],
      ),
    });
    expect(r.table3.partiallyGranted).toMatchObject({ naturalPerson: 5, commercial: 1, total: 6 });
    expect(r.table3.granted).toMatchObject({ naturalPerson: 6, total: 7 });
  });

  it('the numbers with the label start, then the rest of the label over empty cells', () => {
    const r = readReport({
      text: md((label, cells) =>
        label.startsWith('5.要求')
          ? [`| 5.要求行政机关确认或重新出 | ${cells} |`, `| 具已获取信息 |${blanks}|`]
          : [`| ${label} | ${cells} |`],
      ),
    });
    expect(r.table3['notProcessed.confirmation']).toMatchObject({ naturalPerson: 5, total: 6 });
    expect(r.table3['otherHandling.noSupplement']).toMatchObject({ naturalPerson: 0, total: 0 });
  });
});

describe('counts printed with decimals', () => {
  it("'3.00' and '0.00' in count columns (a spreadsheet's number format) are 3 and 0", () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      ...ROWS.map(
        (r, i) =>
          `${r} ${[0, 2, 23].includes(i) ? '3.00 1.00 0.00 0.00 0.00 0.00 4.00' : '0.00 0.00 0.00 0.00 0.00 0.00 0.00'}`,
      ),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3.received).toEqual({
      naturalPerson: 3,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 4,
    });
  });
});

describe('crawled text (white space collapsed)', () => {
  it("slashes glued together ('规章///') are empty cells, each one", () => {
    const text =
      '某县2023年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章///行政规范性文件2 1 9第二十条第（五）项信息内容本年处理决定数量行政许可36三、收到和处理政府信息公开申请情况';
    const r = readReport({ text });
    expect(r.table2.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(r.provenance.table2.rules?.issued?.status).toBe('dash');
    expect(r.table2.normativeDocuments).toEqual({ issued: 2, repealed: 1, inForce: 9 });
  });

  it('a year glued to the last row of a table opens the next sentence, not the row', () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      ROWS.map((r, i) => `${r}${[0, 2, 23].includes(i) ? '5 1 0 0 0 0 6' : '0 0 0 0 0 0 0'}`).join(''),
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计1000100000000002023年，本局未被提起行政诉讼。',
      '五、存在的主要问题及改进情况',
    ].join('');
    const r = readReport({ text });
    expect(r.table4.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(r.table4.litigationAfterReconsideration?.total).toBe(0);
  });
});

describe('crawled text: rows printed without a number', () => {
  it('a row whose label runs into the next label on the line of its numbers had only empty cells', () => {
    const printed: Record<number, string> = { 0: '4001005', 2: '3001004', 7: '1000001', 23: '4001005' };
    const row = (i: number) => printed[i] ?? '';
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      ROWS.map((r, i) => `${r}${row(i)}`).join(''),
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = readReport({ text });
    expect(r.table3['withheld.stateSecret']).toMatchObject({ naturalPerson: 0, total: 0 });
    expect(r.provenance.table3['withheld.stateSecret']?.total?.status).toBe('absent');
    expect(r.table3['withheld.thirdPartyRights']).toMatchObject({ naturalPerson: 1, total: 1 });
    // a short name counts with its numbering: '3.其他' right before （七）总计's numbers
    expect(r.table3['otherHandling.other']).toMatchObject({ naturalPerson: 0, total: 0 });
    expect(r.table3.granted).toMatchObject({ naturalPerson: 3, publicInterest: 1, total: 4 });
  });
});
