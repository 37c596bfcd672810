// PDF to SourceDoc: text items with positions (pdfjs-dist), tables rebuilt from ruling lines,
// everything else as lines rebuilt by geometry, page furniture dropped. Pure: bytes in, blocks out.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError } from '../read-error.ts';
import type { Block, SourceDoc, TableBlock } from '../source-doc.ts';
import { dropFurniture, type PageLines } from './furniture.ts';
import { findGrids } from './grid.ts';
import { pageItems } from './items.ts';
import { buildLines } from './lines.ts';
import { openPdf } from './load.ts';
import { pageRules } from './rules.ts';
import { type PlacedTable, placeItems } from './tables.ts';

interface PageRead extends PageLines {
  tables: PlacedTable[];
}

export async function readPdfLayout(bytes: Uint8Array): Promise<SourceDoc> {
  const doc = await openPdf(bytes);
  try {
    const read: PageRead[] = [];
    for (let n = 1; n <= doc.numPages; n++) read.push(await readPage(doc, n));
    const pages = dropFurniture(read).map((p, i) => ({ ...p, tables: read[i]!.tables }));
    const chars = pages.reduce((n, p) => n + p.lines.length + p.tables.length, 0);
    if (chars === 0) {
      throw new ReadError('scanned', `扫描件，无文本层（共${doc.numPages}页），请先进行文字识别（OCR）`);
    }
    return { format: 'pdf', blocks: orderBlocks(pages) };
  } finally {
    await doc.destroy();
  }
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PageRead> {
  try {
    const page = await doc.getPage(n);
    const { items, height } = await pageItems(page);
    const grids = items.length > 0 ? findGrids(await pageRules(page)) : [];
    const { tables, rest } = placeItems(n, grids, items);
    page.cleanup();
    return { page: n, height, lines: buildLines(rest), tables };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('damaged', `PDF 第${n}页已损坏，无法读取（${(e as Error)?.message ?? e}）`);
  }
}

/** Blocks in reading order: per page top to bottom; a table that runs on over a page break is one table. */
function orderBlocks(pages: (PageLines & { tables: PlacedTable[] })[]): Block[] {
  const blocks: Block[] = [];
  let open: { table: PlacedTable; block: TableBlock } | null = null; // the previous page ended with it
  for (const p of pages) {
    const entries = [
      ...p.tables.map((t) => ({ top: t.grid.ys[0]!, table: t })),
      ...p.lines.map((l) => ({ top: l.top, line: l })),
    ].sort((a, b) => a.top - b.top);
    entries.forEach((e, i) => {
      if ('line' in e) {
        const { text, spans } = e.line;
        blocks.push({
          kind: 'text',
          text,
          loc: { page: p.page, x: spans[0]!.loc.x!, y: spans[0]!.loc.y! },
          spans,
        });
        return;
      }
      const t = e.table;
      if (i === 0 && open && sameColumns(open.table, t)) appendRows(open.block, t.block);
      else blocks.push(t.block);
    });
    const last = entries.at(-1);
    open = last && 'table' in last ? { table: last.table, block: blocks.at(-1) as TableBlock } : null;
  }
  return blocks;
}

function sameColumns(a: PlacedTable, b: PlacedTable): boolean {
  const [x1, x2] = [a.grid.xs, b.grid.xs];
  return b.page === a.page + 1 && x1.length === x2.length && x1.every((x, i) => Math.abs(x - x2[i]!) <= 3);
}

/** Rows of a table's continuation, without the empty stubs of cells merged over the page break. */
function appendRows(into: TableBlock, more: TableBlock): void {
  const [first, ...rest] = more.rows;
  if (first) {
    const lead = first.findIndex((c) => c.text !== '');
    into.rows.push(lead > 0 ? first.slice(lead) : first);
  }
  into.rows.push(...rest);
}
