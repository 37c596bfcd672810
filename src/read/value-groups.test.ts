import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { readTextLayout } from './text-layout.ts';
import { valueGroups } from './value-groups.ts';

const groupsOf = (text: string) => {
  const doc = flatten(readTextLayout(text));
  return valueGroups(doc, 0, doc.text.length).map((g) => ({
    label: g.label,
    cells: g.cells.map((c) => c.raw),
  }));
};

describe('valueGroups', () => {
  it("separates a glued row from the next row's numbering", () => {
    expect(groupsOf('1.属于国家秘密00000002.其他法律行政法规禁止公开0000000')).toEqual([
      { label: '1.属于国家秘密', cells: ['0000000'] },
      { label: '2.其他法律行政法规禁止公开', cells: ['0000000'] },
    ]);
  });
  it('keeps a row whose numbers continue on the next line', () => {
    expect(
      groupsOf('（二）部分公开（区分处理的）\n\n0 0 0 0 0 0\n0\n\n（三）不\n予公开')[0]!.cells,
    ).toHaveLength(7);
  });
  it('takes explicit cells (blanks kept) from tab-separated rows and ignores years', () => {
    const g = groupsOf('→（一）予以公开→→→3→3\n2023年'.replace(/→/g, '\t'));
    expect(g).toEqual([{ label: '（一）予以公开', cells: ['', '', '3', '3'] }]);
  });
  it('leaves quantities counted in words to the narrative around a table', () => {
    const g = groupsOf(
      '2024年，我局制发行政规范性文件11件，废止2 件，现行有效81件。具体情况如下表：\n行政规范性文件\n11\n2\n81',
    );
    expect(g).toHaveLength(1);
    expect(g[0]!.cells).toEqual(['11', '2', '81']);
    expect(g[0]!.label.endsWith('具体情况如下表：行政规范性文件')).toBe(true);
  });
  it('in a grid, empty label cells of a row with a shorter label are no blank values', () => {
    const tsv = [
      '一、本年新收政府信息公开申请数量→→→119→109→334→17→321→261→1161',
      '二、上年结转政府信息公开申请数量→→→441→266→4→15→19→745→1488',
      '三、本年度办理结果→（三）不予公开→1.属于国家秘密→3→0→0→0→5→6→14',
      '三、本年度办理结果→（三）不予公开→2.其他法律行政法规禁止公开→→→→→→→',
      '三、本年度办理结果→（三）不予公开→3.危及“三安全一稳定”→0→0→0→0→0→0→0',
      '三、本年度办理结果→（三）不予公开→4.保护第三方合法权益→1→0→0→0→0→0→1',
    ].join('\n');
    const g = groupsOf(tsv.replace(/→/g, '\t'));
    expect(g[1]!.cells).toEqual(['441', '266', '4', '15', '19', '745', '1488']);
    expect(g[2]!.cells).toHaveLength(7);
    expect(g[3]!.cells).toEqual(['', '', '', '', '', '', '']);
  });
});
