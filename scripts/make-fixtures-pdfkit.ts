// Fixture maker, part 4: reports written straight to PDF by a PDF library (pdfkit): text placed at
// positions the script computes and tables drawn as lines, the way report generators and some
// office suites write PDFs, next to the LibreOffice and Chromium producers of make-fixtures.sh.
// Each report is a real one from the corpus: its own title data and narrative (sections 一, 五, 六
// as read from its text) with the tables of its reviewed golden or truth file, so the fixture must
// read to exactly those tables and to the findings the corpus text gives.
//   node --import tsx scripts/make-fixtures-pdfkit.ts [OUTDIR]      (default test/fixtures/pdf)
// Needs (Debian): fonts-noto-cjk fonts-wqy-microhei. The fonts are embedded as subsets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { checkReport } from '../src/check/index.ts';
import { flatten } from '../src/read/flat-doc.ts';
import { readHtmlLayout } from '../src/read/html-layout.ts';
import { findOutline } from '../src/read/outline.ts';
import { readPdfLayout } from '../src/read/pdf/index.ts';
import { readReport, readSourceDoc } from '../src/read/read-report.ts';
import { looksLikeHtml } from '../src/read/sniff.ts';
import { readTextLayout } from '../src/read/text-layout.ts';
import type { AnnualReport } from '../src/report/annual-report.ts';
import { TEMPLATES } from '../src/report/template.ts';
import { type Cell, reportParts, type Table, type Truth } from './make-fixtures-model.ts';

const FONTS = {
  // An OpenType/CFF collection (CID Type 0C once embedded) and a TrueType collection.
  'noto-sans': {
    file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    name: 'NotoSansCJKsc-Regular',
  },
  'wqy-microhei': { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYiMicroHei' },
} as const;

interface PdfLayout {
  font: keyof typeof FONTS;
  /** Tables drawn with ruling lines; false: cells placed by position only. */
  ruled: boolean;
  /** Narrow label columns: long row labels wrap over two or three lines inside their cells. */
  narrow: boolean;
  /** The sections that start on a new page. */
  newPageBefore?: string[];
  /** Page numbers '- N -' at the foot of each page, or '第 N 页 共 M 页'. */
  footer: 'dash' | 'of';
  tableFontSize: number;
}

interface Fixture {
  name: string;
  /** The corpus report (text or HTML) whose narrative is printed. */
  source: string;
  /** Its reviewed tables: a seed's golden file or a dev report's truth file. */
  tables: string;
  layout: PdfLayout;
  /** What the fixture must show of the reader: checked after writing. */
  expect: { table3OverPageBreak?: boolean; pages?: number };
}

const FIXTURES: Fixture[] = [
  {
    name: 's000-pdfkit-ruled',
    source: 'test/corpus/seeds/000_7319e48ae86c574d.txt',
    tables: 'test/corpus/seeds/000_7319e48ae86c574d.golden.json',
    layout: { font: 'noto-sans', ruled: true, narrow: true, footer: 'dash', tableFontSize: 9 },
    expect: { table3OverPageBreak: true },
  },
  {
    name: 's001-pdfkit-borderless',
    source: 'test/corpus/seeds/001_bd83fd9759ba00f5.txt',
    tables: 'test/corpus/seeds/001_bd83fd9759ba00f5.golden.json',
    layout: { font: 'wqy-microhei', ruled: false, narrow: false, footer: 'of', tableFontSize: 10 },
    expect: {},
  },
  {
    name: 'd05-pdfkit-6pages',
    source: 'test/corpus/dev/d05.txt',
    tables: 'test/corpus/dev/d05.truth.json',
    layout: {
      font: 'wqy-microhei',
      ruled: true,
      narrow: true,
      newPageBefore: ['二', '三', '五', '六'],
      footer: 'of',
      tableFontSize: 10,
    },
    expect: { pages: 6, table3OverPageBreak: true },
  },
];

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 };
const BODY = 12;
const PAD = 3;
// Fixed dates keep the files the same from run to run.
const DATE = new Date('2024-03-01T08:00:00Z');

type Doc = PDFKit.PDFDocument;

// ------------------------------------------------------------------ the report to print

interface Printed {
  truth: Truth;
  report: AnnualReport;
  /** Text before the first section heading, without the title. */
  preamble: string[];
  tables: { table2: Table; table3: Table; table4: Table };
}

function prepare(f: Fixture): Printed {
  const text = readFileSync(f.source, 'utf8');
  const truth = JSON.parse(readFileSync(f.tables, 'utf8')) as Truth;
  const report = readReport({ text, file: f.source });
  const doc = flatten(looksLikeHtml(text) ? readHtmlLayout(text) : readTextLayout(text));
  const first = findOutline(doc).headings.find((h) => h)?.start ?? 0;
  const preamble = doc.text
    .slice(0, first)
    .replace(/^[\s\S]*?政府信息公开工作年度\s*报告/, '') // the title: printed separately
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const parts = reportParts(truth, { narrow: f.layout.narrow });
  const [table2, table3, table4] = parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []));
  return { truth, report, preamble, tables: { table2: table2!, table3: table3!, table4: table4! } };
}

