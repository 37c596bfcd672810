// An XLSX workbook (as agencies publish the three tables, one sheet each, or as Gongkai renders
// them) read into the SourceDoc every reader produces: the workbook's title as a line, then per
// sheet its heading rows as lines and its grid as a table. A merged range is one cell, in its
// top-left corner, as in a web page's rowspan/colspan. Formula cells give their cached result
// as the file stores it: exceljs drops a cached 0, so the results are read from the sheet XML.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ReadError } from '../read-error.ts';
import type { Block, SourceDoc, TableCell } from '../source-doc.ts';

type Cached = Map<string, string>;

export async function readXlsxLayout(bytes: Uint8Array): Promise<SourceDoc> {
  const { workbook, cached } = await open(bytes);
  const blocks: Block[] = [];
  const title = workbook.title?.trim();
  if (title) blocks.push({ kind: 'text', text: title, loc: {} });
  workbook.worksheets.forEach((sheet, i) => {
    blocks.push(...sheetBlocks(sheet, i + 1, cached.get(sheet.name) ?? new Map()));
  });
  if (blocks.every((b) => b.kind === 'text')) throw new ReadError('no-tables', '工作簿中没有表格数据');
  return { format: 'xlsx', blocks, ...(title ? { title } : {}) };
}

async function open(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; cached: Map<string, Cached> }> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return { workbook, cached: await cachedResults(zip) };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(
      'damaged',
      'XLSX 文件已损坏或不是有效的 Excel 工作簿，请重新下载或用 Excel/WPS 另存为 XLSX',
    );
  }
}

/**
 * Rows whose cells are all one merged range across the sheet (a sheet heading, a note) are
 * lines of text; runs of other rows are one table.
 */
function sheetBlocks(sheet: ExcelJS.Worksheet, sheetNo: number, cached: Cached): Block[] {
  const merges = (sheet.model.merges ?? []).map(bounds);
  const covered = coveredCells(merges);
  const width = sheet.columnCount;
  const blocks: Block[] = [];
  let table: TableCell[][] = [];
  const flush = () => {
    if (table.length > 0) blocks.push({ kind: 'table', rows: table, loc: { table: sheetNo } });
    table = [];
  };
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      cells.push({ text: cellText(sheet.getCell(r, c), cached), loc: { table: sheetNo, row: r, cell: c } });
    }
    const filled = cells.filter((cell) => cell.text !== '');
    if (filled.length === 0) continue;
    const spansRow = merges.some((m) => m.top === r && m.left === 1 && m.right >= width);
    if (spansRow || (filled.length === 1 && cells.length === 1)) {
      flush();
      blocks.push({ kind: 'text', text: filled[0]!.text, loc: { table: sheetNo, row: r } });
    } else table.push(cells);
  }
  flush();
  return blocks;
}

function cellText(cell: ExcelJS.Cell, cached: Cached): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('formula' in v || 'sharedFormula' in v) return cached.get(cell.address) ?? resultText(v.result);
  if ('richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in v) return String(v.text).trim();
  return '';
}

function resultText(result: unknown): string {
  return typeof result === 'number' || typeof result === 'string' ? String(result) : '';
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'B2:D3' as 1-based bounds. */
function bounds(ref: string): Bounds {
  const [a, b = a] = ref.split(':') as [string, string?];
  const [s, e] = [address(a), address(b ?? a)];
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

function address(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return { row: 0, col: 0 };
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

function coveredCells(merges: readonly Bounds[]): Set<string> {
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  return covered;
}

/** Cached formula results per sheet name, from the sheet XML (`<c r="J6"><f>…</f><v>0</v></c>`). */
async function cachedResults(zip: JSZip): Promise<Map<string, Cached>> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels)
    throw new ReadError('damaged', 'XLSX 文件缺少工作簿结构（xl/workbook.xml），无法读取');
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const result = new Map<string, Cached>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const values: Cached = new Map();
    for (const c of xml.matchAll(
      /<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?<f[\s>][\s\S]*?<v>([^<]*)<\/v>/g,
    ))
      values.set(c[1]!, c[2]!);
    result.set(unescapeXml(m[1]!), values);
  }
  return result;
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
