// The three tables as a workbook: sheets 表二, 表三, 表四 laid out as printed (merged header cells,
// template labels), totals as formulas with their cached results so that readers that do not
// recalculate show the figures, and a sheet 勾稽关系 checking 一+二 = （七）+四 for every column.
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES } from '../report/template.ts';
import { reportTitle } from './report-parts.ts';
import { type Grid, gridFor, placeCells, type TableName } from './table-grid.ts';
import { UNKNOWN_MARK } from './values.ts';
import { a1, sumFormula, sumOf, totalTerms, valueAt } from './xlsx.formulas.ts';

export const SHEETS: Record<TableName, string> = { table2: '表二', table3: '表三', table4: '表四' };
export const CHECK_SHEET = '勾稽关系';
const TITLES: Record<TableName, string> = {
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
};
const BALANCE_ROWS = ['received', 'carriedOver', 'totalHandled', 'carriedForward'] as const;

/** Grid rows start below the sheet's title row. */
export const GRID_TOP = 2;

const FONT = { name: '仿宋', size: 10.5 };
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export async function renderXlsx(report: AnnualReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = report.agency ?? '';
  wb.title = reportTitle(report);
  const cells = new Map<string, string>();
  for (const table of ['table2', 'table3', 'table4'] as const) {
    gridSheet(wb, report, gridFor(report, table), cells);
  }
  checkSheet(wb, report, cells);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The address of a report cell: 'table3:received:total' -> 'J5'. */
export function cellKey(table: TableName, row: string, col: string): string {
  return `${table}:${row}:${col}`;
}

function gridSheet(
  wb: ExcelJS.Workbook,
  report: AnnualReport,
  grid: Grid,
  addresses: Map<string, string>,
): void {
  const ws = wb.addWorksheet(SHEETS[grid.table]);
  ws.columns = grid.colWidths.map((w) => ({ width: Math.max(6, w * 7) }));
  ws.mergeCells(1, 1, 1, grid.width);
  const title = ws.getCell(1, 1);
  title.value = TITLES[grid.table];
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  const placed = placeCells(grid);
  const at = new Map<string, { row: number; col: number }>();
  for (const p of placed) {
    if (p.cell.ref) at.set(`${p.cell.ref.row}:${p.cell.ref.col}`, { row: p.row + GRID_TOP, col: p.col + 1 });
  }
  for (const { cell, row, col } of placed) {
    const r = row + GRID_TOP;
    const c = col + 1;
    if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
    const target = ws.getCell(r, c);
    target.font = FONT;
    target.border = BORDER;
    const left = cell.role === 'rowHeader' || cell.role === 'rowGroup';
    target.alignment = { horizontal: left ? 'left' : 'center', vertical: 'middle', wrapText: true };
    if (!cell.ref) {
      target.value = cell.text;
      continue;
    }
    addresses.set(cellKey(grid.table, cell.ref.row, cell.ref.col), a1({ row: r, col: c }));
    const value = valueAt(report, grid.table, cell.ref);
    const terms = totalTerms(report, grid.table, cell.ref);
    const sum = terms && sumOf(report, grid.table, terms);
    if (terms && sum !== null && sum !== undefined && sum === value) {
      const refs = terms.map((t) => at.get(`${t.row}:${t.col}`)!);
      target.value = { formula: sumFormula(refs), result: sum };
    } else if (value === null) {
      // The mark, not a blank: a blank cell reads as 0 (here and in any reader).
      target.value = UNKNOWN_MARK;
      target.note = `${UNKNOWN_MARK}：原报告中该单元格无法识别`;
    } else {
      target.value = value;
      if (terms) target.note = `原报告数字，与合计（${sum ?? '无法计算'}）不符`;
    }
  }
  // Borders on the covered cells of merges, so the printed grid is complete.
  for (let r = GRID_TOP; r < GRID_TOP + grid.rows.length; r++) {
    for (let c = 1; c <= grid.width; c++) ws.getCell(r, c).border = BORDER;
  }
  ws.views = [{ state: 'frozen', ySplit: GRID_TOP - 1 + grid.headRows }];
}

/** 勾稽关系: per column of table 3, 第一项加第二项之和 and 第三项加第四项之和, and whether they agree. */
function checkSheet(wb: ExcelJS.Workbook, report: AnnualReport, addresses: Map<string, string>): void {
  const ws = wb.addWorksheet(CHECK_SHEET);
  const t = TEMPLATES[report.template];
  ws.columns = [{ width: 16 }, { width: 26 }, { width: 26 }, { width: 10 }];
  ws.addRow(['申请人情况', '一、本年新收 + 二、上年结转', '（七）总计 + 四、结转下年度继续办理', '核对']);
  const sheet = `'${SHEETS.table3}'!`;
  const ref = (row: string, col: string) => `${sheet}${addresses.get(cellKey('table3', row, col))}`;
  t.table3Columns.forEach((c, i) => {
    const r = i + 2;
    const [received, carriedOver, handled, forward] = BALANCE_ROWS.map((row) =>
      valueAt(report, 'table3', { row, col: c.key }),
    );
    const [a, b, h, f] = BALANCE_ROWS.map((row) => ref(row, c.key));
    // An empty (unknown) cell counts as 0 in the sums, as a spreadsheet recalculates them.
    const num = (v: number | string | null) => (typeof v === 'number' ? v : 0);
    const left = num(received!) + num(carriedOver!);
    const right = num(handled!) + num(forward!);
    const known = [received, carriedOver, handled, forward].every((v) => typeof v === 'number');
    ws.getCell(r, 1).value = c.group ? `${c.group}：${c.label}` : c.label;
    ws.getCell(r, 2).value = { formula: `${a}+${b}`, result: left };
    ws.getCell(r, 3).value = { formula: `${h}+${f}`, result: right };
    ws.getCell(r, 4).value = {
      formula: `IF(COUNT(${a},${b},${h},${f})<4,"无法核对",IF(B${r}=C${r},"相等","不相等"))`,
      result: !known ? '无法核对' : left === right ? '相等' : '不相等',
    };
  });
  for (const row of ws.getRows(1, t.table3Columns.length + 1) ?? []) {
    row.eachCell((cell) => {
      cell.font = FONT;
      cell.border = BORDER;
    });
  }
  ws.getCell(t.table3Columns.length + 3, 1).value =
    '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';
}
