// A notice as a Word document in the official-document layout (GB/T 9704-2012), the same page as
// the yearly report (src/render/docx.render.ts): A4, 版心 156mm × 225mm (top 37mm, bottom 35mm,
// left 28mm, right 26mm), 22 lines of 28 characters; title 方正小标宋简体 二号 centred; body
// 仿宋_GB2312 三号 at a fixed 29pt line, first lines indented two characters; page numbers
// "— 1 —" in 宋体 四号. Fonts are named, never embedded (src/render/docx.fonts.ts).

import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { BODY_FONT, fontTableXml, PAGE_NUMBER_FONT, runFont, TITLE_FONT } from '../render/docx.fonts.ts';
import type { Notice } from './compose.ts';

const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** 三号 16pt, 二号 22pt, 四号 14pt, in half-points. */
const SIZE_3 = 32;
const SIZE_2 = 44;
const SIZE_4 = 28;
/** Fixed line pitch: 225mm / 22 lines ≈ 29pt (GB/T 9704-2012 5.2.2), in twentieths of a point. */
const LINE = 580;
/** One 三号 character: 16pt = 320 twips. */
const EM = 320;
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };

export async function renderNoticeDocx(notice: Notice): Promise<Buffer> {
  const doc = new Document({
    creator: notice.signature.name,
    title: notice.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(BODY_FONT), size: SIZE_3, language: LANGUAGE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23) },
          },
        },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children: body(notice),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

function body(notice: Notice): Paragraph[] {
  const s = notice.signature;
  const issuer = `${s.name}${s.sealNote}`;
  // GB/T 9704-2012 7.3.5.1 (sealed documents): the date four characters from the right, the
  // issuer centred over the date; room for the seal above and over both.
  const dateIndent = 4 * EM;
  const issuerIndent = Math.max(0, Math.round(dateIndent + ((width(s.date) - width(issuer)) * EM) / 2));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: notice.title, font: runFont(TITLE_FONT), size: SIZE_2 })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(notice.documentNumber)] }),
    new Paragraph({ children: [] }),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [text(notice.salutation)] }),
    // The last paragraph keeps the signature, the date and the notes on its page: a signature
    // page never goes without text (7.3.5.1 forbids "此页无正文").
    ...notice.body.map((p, i) => indented(p, i === notice.body.length - 1)),
    // The seal's top lies within one line of the text (7.3.5.1): one blank line.
    new Paragraph({ keepNext: true, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: issuerIndent },
      keepNext: true,
      children: [text(issuer)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateIndent },
      keepNext: notice.notes.length > 0,
      children: [text(s.date)],
    }),
    // 附注 (7.3.7): below the date, two characters in.
    ...notice.notes.map((p, i) => indented(p, i < notice.notes.length - 1)),
  ];
}

const text = (t: string) => new TextRun({ text: t });

/** A body paragraph, first line indented two characters; `keep` holds it with the next one. */
function indented(t: string, keep = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * EM },
    keepNext: keep,
    keepLines: keep,
    children: [text(t)],
  });
}

/** Width in 三号 characters: full-width characters take one, digits and Latin letters half. */
function width(t: string): number {
  return [...t].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/** "— 1 —": odd pages at the right, even pages at the left, one character in (GB/T 9704 7.5). */
function pageFooter(side: 'odd' | 'even'): Footer {
  const font = runFont(PAGE_NUMBER_FONT);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({ text: '— ', font, size: SIZE_4 }),
          new TextRun({ children: [PageNumber.CURRENT], font, size: SIZE_4 }),
          new TextRun({ text: ' —', font, size: SIZE_4 }),
        ],
      }),
    ],
  });
}
