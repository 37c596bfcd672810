// PDF to SourceDoc: text items with positions (pdfjs-dist), tables rebuilt from ruling lines,
// everything else as lines rebuilt by geometry, page furniture dropped. Pure: bytes in, blocks out.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError } from '../read-error.ts';
import type { Block, SourceDoc, TableBlock } from '../source-doc.ts';
import { dropFurniture, type PageLines } from './furniture.ts';
import { findGrids } from './grid.ts';
import { type Item, pageItems } from './items.ts';
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
    // All pages at once: pdfjs decompresses streams off the main thread, so one page's wait for
    // zlib is another page's parsing time.
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const read: PageRead[] = await Promise.all(numbers.map((n) => readPage(doc, n)));
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
    // Ruling lines cost a second pass over the page (pdfjs' operator list): read them only where
    // a table can be.
    const grids = mayHoldTable(items) ? findGrids(await pageRules(page)) : [];
    const { tables, rest } = placeItems(n, grids, items);
    page.cleanup();
    return { page: n, height, lines: buildLines(rest), tables };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('damaged', `PDF 第${n}页已损坏，无法读取（${(e as Error)?.message ?? e}）`);
  }
}

const NUMBER = /^\s*[\d０-９]+(?:[.．][\d０-９]+)?\s*$/;
/**
 * Cell labels of the three tables (column heads and table 2's and 4's row heads) that begin a text
 * run; a narrative sentence rarely starts with one.
 */
const TABLE_LABEL =
  /^\s*(?:总计|合计|自然人|商业企业|科研机构|社会公益组织|法律服务机构|结果维持|结果纠正|其他结果|尚未审结|本年新制发件数|本年废止件数|现行有效件数|本年处理决定数量|制发件数|废止件数|处理决定数量)/;

/**
 * Whether a page can hold (part of) a table: three cells that are bare numbers, or a table label.
 * A narrative page has neither; a table of blank cells still has its labels.
 */
function mayHoldTable(items: Item[]): boolean {
  let numbers = 0;
  for (const it of items) {
    if (NUMBER.test(it.str) && ++numbers >= 3) return true;
    if (TABLE_LABEL.test(it.str)) return true;
  }
  return false;
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