// ------------------------------------------------------------------ PDF

async function render(f: Fixture, p: Printed): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: true,
    info: { Title: title(p.truth), Producer: 'pdfkit', CreationDate: DATE, ModDate: DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const font = FONTS[f.layout.font];
  doc.registerFont('cjk', font.file, font.name);
  doc.font('cjk');
  const width = A4.width - MARGIN.left - MARGIN.right;

  doc.fontSize(18).text(title(p.truth), MARGIN.left, MARGIN.top, { width, align: 'center' });
  doc.moveDown(0.8);
  for (const line of p.preamble) paragraph(doc, line);
  for (const s of p.report.sections) {
    if (f.layout.newPageBefore?.includes(s.number)) doc.addPage();
    doc.moveDown(0.5);
    ensureRoom(doc, 60);
    doc.fontSize(14).text(`${s.printedNumber}${s.title}`, MARGIN.left, doc.y, { width });
    doc.moveDown(0.3);
    const table =
      s.number === '二'
        ? p.tables.table2
        : s.number === '三'
          ? p.tables.table3
          : s.number === '四'
            ? p.tables.table4
            : null;
    if (table) drawTable(doc, table, f.layout);
    else for (const line of s.text.split('\n').filter((l) => l.trim() !== '')) paragraph(doc, line);
  }
  footers(doc, f.layout.footer);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function title(t: Truth): string {
  return `${t.agency}${t.year}年政府信息公开工作年度报告`;
}

function paragraph(doc: Doc, text: string): void {
  doc.fontSize(BODY).text(text, MARGIN.left, doc.y, {
    width: A4.width - MARGIN.left - MARGIN.right,
    indent: 2 * BODY,
    lineGap: 5,
    paragraphGap: 4,
  });
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > A4.height - MARGIN.bottom) doc.addPage();
}

/** Page numbers in the bottom margin, as office documents print them. */
function footers(doc: Doc, style: PdfLayout['footer']): void {
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    const text = style === 'dash' ? `- ${i + 1} -` : `第 ${i + 1} 页 共 ${count} 页`;
    // Writing in the margin: pdfkit would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(text, MARGIN.left, A4.height - 44, {
      width: A4.width - MARGIN.left - MARGIN.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

// ------------------------------------------------------------------ tables

interface Placed {
  cell: Cell;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** Cells on the grid: a merged cell takes the places its rowspan and colspan cover. */
function placeCells(table: Table): { placed: Placed[]; rowCount: number } {
  const taken = new Set<string>();
  const placed: Placed[] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++;
      const rows = cell.rowspan ?? 1;
      const cols = cell.colspan ?? 1;
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) taken.add(`${r + i},${c + j}`);
      placed.push({ cell, r0: r, c0: c, rows, cols });
      c += cols;
    }
  });
  return { placed, rowCount: table.rows.length };
}

/**
 * A table drawn row by row from the current position, running over page breaks where a row does
 * not fit (a merged cell split by the break is drawn on both pages, its text on the first).
 */
function drawTable(doc: Doc, table: Table, layout: PdfLayout): void {
  const width = A4.width - MARGIN.left - MARGIN.right;
  const sum = table.widths.reduce((a, b) => a + b, 0);
  const xs = [MARGIN.left];
  for (const w of table.widths) xs.push(xs.at(-1)! + (w / sum) * width);
  const { placed, rowCount } = placeCells(table);
  doc.fontSize(layout.tableFontSize);
  const lineGap = 1;
  const textHeight = (p: Placed) =>
    doc.heightOfString(p.cell.text || ' ', { width: xs[p.c0 + p.cols]! - xs[p.c0]! - 2 * PAD, lineGap });
  // Row heights: single-row cells first, then merged cells stretch the last row they cover.
  const heights = Array.from({ length: rowCount }, () => layout.tableFontSize + 2 * PAD + 4);
  for (const p of placed.filter((x) => x.rows === 1)) {
    heights[p.r0] = Math.max(heights[p.r0]!, textHeight(p) + 2 * PAD);
  }
  for (const p of placed.filter((x) => x.rows > 1)) {
    const have = heights.slice(p.r0, p.r0 + p.rows).reduce((a, b) => a + b, 0);
    const need = textHeight(p) + 2 * PAD;
    if (need > have) heights[p.r0 + p.rows - 1]! += need - have;
  }
  // Rows onto pages.
  const bottom = A4.height - MARGIN.bottom;
  const at: { page: number; y: number }[] = [];
  let page = doc.bufferedPageRange().count - 1;
  let y = doc.y + 4;
  for (let r = 0; r < rowCount; r++) {
    if (y + heights[r]! > bottom) {
      doc.addPage();
      page++;
      y = MARGIN.top;
    }
    at.push({ page, y });
    y += heights[r]!;
  }
  for (const p of placed) {
    const x = xs[p.c0]!;
    const w = xs[p.c0 + p.cols]! - x;
    // The cell's part on each page it reaches.
    const segments: { page: number; y: number; h: number }[] = [];
    for (let r = p.r0; r < p.r0 + p.rows; r++) {
      const last = segments.at(-1);
      if (last && last.page === at[r]!.page) last.h += heights[r]!;
      else segments.push({ page: at[r]!.page, y: at[r]!.y, h: heights[r]! });
    }
    segments.forEach((s, i) => {
      doc.switchToPage(s.page);
      if (layout.ruled) doc.lineWidth(0.6).rect(x, s.y, w, s.h).stroke();
      if (i > 0 || !p.cell.text) return;
      const th = textHeight(p);
      doc.fontSize(layout.tableFontSize).text(p.cell.text, x + PAD, s.y + (s.h - th) / 2, {
        width: w - 2 * PAD,
        align: p.cell.label ? 'left' : 'center',
        lineGap,
      });
    });
  }
  doc.switchToPage(page);
  doc.x = MARGIN.left;
  doc.y = y + 6;
  doc.fontSize(BODY);
}

