// The downloadable import template of each register: the header row only, as CSV text or as an
// XLSX workbook with a second sheet "说明" listing every column, an example and its allowed
// values. No example row among the data: a template imported unfilled must not add a made-up
// record to the agency's figures (it is refused: 只有列名，没有记录).

import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, REGISTER_NAMES, type RegisterColumn } from './columns.ts';
import type { RegisterKind } from './records.ts';

/** Rows of the XLSX template offering the drop-down lists of coded values. */
const LIST_ROWS = 500;

/** CSV with a BOM: Excel on Chinese Windows opens UTF-8 only with one. */
export function registerTemplateCsv(kind: RegisterKind): string {
  const columns = REGISTER_COLUMNS[kind];
  const line = (cells: string[]) => cells.map(csvCell).join(',');
  return `\uFEFF${line(columns.map((c) => c.header))}\r\n`;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function registerTemplateXlsx(kind: RegisterKind): Promise<Uint8Array> {
  const columns = REGISTER_COLUMNS[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('登记簿', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.example.length * 2 + 4),
    // Text columns stay text: Excel would turn a typed 2024-03 into a date, an id 001 into 1.
    style: isTextual(c) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    if (!c.choices) return;
    const list = `"${c.choices.map((ch) => ch.label).join(',')}"`;
    for (let row = 2; row <= LIST_ROWS; row++) {
      sheet.getCell(row, i + 1).dataValidation = { type: 'list', allowBlank: !c.required, formulae: [list] };
    }
  });
  addHelpSheet(workbook, kind, columns);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function isTextual(c: RegisterColumn): boolean {
  return c.type === 'text' || c.type === 'period' || c.type === 'choice';
}

function addHelpSheet(workbook: ExcelJS.Workbook, kind: RegisterKind, columns: readonly RegisterColumn[]) {
  const help = workbook.addWorksheet('说明');
  help.columns = [
    { header: '列名', width: 14 },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 70 },
    { header: '示例', width: 24 },
    { header: '也可用的列名', width: 36 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns)
    help.addRow([c.header, c.required ? '必填' : '可空', c.help, c.example, c.variants.join('、')]);
  help.addRow([]);
  help.addRow([
    `${REGISTER_NAMES[kind]}：第一个工作表第一行为列名，其后每行一条记录；导入时全部记录无误才会写入，有误的行会逐一列出。`,
  ]);
}
