// The parts every renderer lays out: the title, and the six sections in template order with their
// narrative paragraphs and the table each of sections 二, 三 and 四 holds.
import type { AnnualReport, Section } from '../report/annual-report.ts';
import { SECTIONS } from '../report/template.ts';
import type { TableName } from './table-grid.ts';

export interface Paragraph {
  /** A level-2 heading leading the paragraph ('（一）主动公开：'), if any. */
  lead?: string;
  /** The rest of the paragraph (may be empty when the paragraph is only a heading). */
  text: string;
}

export interface SectionPart {
  number: string;
  /** The level-1 heading as printed: '一、总体情况'. */
  heading: string;
  paragraphs: Paragraph[];
  table?: TableName;
}

const TABLE_OF: Record<string, TableName> = { 二: 'table2', 三: 'table3', 四: 'table4' };

/** Phrases that show a section's text is the table itself as read from its source. */
const TABLE_MARKS: Record<TableName, readonly string[]> = {
  table2: ['第二十条', '信息内容'],
  table3: ['勾稽关系', '申请人情况', '本年新收', '自然人'],
  table4: ['结果维持', '结果纠正', '尚未审结', '直接起诉'],
};

export function reportTitle(report: AnnualReport): string {
  const year = report.year === null ? '' : `${report.year}年`;
  return `${report.agency ?? ''}${year}政府信息公开工作年度报告`;
}

export function sectionParts(report: AnnualReport): SectionPart[] {
  return SECTIONS.map((def) => {
    const section = report.sections.find((s) => s.number === def.number);
    const table = TABLE_OF[def.number];
    return {
      number: def.number,
      heading: `${def.number}、${def.title}`,
      paragraphs: section ? narrative(section, table) : [],
      ...(table && { table }),
    };
  });
}

/**
 * The narrative of a section. In sections 二–四 a reader keeps the table's printed text in the
 * section text; the rendered table replaces it, so only the sentences before it are kept.
 */
function narrative(section: Section, table: TableName | undefined): Paragraph[] {
  const paras = paragraphs(section.text);
  if (!table) return paras.map(withLead);
  const marks = TABLE_MARKS[table];
  const kept: string[] = [];
  for (const p of paras) {
    const c = p.replace(/\s+/g, '');
    if (marks.some((m) => c.includes(m))) break;
    if (/[。！？]/.test(p)) kept.push(p);
  }
  return kept.map(withLead);
}

const NUMBERED_START =
  /^(?:（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、．]|[一二三四五六七八九十]是)/;
const PARAGRAPH_END = /[。！？：:）)]$/;

/** Lines broken by a PDF or a crawler joined back into paragraphs. */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = out.length - 1;
    if (last >= 0 && !endsParagraph(out[last]!) && !NUMBERED_START.test(line)) {
      out[last] = joinLines(out[last]!, line);
    } else out.push(line);
  }
  return out.flatMap(splitAtHeadings);
}

function endsParagraph(line: string): boolean {
  return PARAGRAPH_END.test(line) && !/[（(][一二三四五六七八九十\d]+[）)]$/.test(line);
}

function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** A paragraph run together by a crawler: split before '（二）…' that follows a full stop. */
function splitAtHeadings(p: string): string[] {
  return p.split(/(?<=[。！？])(?=（[一二三四五六七八九十]+）)/);
}

// The heading up to its own full stop or colon (required: a lazy match would stop right after （一）).
const LEAD = /^（[一二三四五六七八九十]+）[^。：:（]{0,24}?[。：:]/;

function withLead(p: string): Paragraph {
  if (p.length <= 30 && /^（[一二三四五六七八九十]+）/.test(p) && !/。.+/.test(p))
    return { lead: p, text: '' };
  const m = LEAD.exec(p);
  if (m) return { lead: m[0], text: p.slice(m[0].length) };
  return { text: p };
}