// ------------------------------------------------------------------ expectations

function nullRow(template: Truth['template'], key: string): Record<string, null> {
  const def = TEMPLATES[template].table2.find((r) => r.key === key);
  return Object.fromEntries((def?.columns ?? []).map((c) => [c.key, null]));
}

/** The tables the fixture must read to, in the form of the other fixtures' expected files. */
function expectedTables(t: Truth) {
  const tmpl = TEMPLATES[t.template];
  const filled = (row: Record<string, number | null>, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
  return {
    table2:
      t.table2 &&
      Object.fromEntries(
        Object.entries(t.table2).map(([k, row]) => [
          k,
          Object.keys(row).length ? row : nullRow(t.template, k),
        ]),
      ),
    table3: Object.fromEntries(
      Object.entries(t.table3).map(([k, row]) => [
        k,
        filled(
          row,
          tmpl.table3Columns.map((c) => c.key),
        ),
      ]),
    ),
    table4: Object.fromEntries(
      Object.entries(t.table4).map(([k, row]) => [
        k,
        filled(
          row,
          tmpl.table4Columns.map((c) => c.key),
        ),
      ]),
    ),
  };
}

const findingsOf = (r: AnnualReport) =>
  checkReport(r).map((x) => ({ rule: x.rule, severity: x.severity, message: x.message }));

// ------------------------------------------------------------------ main

const outDir = process.argv[2] ?? 'test/fixtures/pdf';
let failed = false;
for (const f of FIXTURES) {
  const printed = prepare(f);
  const pdf = await render(f, printed);
  const expected = {
    source: f.source,
    tables: f.tables,
    producer: 'pdfkit',
    layout: f.layout,
    agency: printed.truth.agency,
    year: printed.truth.year,
    template: printed.truth.template,
    ...expectedTables(printed.truth),
    findings: findingsOf(printed.report),
  };
  writeFileSync(join(outDir, `${f.name}.pdf`), pdf);
  writeFileSync(join(outDir, `${f.name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);

  // Read it back: the same tables and findings, and the layout features it was made for.
  const source = await readPdfLayout(new Uint8Array(pdf));
  const back = readSourceDoc(source, { file: f.name });
  const problems: string[] = [];
  for (const k of ['agency', 'year', 'template', 'table2', 'table3', 'table4'] as const) {
    if (JSON.stringify(back[k]) !== JSON.stringify(expected[k])) problems.push(`${k} differs`);
  }
  if (JSON.stringify(findingsOf(back)) !== JSON.stringify(expected.findings)) {
    problems.push(`findings differ: ${JSON.stringify(findingsOf(back))}`);
  }
  const pages = new Set(
    source.blocks.flatMap((b) =>
      b.kind === 'text' ? [b.loc.page] : b.rows.flatMap((r) => r.map((c) => c.loc.page)),
    ),
  );
  if (f.expect.pages !== undefined && Math.max(...[...pages].map(Number)) !== f.expect.pages) {
    problems.push(`expected ${f.expect.pages} pages, read ${Math.max(...[...pages].map(Number))}`);
  }
  if (f.expect.table3OverPageBreak) {
    const t3 = source.blocks.find(
      (b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text.includes('本年新收'))),
    );
    const t3Pages = t3?.kind === 'table' ? new Set(t3.rows.flatMap((r) => r.map((c) => c.loc.page))) : null;
    if (!t3Pages || t3Pages.size < 2) problems.push('table 3 does not run over a page break');
  }
  console.log(`${f.name}.pdf ${pdf.length} bytes: ${problems.length ? problems.join('; ') : 'reads back'}`);
  if (problems.length) failed = true;
}
if (failed) process.exitCode = 1;
