// DOCX files read as Word shows them. The files are made here: a minimal package around a body
// (docx below), and fixture d02.docx turned into what Word stores when its author numbered the
// headings and labels with automatic lists (autoNumbered below).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSourceDoc } from '../read-report.ts';
import type { SourceDoc } from '../source-doc.ts';
import { readDocxLayout } from './index.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const fixtures = new URL('../../../test/fixtures/docx/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A package with just the parts mammoth needs. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const lines = (doc: SourceDoc) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
const rows = (doc: SourceDoc) =>
  doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));

describe('readDocxLayout: text in wrappers', () => {
  it('keeps the shown result of a simple field, as of a field in runs', async () => {
    const cell = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
    const complex = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =SUM(ABOVE) </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('21')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const table = `<w:tbl><w:tr>${cell(run('（七）总计'))}${cell(`<w:fldSimple w:instr=" =SUM(ABOVE) ">${run('18')}</w:fldSimple>`)}${cell(complex)}</w:tr></w:tbl>`;
    expect(rows(await readDocxLayout(await docx(table)))).toEqual([['（七）总计', '18', '21']]);
  });

  it('keeps inserted text and the text of links, smart tags, custom XML and content controls; drops deleted text', async () => {
    const body = [
      `<w:p><w:hyperlink w:anchor="t3">${run('见表三')}</w:hyperlink></w:p>`,
      `<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">${run('2024年1月1日')}</w:smartTag></w:p>`,
      `<w:customXml w:element="agency"><w:p><w:customXml w:element="name">${run('某区应急管理局')}</w:customXml></w:p></w:customXml>`,
      `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent><w:p><w:sdt><w:sdtContent>${run('年度报告')}</w:sdtContent></w:sdt></w:p></w:sdtContent></w:sdt>`,
      `<w:p>${run('收到申请')}<w:del w:id="1" w:author="办公室"><w:r><w:delText>25</w:delText></w:r></w:del><w:ins w:id="2" w:author="办公室">${run('21')}</w:ins>${run('件')}</w:p>`,
    ].join('');
    expect(lines(await readDocxLayout(await docx(body)))).toEqual([
      '见表三',
      '2024年1月1日',
      '某区应急管理局',
      '年度报告',
      '收到申请21件',
    ]);
  });

  it('keeps a table row and a cell inside content controls', async () => {
    const tc = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
    const table = `<w:tbl><w:sdt><w:sdtContent><w:tr>${tc('2.重复申请')}<w:sdt><w:sdtContent>${tc('1')}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>`;
    expect(rows(await readDocxLayout(await docx(table)))).toEqual([['2.重复申请', '1']]);
  });
});

// Word stores 一、总体情况 in an automatically numbered paragraph as 总体情况 plus a list
// reference. autoNumbered takes each printed number off d02.docx's headings and table labels and
// numbers the paragraph with a list that shows the same number again: 一、 and （一） with nothing
// after them, 1. with Word's default tab. A sequence starts a new list (w:num with
// w:startOverride) where it starts again at 1, separately in the body and in tables. With
// `byStyle`, the body's 一、 headings are numbered by their paragraph style (标题 1 carrying
// w:numPr in styles.xml) instead of their own w:numPr.
const KINDS = [/^([一二三四五六七八九十])、/, /^（([一二三四五六七八九十])）/, /^(\d{1,2})\.(?!\d)/];
const CN = '一二三四五六七八九十';
const LEVELS = [
  ['chineseCounting', '%1、', '<w:suff w:val="nothing"/>'],
  ['chineseCounting', '（%1）', '<w:suff w:val="nothing"/>'],
  ['decimal', '%1.', ''],
];

async function autoNumbered(bytes: Uint8Array, byStyle: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const nums: number[] = []; // abstract list of each w:num, numId = index + 1
  const current = new Map<string, number>();
  let tableDepth = 0;
  const PARAGRAPH =
    /<w:tbl>|<\/w:tbl>|<w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>(<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">)([^<]*)/g;
  const numbered = xml.replace(PARAGRAPH, (m, pPr: string, runStart: string, text: string) => {
    if (m === '<w:tbl>' || m === '</w:tbl>') {
      tableDepth += m === '<w:tbl>' ? 1 : -1;
      return m;
    }
    const kind = KINDS.findIndex((k) => k.test(text));
    if (kind < 0) return m;
    const printed = KINDS[kind]!.exec(text)!;
    const value = kind === 2 ? Number(printed[1]) : CN.indexOf(printed[1]!) + 1;
    const rest = text.slice(printed[0].length);
    if (byStyle && kind === 0 && tableDepth === 0) {
      return `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${pPr}</w:pPr>${runStart}${rest}`;
    }
    const context = `${kind}/${tableDepth > 0}`;
    if (value === 1 || !current.has(context)) current.set(context, nums.push(kind));
    const numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${current.get(context)}"/></w:numPr>`;
    return `<w:p><w:pPr>${numPr}${pPr}</w:pPr>${runStart}${rest}`;
  });
  const headingNum = nums.push(0);
  zip.file('word/document.xml', numbered);
  zip.file('word/numbering.xml', numberingXml(nums));
  zip.file(
    'word/styles.xml',
    `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="${headingNum}"/></w:numPr></w:pPr></w:style></w:styles>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function numberingXml(nums: number[]): string {
  const abstracts = LEVELS.map(
    ([fmt, text, suff], i) =>
      `<w:abstractNum w:abstractNumId="${i}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${suff}</w:lvl></w:abstractNum>`,
  );
  const instances = nums.map(
    (abstract, i) =>
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${abstract}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  );
  return `<w:numbering ${W}>${abstracts.join('')}${instances.join('')}</w:numbering>`;
}

const blockText = (b: SourceDoc['blocks'][number]) =>
  b.kind === 'text' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('|')).join('\n');
const compact = (doc: SourceDoc) => doc.blocks.map((b) => blockText(b).replace(/\s+/g, ''));

describe('readDocxLayout: automatic list numbers', () => {
  const expected = JSON.parse(readFileSync(new URL('d02.expected.json', fixtures), 'utf8'));

  for (const byStyle of [false, true]) {
    it(`reads headings and table labels numbered by Word (${byStyle ? 'headings by style' : 'w:numPr'}) as printed`, async () => {
      const bytes = await autoNumbered(fixture('d02.docx'), byStyle);
      const stored = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      expect(stored).not.toContain('一、总体情况');
      expect(stored).not.toContain('1.本机关不掌握相关政府信息');

      const source = await readDocxLayout(bytes);
      expect(compact(source)).toEqual(compact(await readDocxLayout(fixture('d02.docx'))));
      const report = readSourceDoc(source, { file: 'd02-numbered.docx' });
      expect(report.sections.map((s) => `${s.printedNumber}${s.title}`)).toEqual([
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ]);
      expect(report.table3).toEqual(expected.table3);
      expect(report.table4).toEqual(expected.table4);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});
