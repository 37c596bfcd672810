import { describe, expect, it } from 'vitest';
import { listLabels, type ParagraphNumbering } from './list-labels.ts';
import { readListDefinitions } from './numbering-definitions.ts';

// numbering.xml and styles.xml excerpts as Word and WPS write them.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}

// abstract 0: 一、 / （一） / 1. ; abstract 1: 第1部分 ; abstract 2: bullets
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    ${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/>')}
    ${lvl(1, 'chineseCounting', '（%2）')}
    ${lvl(2, 'decimal', '%3.')}
    ${lvl(3, 'decimal', '%1.%3.%4', '<w:isLgl/>')}
    ${lvl(4, 'decimalEnclosedCircle', '%5', '<w:lvlRestart w:val="1"/>')}
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '第%1部分', '<w:suff w:val="space"/>')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '●')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`;

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1Plain"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
</w:styles>`;

const defs = readListDefinitions(NUMBERING, STYLES);
const texts = (ps: ParagraphNumbering[]) => listLabels(defs, ps).map((l) => l?.text ?? null);
const at = (numId: string, ilvl: number): ParagraphNumbering => ({ numId, ilvl });

describe('listLabels: the numbers Word shows in front of numbered paragraphs', () => {
  it('counts each level, a higher level restarting the deeper ones', () => {
    expect(
      texts([at('1', 0), at('1', 1), at('1', 1), at('1', 2), at('1', 0), at('1', 1), at('1', 2), at('1', 2)]),
    ).toEqual(['一、', '（一）', '（二）', '1.', '二、', '（一）', '1.', '2.']);
  });

  it('w:num instances of one list go on counting; a w:startOverride restarts on its own', () => {
    expect(texts([at('1', 2), at('1', 2), at('2', 2), at('3', 2), at('3', 2), at('1', 2)])).toEqual([
      '1.',
      '2.',
      '3.',
      '5.',
      '6.',
      '4.',
    ]);
  });

  it('lvlText takes the counters of higher levels; w:isLgl writes them as decimals', () => {
    expect(texts([at('1', 0), at('1', 0), at('1', 2), at('1', 3), at('1', 3)])).toEqual([
      '一、',
      '二、',
      '1.',
      '2.1.1',
      '2.1.2',
    ]);
  });

  it('w:lvlRestart 1: a level restarts only after level 0, not after the levels between', () => {
    expect(
      texts([at('1', 0), at('1', 4), at('1', 4), at('1', 1), at('1', 4), at('1', 0), at('1', 4)]),
    ).toEqual(['一、', '①', '②', '（一）', '③', '二、', '①']);
  });

  it('a paragraph style numbers its paragraphs, through w:basedOn, and w:numId 0 takes it away', () => {
    expect(
      texts([
        { pStyle: 'Heading1' },
        { pStyle: 'Heading2' },
        { pStyle: 'Heading1Plain' },
        { pStyle: 'Heading1' },
      ]),
    ).toEqual(['一、', '（一）', null, '二、']);
    // The paragraph's own numPr wins over the style's.
    expect(
      texts([
        { pStyle: 'Heading1', numId: '4' },
        { pStyle: 'Heading1', numId: '0' },
      ]),
    ).toEqual(['第一部分', null]);
  });

  it('follows w:numStyleLink to the numbering style, and a w:lvl override replaces the level', () => {
    expect(texts([at('6', 0), at('4', 0), at('7', 0), at('7', 0)])).toEqual([
      '第一部分',
      '第二部分',
      'III)',
      'IV)',
    ]);
  });

  it('gives no label for bullets, undefined lists or unnumbered paragraphs', () => {
    expect(texts([at('5', 0), at('99', 0), {}, at('1', 7)])).toEqual([null, null, null, null]);
  });

  it('keeps what follows the number: a tab unless w:suff says otherwise', () => {
    expect(listLabels(defs, [at('1', 0), at('1', 1), at('4', 0)]).map((l) => l?.suffix)).toEqual([
      'nothing',
      'tab',
      'space',
    ]);
  });
});
