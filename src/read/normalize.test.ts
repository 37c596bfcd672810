import { describe, expect, it } from 'vitest';
import { halfWidth, normalizeText } from './normalize.ts';

describe('normalize', () => {
  it('full-width digits to ASCII, one character for one', () => {
    expect(halfWidth('表三 １２ ３．５')).toBe('表三 12 3.5');
  });

  it('radicals standing for characters (Chromium, Noto CJK) to the characters, one for one', () => {
    // as pdfjs gives the text of such a PDF: Kangxi radicals and radicals of the supplement
    const printed = '⼴州市⼈⺠政府政府信息公开⼯作年度报告（⼆）部分公开 第⼆⼗条 ⾏政许可 ⻔户⽹站';
    const read = halfWidth(printed);
    expect(read).toBe('广州市人民政府政府信息公开工作年度报告（二）部分公开 第二十条 行政许可 门户网站');
    expect(read.length).toBe(printed.length);
    expect(normalizeText('收到申请⼀件')).toBe('收到申请一件');
  });

  it('leaves text without such characters as it is', () => {
    const s = '一、总体情况';
    expect(normalizeText(s)).toBe(s);
  });
});
