// Plain text to SourceDoc: tab-separated rows and markdown tables become tables with explicit
// cells; every other line is free text (PDF-extracted text, crawled page text, markdown prose).
import { normalizeText } from './normalize.ts';
import type { Block, SourceDoc, TableBlock, TableCell } from './source-doc.ts';

const PAGE_NUMBER =
  /^([-—–－─]+\s*\d{1,3}\s*[-—–－─]+|第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const MD_ROW = /^\s*\|.*\|\s*$/;
const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readTextLayout(source: string): SourceDoc {
  // Normalised once for the whole text (tabs kept: they are cell boundaries).
  const lines = normalizeText(source, true).split('\n');
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let tableKind: 'tsv' | 'md' | null = null;
  let sawTsv = false;
  let sawMd = false;

  const close = () => {
    if (table) blocks.push(table);
    table = null;
    tableKind = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.includes('|')) {
      if (MD_RULE.test(raw)) continue; // markdown header rule: layout only
      if (MD_ROW.test(raw)) {
        sawMd = true;
        if (tableKind !== 'md') close();
        tableKind = 'md';
        table ??= { kind: 'table', rows: [], loc: { line } };
        table.rows.push(markdownCells(raw, line));
        continue;
      }
    }
    if (raw.includes('\t')) {
      sawTsv = true;
      if (tableKind !== 'tsv') close();
      tableKind = 'tsv';
      table ??= { kind: 'table', rows: [], loc: { line } };
      table.rows.push(tabCells(raw, line));
      continue;
    }
    const text = raw.trim(); // no tab left: a line with one is a table row
    if (text === '') continue; // blank lines separate nothing the readers need
    if (PAGE_NUMBER.test(text)) continue; // '— 4 —', '第4页', '4/6' printed alone: page furniture
    close();
    blocks.push({ kind: 'text', text, loc: { line } });
  }
  close();
  return { format: sawMd ? 'markdown' : sawTsv ? 'tsv' : 'text', blocks };
}

function tabCells(raw: string, line: number): TableCell[] {
  return raw.split('\t').map((text, i) => ({ text: text.trim(), loc: { line, cell: i + 1 } }));
}

function markdownCells(raw: string, line: number): TableCell[] {
  const inner = raw.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((text, i) => ({
    text: text.replace(/\*\*|__/g, '').trim(),
    loc: { line, cell: i + 1 },
  }));
}
