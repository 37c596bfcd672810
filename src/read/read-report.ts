// Reads a yearly report (text or HTML) into an AnnualReport. Recoverable oddities become
// provenance (and, through the checker, findings); only input that is not a report at all throws.
import type { AnnualReport, CellCount, Provenance } from '../report/annual-report.ts';
import { TEMPLATES } from '../report/template.ts';
import { preferByNarrative as evidenceFor } from './evidence.ts';
import { type FlatDoc, flatten, toCompact } from './flat-doc.ts';
import { readHtmlLayout } from './html-layout.ts';
import { readMeta } from './meta.ts';
import { halfWidth, hasHalfWidthChanges } from './normalize.ts';
import { findOutline, type Outline } from './outline.ts';
import { ReadError } from './read-error.ts';
import { narrativeText, readSections } from './sections.ts';
import { looksLikeHtml } from './sniff.ts';
import type { SourceDoc } from './source-doc.ts';
import type { TableRead } from './table-reading.ts';
import { readTable2, readTable3, readTable4 } from './tables.ts';
import { detectTemplate } from './template-version.ts';
import { readTextLayout } from './text-layout.ts';

export interface ReadInput {
  text: string;
  /** Where the text came from, for provenance. */
  file?: string;
  bytes?: number;
}

export function readReport(input: ReadInput): AnnualReport {
  if (input.text.trim() === '') throw new ReadError('empty', '文件为空，没有可读取的内容');
  const source = looksLikeHtml(input.text) ? readHtmlLayout(input.text) : readTextLayout(input.text);
  return readSourceDoc(source, input);
}

const LAID_OUT = new Set(['pdf', 'docx', 'xlsx']);

/**
 * PDF, DOCX and XLSX text as printed: full-width digits ('３', '１２') are numbers like any other,
 * and radicals standing for characters ('⼯作') are those characters (normalize.ts). The text and
 * HTML readers normalise their lines already.
 */
function halfWidthDigits(source: SourceDoc): SourceDoc {
  if (!LAID_OUT.has(source.format)) return source;
  const blocks = source.blocks.map((b) => {
    if (b.kind === 'text') return hasHalfWidthChanges(b.text) ? { ...b, text: halfWidth(b.text) } : b;
    if (!b.rows.some((r) => r.some((c) => hasHalfWidthChanges(c.text)))) return b;
    return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: halfWidth(c.text) }))) };
  });
  return { ...source, blocks };
}

/** The common path of every reader: a SourceDoc (from text, HTML, PDF or DOCX) to a report. */
export function readSourceDoc(source: SourceDoc, input: Omit<ReadInput, 'text'> = {}): AnnualReport {
  const doc = flatten(halfWidthDigits(source));
  if (!doc.compact.includes('政府信息公开') && !doc.compact.includes('信息公开')) {
    throw new ReadError('not-report', '不是政府信息公开工作年度报告：文中没有“政府信息公开”字样');
  }
  const outline = findOutline(doc);
  const meta = readMeta(doc);
  const detected = detectTemplate(doc, meta.year);
  const template = TEMPLATES[detected.version];
  const t3 = readTable3(doc, outline.table3, template);
  const t4 = readTable4(doc, outline.table4, template);
  const t2 = readTable2(
    doc,
    outline.table2,
    template,
    evidenceFor(() => narrativeText(doc, outline), template),
  );
  if (![t2.read, t3.read, t4.read].some((r) => r && r.groups > 0)) {
    throw new ReadError(
      'no-tables',
      doc.compact.includes('年度报告') || doc.compact.includes('年报')
        ? '未找到年度报告的统计表格（表二、表三、表四均无数字）'
        : '不是政府信息公开工作年度报告：未找到年度报告的统计表格',
    );
  }
  const provenance: Provenance = {
    source: {
      format: source.format,
      ...(input.file && { file: input.file }),
      ...(input.bytes && { bytes: input.bytes }),
    },
    template: { raw: detected.version, how: detected.how },
    ...(meta.yearProvenance && { year: meta.yearProvenance }),
    ...(meta.agencyProvenance && { agency: meta.agencyProvenance }),
    table2: t2.provenance,
    table3: t3.provenance,
    table4: t4.provenance,
    labels: {
      table2: rowLabels(t2.read, true),
      table3: rowLabels(t3.read, true),
      table2Text: rowLabels(t2.read, false),
      table3Text: rowLabels(t3.read, false),
      header: headers(doc, outline),
    },
    cellCounts: { table2: cellCounts(t2.read), table3: cellCounts(t3.read), table4: cellCounts(t4.read) },
    vanishingBlanks: [
      ...(t2.read?.vanishing ? ['table2'] : []),
      ...(t3.read?.vanishing ? ['table3'] : []),
      ...(t4.read?.vanishing ? ['table4'] : []),
    ],
    years: {
      ...(meta.titleYear !== undefined && { title: meta.titleYear }),
      ...(meta.periodYear !== undefined && { period: meta.periodYear }),
    },
    sectionsOutOfOrder: outline.misplaced.map((h) => h.section.number),
    notes: [],
  };
  return {
    template: detected.version,
    year: meta.year,
    agency: meta.agency,
    table2: t2.table,
    table3: t3.table,
    table4: t4.table,
    sections: readSections(doc, outline),
    findings: [],
    provenance,
  };
}

/** Printed row labels: from their own cells, or (inCell false) from free text. */
function rowLabels(read: TableRead | undefined, inCell: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of read?.rows ?? [])
    if (row.label && Boolean(row.labelInCell) === inCell) out[row.key] = row.label;
  return out;
}

function cellCounts(read: TableRead | undefined): Record<string, CellCount> {
  const out: Record<string, CellCount> = {};
  for (const row of read?.rows ?? []) {
    if (row.dropped > 0 || row.missing > 0) {
      out[row.key] = {
        expected: row.cells.length,
        printed: row.printed,
        dropped: row.dropped,
        missing: row.missing,
      };
    }
  }
  return out;
}

/** The header text of tables 3 and 4 (compact), for checking column labels. */
function headers(doc: FlatDoc, outline: Outline): Record<string, string> {
  const out: Record<string, string> = {};
  const slice = (from: number, stop: RegExp) => {
    const c = doc.compact.slice(toCompact(doc, from));
    const end = c.search(stop);
    return c.slice(0, end < 0 ? 400 : end);
  };
  if (outline.table3) out.table3 = slice(outline.table3.from, /一、?本年新收|本年新收/);
  // up to the first number; a caption's number ('表4') is none
  if (outline.table4) out.table4 = slice(outline.table4.from, /(?<![表第\d])\d/);
  return out;
}
