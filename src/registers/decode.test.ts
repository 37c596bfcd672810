import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS } from './columns.ts';
import { decodeCsv, decodeXlsx, formatOf, RegisterFileError, readRegisterFile } from './decode.ts';
import { REGISTER_KINDS } from './records.ts';
import { registerTemplateCsv, registerTemplateXlsx } from './template-file.ts';

/** GB18030 bytes of a text (Node has no GB encoder): the two-byte GBK table, inverted. */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      return bytes;
    }),
  );
}

const DECISIONS_CSV =
  '类别,期间,数量,来源\r\n行政处罚,2023-01,3,省行政执法信息平台\r\n行政许可,2023年2月,4,政务服务网\r\n';
const DECISIONS = [
  { category: 'penalty', period: '2023-01', count: 3, source: '省行政执法信息平台' },
  { category: 'licensing', period: '2023-02', count: 4, source: '政务服务网' },
];

describe('CSV from bytes', () => {
  it('reads GB18030 as saved by Excel on Chinese Windows', async () => {
    const bytes = gb18030(DECISIONS_CSV);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(await readRegisterFile('decisions', bytes, 'csv')).toEqual({ records: DECISIONS, lines: [2, 3] });
  });

  it('reads UTF-8 with a BOM', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${DECISIONS_CSV}`);
    expect(await readRegisterFile('decisions', bytes, 'csv')).toEqual({ records: DECISIONS, lines: [2, 3] });
  });

  it('gives the line where a row starts, past quoted line breaks and blank lines', () => {
    const csv = '编号,名称\r\n1,"两行\r\n标题"\r\n\r\n2,"含""引号"""\r\n';
    expect(decodeCsv(new TextEncoder().encode(csv))).toEqual({
      rows: [
        ['编号', '名称'],
        ['1', '两行\n标题'],
        ['2', '含"引号"'],
      ],
      lines: [1, 2, 5],
    });
  });

  it('reads tab-separated text (Excel “Unicode 文本”, UTF-16)', () => {
    const text = '\uFEFF类别\t期间\r\n行政许可\t2023\r\n';
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(decodeCsv(utf16).rows).toEqual([
      ['类别', '期间'],
      ['行政许可', '2023'],
    ]);
  });

  it('refuses binary bytes and unbalanced quotes, in Chinese', () => {
    expect(() => decodeCsv(new Uint8Array([0, 1, 2, 3]))).toThrow(RegisterFileError);
    expect(() => decodeCsv(new TextEncoder().encode('a,b\n1,"x\n'))).toThrow(/CSV 文件格式有误/);
  });
});

describe('XLSX from bytes', () => {
  it.each(REGISTER_KINDS)(
    'the downloadable %s template: refused unfilled, imports once filled in',
    async (kind) => {
      const xlsx = await registerTemplateXlsx(kind);
      expect(formatOf(xlsx)).toBe('xlsx');
      const unfilled = { errors: [{ line: 1, message: '只有列名，没有记录' }] };
      expect(await readRegisterFile(kind, xlsx, 'xlsx')).toEqual(unfilled);
      const csv = new TextEncoder().encode(registerTemplateCsv(kind));
      expect(formatOf(csv)).toBe('csv');
      expect(await readRegisterFile(kind, csv, 'csv')).toEqual(unfilled);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
      // Typed into row 2, as a clerk would (addRow would land after the drop-down rows).
      wb.worksheets[0]!.getRow(2).values = REGISTER_COLUMNS[kind].map((c) => c.example || null);
      const filled = new Uint8Array(await wb.xlsx.writeBuffer());
      const examples = REGISTER_COLUMNS[kind].map((c) => c.example).join(',');
      const filledCsv = new TextEncoder().encode(`${registerTemplateCsv(kind)}${examples}\r\n`);
      const fromXlsx = await readRegisterFile(kind, filled, 'xlsx');
      expect(fromXlsx).toEqual(await readRegisterFile(kind, filledCsv, 'csv'));
      expect('records' in fromXlsx && fromXlsx.records).toHaveLength(1);
    },
  );

  it('has a 说明 sheet listing the allowed values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await registerTemplateXlsx('cases')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['登记簿', '说明']);
    const help = wb.getWorksheet('说明')!;
    const texts: string[] = [];
    help.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.join('\n')).toContain('行政复议、行政诉讼（直接起诉）、行政诉讼（复议后起诉）');
  });

  it('reads dates as Date cells or serial numbers, and floats as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('费用');
    ws.addRow(['收费项目', '期间', '金额（元）']);
    ws.addRow(['工本费', new Date(Date.UTC(2023, 2, 1)), 0.1 + 0.2]); // Excel's "Mar-23", 0.30000000000000004
    ws.addRow(['工本费', '2023-04', { formula: 'B1', result: 1234567.89 }]);
    ws.addRow([]);
    ws.addRow(['查询费', 2023, 5]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readRegisterFile('fees', bytes, 'xlsx')).toEqual({
      records: [
        { item: '工本费', period: '2023-03', amountFen: 30 },
        { item: '工本费', period: '2023-04', amountFen: 123_456_789 },
        { item: '查询费', period: '2023', amountFen: 500 },
      ],
      lines: [2, 3, 5],
    });
  });

  it('reads a date column holding Excel serial numbers', async () => {
    const bytes = await xlsxOf([
      ['编号', '类别', '提起日期', '审结日期', '结果'],
      ['C1', '行政复议', 45366, new Date(Date.UTC(2024, 5, 30)), '维持'],
    ]);
    expect(await readRegisterFile('cases', bytes, 'xlsx')).toEqual({
      records: [
        {
          id: 'C1',
          kind: 'reconsideration',
          filedOn: '2024-03-15',
          concludedOn: '2024-06-30',
          result: 'upheld',
          note: '',
        },
      ],
      lines: [2],
    });
  });

  it('refuses bytes that are not a workbook, in Chinese', async () => {
    await expect(decodeXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/无法读取 XLSX 文件/);
  });
});

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('x');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
