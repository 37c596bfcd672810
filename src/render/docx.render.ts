// The report as a Word document in the layout of Chinese official documents (GB/T 9704-2012):
// A4, 版心 156mm × 225mm (margins top 37mm, bottom 35mm, left 28mm, right 26mm), 22 lines of
// 28 characters: body 仿宋_GB2312 三号 at a fixed 29pt line, title 方正小标宋简体 二号 centred,
// headings 黑体 / 楷体_GB2312 by level, page numbers "— 1 —" in 宋体 四号 below the text.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { AnnualReport } from '../report/annual-report.ts';
import {
  BODY_FONT,
  type FontFamily,
  fontTableXml,
  HEADING1_FONT,
  HEADING2_FONT,
  PAGE_NUMBER_FONT,
  runFont,
  TITLE_FONT,
} from './docx.fonts.ts';
import { docxTable } from './docx.table.ts';
import { type Paragraph as Para, reportTitle, sectionParts } from './report-parts.ts';
import { gridFor } from './table-grid.ts';

const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** 三号 16pt, 二号 22pt, 四号 14pt, in half-points. */
const SIZE_3 = 32;
const SIZE_2 = 44;
const SIZE_4 = 28;
/** Fixed line pitch: 225mm / 22 lines ≈ 29pt (GB/T 9704-2012 5.2.2). */
const LINE = 580;
/** First-line indent of two 三号 characters. */
const INDENT_2 = 640;

export async function renderDocx(report: AnnualReport): Promise<Uint8Array> {
  const doc = new Document({
    creator: report.agency ?? '',
    title: reportTitle(report),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(BODY_FONT), size: SIZE_3 },
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
        children: body(report),
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function body(report: AnnualReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: titleLines(report).map(
        (line, i) =>
          new TextRun({ text: line, font: runFont(TITLE_FONT), size: SIZE_2, break: i > 0 ? 1 : 0 }),
      ),
    }),
    new Paragraph({ children: [] }),
  ];
  for (const part of sectionParts(report)) {
    out.push(indented([run(part.heading, HEADING1_FONT)], true));
    // The sentences leading into a table stay on the page where the table starts.
    for (const p of part.paragraphs) out.push(bodyParagraph(p, part.table !== undefined));
    if (part.table) {
      out.push(docxTable(gridFor(report, part.table)));
      out.push(new Paragraph({ children: [] }));
    }
  }
  return out;
}

/** 二号 fits 20 characters to a line: a longer title breaks after the agency's name. */
function titleLines(report: AnnualReport): string[] {
  const title = reportTitle(report);
  if (title.length <= 20 || !report.agency) return [title];
  return [report.agency, title.slice(report.agency.length)];
}

function run(text: string, font: FontFamily, size = SIZE_3): TextRun {
  return new TextRun({ text, font: runFont(font), size });
}

function indented(children: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_2 },
    keepNext,
    children,
  });
}

function bodyParagraph(p: Para, keepNext = false): Paragraph {
  const runs = [...(p.lead ? [run(p.lead, HEADING2_FONT)] : []), ...(p.text ? [run(p.text, BODY_FONT)] : [])];
  return indented(runs, keepNext || !p.text);
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
