import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../render/index.ts';
import { sampleReport } from '../../render/sample-report.ts';
import { tableDiffs } from '../../render/table-diff.ts';
import { ReadError } from '../read-error.ts';
import { readSourceDoc } from '../read-report.ts';
import { sniffFormat } from '../sniff.ts';
import { readXlsxLayout } from './xlsx-layout.ts';

async function readError(bytes: Uint8Array): Promise<ReadError> {
  try {
    await readXlsxLayout(bytes);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('no ReadError');
}

describe('readXlsxLayout', () => {
  it('reads the three tables of a rendered workbook, each value pointing at its sheet, row and column', async () => {
    const report = sampleReport(7);
    const bytes = await renderXlsx(report);
    expect(sniffFormat(bytes)).toBe('xlsx');
    const back = readSourceDoc(await readXlsxLayout(bytes));
    expect(tableDiffs(report, back)).toEqual([]);
    expect(back.agency).toBe(report.agency);
    expect(back.year).toBe(report.year);
    const received = back.provenance.table3?.received?.total;
    expect(received?.loc).toMatchObject({ table: 2, row: expect.any(Number), cell: expect.any(Number) });
  });

  it('answers a damaged file, and a workbook without tables, with a Chinese reason', async () => {
    const bytes = await renderXlsx(sampleReport(7));
    expect((await readError(bytes.subarray(0, bytes.length / 2))).code).toBe('damaged');
    const empty = new ExcelJS.Workbook();
    empty.title = '某县2024年政府信息公开工作年度报告';
    empty.addWorksheet('说明').getCell('A1').value = '本表无数据';
    const emptyBytes = new Uint8Array(await empty.xlsx.writeBuffer());
    expect(await readError(emptyBytes)).toMatchObject({ code: 'no-tables', message: '工作簿中没有表格数据' });
  });
});
