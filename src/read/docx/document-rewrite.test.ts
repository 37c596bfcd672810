import { describe, expect, it } from 'vitest';
import { rewriteDocumentXml } from './document-rewrite.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const numPr = (numId: number, ilvl = 0) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const para = (text: string, pPr = '') => `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}${run(text)}</w:p>`;

// 1: 一、 with nothing after it; 2: 1. followed by a tab (Word's default)
const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const rewrite = (body: string) => rewriteDocumentXml({ document: doc(body), numbering: NUMBERING });
const label = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tabbed = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t><w:tab/></w:r>`;

describe('rewriteDocumentXml: list numbers', () => {
  it('puts the number first in the paragraph, after its properties', () => {
    expect(rewrite(para('总体情况', numPr(1)) + para('主动公开政府信息情况', numPr(1)))).toBe(
      doc(
        `<w:p><w:pPr>${numPr(1)}</w:pPr>${label('一、')}${run('总体情况')}</w:p>` +
          `<w:p><w:pPr>${numPr(1)}</w:pPr>${label('二、')}${run('主动公开政府信息情况')}</w:p>`,
      ),
    );
  });

  it('numbers paragraphs in table cells in document order, with the tab Word shows', () => {
    const cell = (text: string) => `<w:tc>${para(text, numPr(2))}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('本机关不掌握相关政府信息')}<w:tc>${para('4')}</w:tc></w:tr><w:tr>${cell('没有现成信息需要另行制作')}</w:tr></w:tbl>`;
    const out = rewrite(table);
    expect(out).toContain(`${tabbed('1.')}${run('本机关不掌握相关政府信息')}`);
    expect(out).toContain(`${tabbed('2.')}${run('没有现成信息需要另行制作')}`);
    expect(out).toContain(`<w:p>${run('4')}</w:p>`);
  });

  it('counts an empty numbered paragraph but prints no lone number in it', () => {
    const out = rewrite(`<w:p><w:pPr>${numPr(2)}</w:pPr></w:p>${para('其他', numPr(2))}`);
    expect(out).toBe(
      doc(
        `<w:p><w:pPr>${numPr(2)}</w:pPr></w:p><w:p><w:pPr>${numPr(2)}</w:pPr>${tabbed('2.')}${run('其他')}</w:p>`,
      ),
    );
  });

  it('reads only the paragraph’s own w:numPr, not the one a tracked change replaced', () => {
    const changed = `<w:pPrChange w:id="1" w:author="a"><w:pPr>${numPr(2)}</w:pPr></w:pPrChange>`;
    expect(rewrite(para('总体情况', changed))).toBe(doc(para('总体情况', changed)));
  });

  it('counts a text box once: mammoth reads mc:Fallback, not mc:Choice', () => {
    const box = (text: string) => `<w:txbxContent>${para(text, numPr(1))}</w:txbxContent>`;
    const alternate = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('甲')}</mc:Choice><mc:Fallback>${box('甲')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const out = rewrite(alternate + para('乙', numPr(1)));
    expect(out.match(/一、/g)).toHaveLength(1);
    expect(out).toContain(`${label('二、')}${run('乙')}`);
  });

  it('puts the number of a paragraph joined by a deleted paragraph mark in front of the joined text', () => {
    const deletedMark = '<w:rPr><w:del w:id="1" w:author="a"/></w:rPr>';
    const out = rewrite(para('总体', `${numPr(1)}${deletedMark}`) + para('情况', numPr(1)));
    expect(out).toBe(
      doc(
        `<w:p><w:pPr>${numPr(1)}${deletedMark}</w:pPr>${label('一、')}${run('总体')}</w:p>` +
          `<w:p><w:pPr>${numPr(1)}</w:pPr>${run('情况')}</w:p>`,
      ),
    );
  });

  it('leaves a document without lists as it is', () => {
    const body = para('总体情况') + para('其他');
    expect(rewriteDocumentXml({ document: doc(body) })).toBe(doc(body));
    expect(rewrite(body)).toBe(doc(body));
  });
});

describe('rewriteDocumentXml: wrappers mammoth drops', () => {
  it('keeps the result of a simple field (w:fldSimple)', () => {
    const field = `<w:fldSimple w:instr=" =SUM(ABOVE) ">${run('18')}</w:fldSimple>`;
    expect(rewrite(`<w:p>${field}</w:p>`)).toBe(doc(`<w:p>${run('18')}</w:p>`));
  });

  it('reads a field instruction holding ">" as one tag, and drops an empty field', () => {
    const field = `<w:fldSimple w:instr=" IF 1 > 0 &quot;是&quot; "><w:r><w:t>是</w:t></w:r></w:fldSimple><w:fldSimple w:instr="PAGE"/>`;
    expect(rewrite(`<w:p>${field}</w:p>`)).toBe(doc(`<w:p>${run('是')}</w:p>`));
  });

  it('keeps the text of bidirectional wrappers (w:dir, w:bdo)', () => {
    const body = `<w:p><w:dir w:val="ltr">${run('21')}</w:dir><w:bdo w:val="ltr">${run('件')}</w:bdo></w:p>`;
    expect(rewrite(body)).toBe(doc(`<w:p>${run('21')}${run('件')}</w:p>`));
  });

  it('numbers a paragraph that opens with a field right after its properties', () => {
    const body = `<w:p><w:pPr>${numPr(1)}</w:pPr><w:fldSimple w:instr="QUOTE">${run('总体情况')}</w:fldSimple></w:p>`;
    expect(rewrite(body)).toBe(
      doc(`<w:p><w:pPr>${numPr(1)}</w:pPr>${label('一、')}${run('总体情况')}</w:p>`),
    );
  });
});
