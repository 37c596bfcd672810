import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { readTextLayout } from './text-layout.ts';
import { valueGroups } from './value-groups.ts';

describe('readTextLayout: page furniture', () => {
  const text = [
    '某市规划和自然资源局2023年政府信息公开',
    '工作年度报告',
    '一、总体情况',
    '1.信访举报投诉类申请 236 29 112',
    '- 6 -',
    '某市规划和自然资源局2023年政府信息公开工作年度报告',
    '89 59 90 615',
    '2.重复申请 1 0 0 0 0 0 1',
  ].join('\n');
  it('drops the title repeated at the top of a page (a running header), keeps the first', () => {
    const lines = readTextLayout(text).blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    expect(lines.filter((l) => l.includes('年度报告'))).toEqual(['工作年度报告']);
    expect(lines[0]).toBe('某市规划和自然资源局2023年政府信息公开');
  });
  it('so a row broken across pages keeps its seven numbers together', () => {
    const doc = flatten(readTextLayout(text));
    const groups = valueGroups(doc, 0, doc.text.length);
    expect(groups[0]!.cells.map((c) => c.raw)).toEqual(['236', '29', '112', '89', '59', '90', '615']);
  });
  it('keeps sentences that name the report', () => {
    const doc = readTextLayout(
      '某局2023年政府信息公开工作年度报告\n现将某局2023年政府信息公开工作年度报告公布如下。',
    );
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('readTextLayout: more table syntaxes', () => {
  const cellsOf = (text: string) =>
    readTextLayout(text).blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : [],
    );
  it('reads pipe tables written without the outer pipes', () => {
    const text = [
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      '--- | --- | --- | ---',
      '规章 | 1 | 2 | 10',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '1', '2', '10'],
    ]);
  });
  it('reads comma-separated rows, with quoted fields over two lines', () => {
    const text = [
      '"一、本年新收政府信息公开申请数量",,,36,11,0,0,4,17,68',
      '"（二）部分公开（区分处理的，',
      '只计这一情形，不计其他情形）",,,1,0,0,0,0,0,1',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['一、本年新收政府信息公开申请数量', '', '', '36', '11', '0', '0', '4', '17', '68'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', '', '1', '0', '0', '0', '0', '0', '1'],
    ]);
  });
  it('leaves prose with ASCII commas and numbers with thousands separators as text', () => {
    expect(cellsOf('2023年,我局认真贯彻,全面落实,积极推进。')).toEqual([]);
    expect(cellsOf('（一）予以公开 1,234 2,345 3,456 4,567 0 0 11,602')).toEqual([]);
  });
});

describe('readTextLayout: bare page numbers', () => {
  const page = (n: number, body: string[]) => [
    ...body,
    '',
    String(n),
    '某局2022年政府信息公开工作年度报告',
    '',
  ];
  const filler = Array.from({ length: 14 }, (_, i) => `正文第${i + 1}行。`);
  const texts = (lines: string[]) =>
    readTextLayout(lines.join('\n')).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

  it('drops numbers that run 1, 2, 3 down the pages, keeps a table value alone on its line', () => {
    const lines = [
      ...page(1, filler),
      ...page(2, ['行政许可 1268', ...filler]),
      ...page(3, ['行政事业性收费', '', '0', '', ...filler]),
    ];
    const kept = texts(lines);
    expect(kept).not.toContain('1');
    expect(kept).not.toContain('2');
    expect(kept).not.toContain('3');
    expect(kept).toContain('0');
  });

  it('keeps bare numbers that do not run as page numbers do (close together, or not one apart)', () => {
    expect(texts(['行政处罚', '', '2', '', '3', ''])).toEqual(['行政处罚', '2', '3']);
    expect(texts(['', '5', '', ...filler, '', '9', ''])).toContain('9');
  });
});

describe('readTextLayout: grid tables (pandoc, reStructuredText)', () => {
  it('joins the lines of a row between border lines, each cell wrapped over them', () => {
    const text = [
      '+----------+--------------------------+-----+-----+',
      '|          | 5.要求行政机关确认或重新 | 1   | 1   |',
      '|          | 出具已获取信息           |     |     |',
      '+----------+--------------------------+-----+-----+',
      '| （六）其 | 1.申请人无正当理由逾期不 | 2   | 2   |',
      '| 他处理   | 补正、行政机关不再处理其 |     |     |',
      '|          | 政府信息公开申请         |     |     |',
      '+==========+==========================+=====+=====+',
    ].join('\n');
    const table = readTextLayout(text).blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '5.要求行政机关确认或重新出具已获取信息', '1', '1'],
      ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2', '2'],
    ]);
  });

  it('keeps the rows of an ordinary pipe table apart', () => {
    const text = ['| 一、本年新收 | 3 |', '| --- | --- |', '| 二、上年结转 | 1 |'].join('\n');
    const table = readTextLayout(text).blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(2);
  });
});

describe('readTextLayout: grid tables with cells spanning rows', () => {
  it('reads border lines drawn under some cells only, and the text beside them', () => {
    const text = [
      '+------+------+-----------------+',
      '| 结果 | 尚未 | 未经复议直接起诉 |',
      '| 维持 | 审结 +--------+--------+',
      '|      |      | 结果   | 尚未   |',
      '|      |      | 维持   | 审结   |',
      '+======+======+========+========+',
      '| （六）其 | 1.申请人无正当理由逾期 | 2 | 2 |',
      '| 他处理   | 不补正                 |   |   |',
      '|          +------------------------+---+---+',
      '|          | 3.其他                 | 1 | 1 |',
      '+----------+------------------------+---+---+',
    ].join('\n');
    const tables = readTextLayout(text).blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.kind === 'table' ? tables[0]!.rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ['结果维持', '尚未审结', '未经复议直接起诉'],
      ['', '', '结果维持', '尚未审结'],
      ['（六）其他处理', '1.申请人无正当理由逾期不补正', '2', '2'],
      ['', '3.其他', '1', '1'],
    ]);
  });
});
