import { describe, expect, it } from 'vitest';
import { parseRegisterRows } from './parse-rows.ts';

const errorsOf = (result: ReturnType<typeof parseRegisterRows>) => ('errors' in result ? result.errors : []);

describe('parseRegisterRows', () => {
  it('reads Chinese headers and values, variants of both, and the English keys', () => {
    const result = parseRegisterRows('documents', [
      ['序号', '文件编号', '类别', '文件名称', '发文字号', '发布日期', '失效日期'],
      ['1', 'D1', '规章', '甲', '甲〔2023〕1号', '2023/3/5', ''],
      ['2', 'D2', 'normativeDocument', '乙', '乙〔2023〕2号', '2023年4月6日', '2024-01-01'],
      ['3', 'D3', '规范性文件', '丙', '丙〔2023〕3号', '20230707', ''],
    ]);
    expect(result).toEqual({
      records: [
        { id: 'D1', kind: 'rule', title: '甲', documentNumber: '甲〔2023〕1号', issuedOn: '2023-03-05' },
        {
          id: 'D2',
          kind: 'normativeDocument',
          title: '乙',
          documentNumber: '乙〔2023〕2号',
          issuedOn: '2023-04-06',
          repealedOn: '2024-01-01',
        },
        {
          id: 'D3',
          kind: 'normativeDocument',
          title: '丙',
          documentNumber: '丙〔2023〕3号',
          issuedOn: '2023-07-07',
        },
      ],
      lines: [2, 3, 4],
    });
  });

  it('reports every bad row of a decisions file with its line and column', () => {
    const errors = errorsOf(
      parseRegisterRows('decisions', [
        ['类别', '期间', '数量', '来源'],
        ['行政许可', '2023-01', '3', '平台'],
        ['行政审批', '2023-01', '3', '平台'], // unknown category
        ['行政处罚', '2023-02', '-4', '平台'], // negative count
        ['行政强制', '2023-03', '2.5', '平台'], // not a whole number
        ['行政强制', '2023-13', 'abc', ''], // bad month, not a number, no source
        ['行政许可', '2023-01', '5', '平台'], // same category and month as line 2
      ]),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, '类别'],
      [4, '数量'],
      [5, '数量'],
      [6, '期间'],
      [6, '数量'],
      [6, '来源'],
      [7, '期间'],
    ]);
    expect(errors[0]!.message).toContain('“行政审批”不是可选的值');
    expect(errors[1]!.message).toBe('数量不能为负数，收到：-4');
    expect(errors[6]!.message).toBe('行政许可2023年1月的数量与第2行重复');
  });

  it('refuses a yearly total and months of the same category and year', () => {
    const errors = errorsOf(
      parseRegisterRows('decisions', [
        ['类别', '期间', '数量', '来源'],
        ['penalty', '2023', '30', '平台'],
        ['penalty', '2023-05', '3', '平台'],
        ['penalty', '2022-05', '3', '平台'], // another year: fine
      ]),
    );
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]!.message).toContain('行政处罚2023年的全年合计与月度数量（第3行）会重复计数');
  });

  it('reports duplicate ids, bad dates, a repeal before the issue', () => {
    const errors = errorsOf(
      parseRegisterRows('documents', [
        ['编号', '类别', '名称', '文号', '印发日期', '废止日期'],
        ['D1', '规章', '甲', '1号', '2023-02-30', ''], // no such day
        ['D2', '规章', '乙', '2号', '2023-05-01', '2023-04-01'], // repealed before issued
        ['D2', '规章', '丙', '3号', '2023-05-01', ''], // duplicate id
        ['', '规章', '', '4号', '2023-05-01', ''], // no id, no title
      ]),
    );
    expect(errors).toEqual([
      { line: 2, column: '印发日期', message: '日期“2023-02-30”无效，应为 YYYY-MM-DD，如 2024-03-15' },
      { line: 3, column: '废止日期', message: '废止日期 2023-04-01 早于印发日期 2023-05-01' },
      { line: 4, column: '编号', message: '编号“D2”与第3行重复' },
      { line: 5, column: '编号', message: '编号不能为空' },
      { line: 5, column: '名称', message: '名称不能为空' },
    ]);
  });

  it('reports amounts with more than two decimals and negative amounts', () => {
    const errors = errorsOf(
      parseRegisterRows('fees', [
        ['收费项目', '期间', '金额（元）'],
        ['工本费', '2023-01', '12.345'],
        ['工本费', '2023-02', '-3'],
        ['工本费', '2023-03', '1,234.50'],
      ]),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, '金额（元）'],
      [3, '金额（元）'],
    ]);
    expect(errors[0]!.message).toContain('最多保留两位小数');
  });

  it('checks results against conclusions of review cases', () => {
    const errors = errorsOf(
      parseRegisterRows('cases', [
        ['案号', '类别', '提起日期', '审结日期', '结果', '备注'],
        ['C1', '行政复议', '2023-01-05', '', '维持', ''], // result but not concluded
        ['C2', '行政诉讼（直接起诉）', '2023-01-05', '2023-03-01', '', ''], // concluded without result
        ['C3', '复议后起诉', '2023-05-05', '2023-03-01', '纠正', ''], // concluded before filed
        ['C4', '行政诉讼', '2023-05-05', '', '', ''], // ambiguous kind
        ['C5', 'litigationAfterReconsideration', '2023-05-05', '2023-06-01', 'other', '英文键'],
      ]),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, '结果'],
      [3, '结果'],
      [4, '审结日期'],
      [5, '类别'],
    ]);
    expect(errors[0]!.message).toContain('尚未审结的案件不能填写结果');
  });

  it('reports missing and doubled columns in the header, and nothing else', () => {
    expect(
      errorsOf(
        parseRegisterRows('fees', [
          ['项目', '名称', '金额'],
          ['x', 'y', 'z'],
        ]),
      ),
    ).toEqual([
      { line: 1, column: '收费项目', message: '列“收费项目”出现了2次，只能有一列' },
      {
        line: 1,
        column: '期间',
        message: '缺少列“期间”：第一行应为列名，可下载模板（gongkai registers template）对照',
      },
    ]);
  });

  it('skips blank rows but keeps the line numbers the user sees', () => {
    const errors = errorsOf(
      parseRegisterRows(
        'decisions',
        [[], ['类别', '期间', '数量', '来源'], ['', '', '', ''], ['行政许可', '2023-01', 'x', '平台']],
        [1, 2, 3, 4],
      ),
    );
    expect(errors).toEqual([{ line: 4, column: '数量', message: '数量应为 0 或正整数，收到：“x”' }]);
  });

  it('reads a first-of-month date in the period column as its month (Excel turns 2023-03 into one)', () => {
    const result = parseRegisterRows('decisions', [
      ['类别', '月份', '数量', '来源'],
      ['行政许可', '2023-03-01', '1', '平台'],
      ['行政许可', '2023年4月', '1', '平台'],
      ['行政处罚', '2023', '1', '平台'],
    ]);
    expect('records' in result && result.records.map((r) => r.period)).toEqual([
      '2023-03',
      '2023-04',
      '2023',
    ]);
  });

  it('refuses an empty table and a header without rows', () => {
    expect(errorsOf(parseRegisterRows('cases', []))[0]!.message).toContain('没有内容');
    expect(errorsOf(parseRegisterRows('cases', [['编号', '类别', '提起日期']]))[0]!.message).toBe(
      '只有列名，没有记录',
    );
  });
});
