import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { findOutline } from './outline.ts';
import { readSections } from './sections.ts';
import { readTextLayout } from './text-layout.ts';

const TABLE3 = [
  '申请人情况\t自然人\t法人或其他组织\t总计',
  '一、本年新收政府信息公开申请数量\t9\t1\t10',
  '三、本年度办理结果\t（一）予以公开\t4\t0\t4',
  '（六）其他处理\t3.其他\t0\t0\t0',
  '（七）总计\t9\t1\t10',
  '四、结转下年度继续办理\t0\t0\t0',
].join('\n');
const TABLE4 = '行政复议\t行政诉讼\n结果维持\t尚未审结\t未经复议直接起诉\t复议后起诉\n0\t0\t0\t0';

function outline(lines: string[]) {
  const doc = flatten(readTextLayout(lines.join('\n')));
  const o = findOutline(doc);
  return {
    titles: o.headings.map((h) => h && `${h.printedNumber}${h.title}`),
    sections: readSections(doc, o),
  };
}

describe('findOutline', () => {
  it('recognises headings worded otherwise by their number and a word of their section', () => {
    const { titles, sections } = outline([
      '一、总体情况',
      '（一）主动公开',
      '全年主动公开信息120条。',
      '二、主动公开情况',
      '第二十条第（一）项\t本年制发件数',
      '三、依申请公开情况',
      TABLE3,
      '四、行政复议、行政诉讼情况',
      TABLE4,
      '五、存在的不足及下一步工作打算',
      '（一）存在的主要问题',
      '一是公开内容不够丰富。',
      '六、其他事项',
      '无。',
    ]);
    expect(titles).toEqual([
      '一、总体情况',
      '二、主动公开情况',
      '三、依申请公开情况',
      '四、行政复议、行政诉讼情况',
      '五、存在的不足及下一步工作打算',
      '六、其他事项',
    ]);
    expect(sections[4]!.text).toBe('（一）存在的主要问题\n一是公开内容不够丰富。');
    expect(sections[5]!.text).toBe('无。');
  });

  it('reads 第三部分 headings and headings run into their text (crawled pages)', () => {
    expect(
      outline(['第二部分　主动公开政府信息情况', '第三部分　依申请公开政府信息情况', TABLE3]).titles[2],
    ).toBe('第三部分依申请公开政府信息情况');
    const crawled = `四、政府信息公开行政复议、行政诉讼情况${TABLE4.replace(/\s/g, '')}五、存在问题及改进措施本局公开工作仍有不足。六、其他需要报告的事项无。`;
    const { titles, sections } = outline([TABLE3, crawled]);
    expect(titles[4]).toBe('五、存在问题及改进措施');
    expect(sections.find((s) => s.number === '五')!.text).toBe('本局公开工作仍有不足。');
  });

  it('takes no sub-heading or table row for a section heading', () => {
    // sections numbered （一）…: the table's （六）其他处理 is no heading 六
    const { titles } = outline([
      '（一）总体情况',
      '（三）收到和处理政府信息公开申请情况',
      TABLE3,
      '政府信息公开行政复议、行政诉讼情况',
      TABLE4,
      '存在的主要问题及改进情况',
      '（一）存在的主要问题',
      '一是公开内容不够丰富。',
    ]);
    expect(titles.slice(3)).toEqual([undefined, undefined, undefined]);
  });
});
