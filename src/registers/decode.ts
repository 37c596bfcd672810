// Register files from bytes: CSV (UTF-8 with or without BOM, GB18030/GBK as Excel saves it on
// Chinese Windows, UTF-16 "Unicode text") and XLSX (the first worksheet). Both become a table of
// text cells with the line (sheet row) of each row as the user sees it. Pure on bytes.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeText } from '../read/sniff.ts';
import { type ParseResult, parseRegisterRows } from './parse-rows.ts';
import type { RegisterKind } from './records.ts';

export type ImportFormat = 'csv' | 'xlsx';

/** Rows of text cells; `lines[i]` is where `rows[i]` starts in the file (1-based). */
export interface DecodedTable {
  rows: string[][];
  lines: number[];
}

/** The bytes are not a table at all (not text, not a workbook): the message says so, in Chinese. */
export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
}

export async function readRegisterFile<K extends RegisterKind>(
  kind: K,
  bytes: Uint8Array,
  format: ImportFormat,
): Promise<ParseResult<K>> {
  const table = format === 'xlsx' ? await decodeXlsx(bytes) : decodeCsv(bytes);
  return parseRegisterRows(kind, table.rows, table.lines);
}

/** An XLSX file is a zip ('PK'); anything else is taken for CSV text. */
export function formatOf(bytes: Uint8Array): ImportFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
}

export function decodeCsv(bytes: Uint8Array): DecodedTable {
  const decoded = decodeText(bytes);
  if (decoded === null)
    throw new RegisterFileError('文件不是文本格式的 CSV：请另存为 CSV（逗号分隔）或 XLSX 后再导入');
  // One line ending, so that csv-parse's line count is the line number an editor shows.
  const text = decoded.replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record comes as { record, info } (the typings describe the plain form).
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new RegisterFileError(`CSV 文件格式有误（${csvProblem(error)}）：请检查引号是否成对`);
  }
  // info.lines is where a record ends; a quoted cell may span lines.
  const lines = records.map(({ record, info }) => info.lines - record.join('').split('\n').length + 1);
  return { rows: records.map((r) => r.record), lines };
}

function csvProblem(error: unknown): string {
  const lines = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : NaN;
  return Number.isFinite(lines) ? `第${lines}行附近` : '无法解析';
}

export async function decodeXlsx(bytes: Uint8Array): Promise<DecodedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new RegisterFileError('无法读取 XLSX 文件：文件可能已损坏，或不是 Excel 工作簿');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RegisterFileError('XLSX 文件中没有工作表');
  const rows: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
    lines.push(rowNumber);
  });
  return { rows, lines };
}

/**
 * A cell value as text: dates as YYYY-MM-DD (exceljs gives a Date at UTC midnight of the sheet's
 * civil date), numbers as Excel shows them (15 significant digits, so a stored
 * 0.30000000000000004 reads 0.3), formulas by their cached result, rich text by its text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
