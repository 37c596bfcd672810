// The workbook read back with exceljs: every value cell holds the report's figure, every total is
// a formula over the right cells with the right cached result, and 勾稽关系 checks each column.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readReport } from '../read/read-report.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { fullRowLabel, type LabelDef, TEMPLATES } from '../report/template.ts';
import { sampleReport } from './sample-report.ts';
import { UNKNOWN_MARK } from './values.ts';
import { renderXlsx } from './xlsx.render.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

type Plain = number | string | null;
/** Cached formula results as written in the sheet XML (exceljs drops a cached 0 when loading). */
type Cached = Map<string, Plain>;
let cached: Cached = new Map();

async function cachedResults(bytes: Uint8Array, sheets: string[]): Promise<Cached> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Cached = new Map();
  for (const [i, name] of sheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g)) {
      out.set(`${name}!${m[1]}`, m[2]!.includes('t="str"') ? m[3]! : Number(m[3]));
    }
  }
  return out;
}

function plain(cell: ExcelJS.Cell): { value: Plain; formula?: string } {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) {
    return { value: cached.get(`${cell.worksheet.name}!${cell.address}`) ?? null, formula: v.formula };
  }
  return { value: (v ?? null) as Plain };
}

/** The sheet row whose label cells (A–C) hold exactly this printed label. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if ([1, 2, 3].some((c) => ws.getCell(r, c).value === label)) return r;
  }
  throw new Error(`no row ${label}`);
}

const printed = (row: LabelDef) => `${row.number ?? ''}${row.label}`;

/** An unknown value (null) is printed as the mark, never as a blank (which reads 0). */
const expectedFigure = (v: number | string | null | undefined) =>
  v === undefined ? null : v === null ? UNKNOWN_MARK : v;

async function verifyWorkbook(report: AnnualReport, bytes: Uint8Array): Promise<void> {
  const wb = await load(bytes);
  const t = TEMPLATES[report.template];
  expect(wb.worksheets.map((w) => w.name)).toEqual(['表二', '表三', '表四', '勾稽关系']);
  cached = await cachedResults(
    bytes,
    wb.worksheets.map((w) => w.name),
  );

  const t3 = wb.getWorksheet('表三')!;
  const rowAt = (key: string) => rowOf(t3, printed(t.table3Rows.find((x) => x.key === key)!));
  const firstOutcome = rowAt(t.outcomeRowKeys[0]!);
  const lastKey = t.outcomeRowKeys[t.outcomeRowKeys.length - 1]!;
  const lastOutcome = firstOutcome + t.outcomeRowKeys.length - 1;
  for (const row of t.table3Rows) {
    const r = rowOf(t3, printed(row));
    t.table3Columns.forEach((c, i) => {
      const col = String.fromCharCode(68 + i); // D … J
      const got = plain(t3.getCell(`${col}${r}`));
      const want = expectedFigure(report.table3[row.key]?.[c.key]);
      expect(got.value, `${fullRowLabel(row)} ${c.label}`).toEqual(want);
      const consistent = got.formula !== undefined;
      if (c.key === 'total' && consistent) expect(got.formula).toBe(`SUM(D${r}:I${r})`);
      else if (row.key === 'totalHandled' && consistent)
        expect(got.formula).toBe(`SUM(${col}${firstOutcome}:${col}${lastOutcome})`);
      else if (c.key !== 'total' && row.key !== 'totalHandled') expect(got.formula).toBeUndefined();
    });
  }
  expect(rowAt(lastKey)).toBe(lastOutcome);

  const t4 = wb.getWorksheet('表四')!;
  const valueRow = t4.rowCount;
  t.table4Groups.forEach((g, gi) => {
    t.table4Columns.forEach((c, ci) => {
      const col = gi * 5 + ci + 1;
      const got = plain(t4.getCell(valueRow, col));
      expect(got.value).toEqual(expectedFigure(report.table4[g.key][c.key]));
      if (c.key === 'total' && got.formula) {
        const from = t4.getCell(valueRow, col - 4).address;
        const to = t4.getCell(valueRow, col - 1).address;
        expect(got.formula).toBe(`SUM(${from}:${to})`);
      }
    });
  });

  const t2 = wb.getWorksheet('表二')!;
  for (const row of t.table2) {
    const r = rowOf(t2, row.label);
    row.columns.forEach((c, i) => {
      expect(plain(t2.getCell(r, i + 2)).value).toEqual(expectedFigure(report.table2[row.key]?.[c.key]));
    });
  }

  const check = wb.getWorksheet('勾稽关系')!;
  t.table3Columns.forEach((c, i) => {
    const r = i + 2;
    const col = String.fromCharCode(68 + i);
    expect(plain(check.getCell(r, 2)).formula).toBe(
      `'表三'!${col}${rowAt('received')}+'表三'!${col}${rowAt('carriedOver')}`,
    );
    expect(plain(check.getCell(r, 3)).formula).toBe(
      `'表三'!${col}${rowAt('totalHandled')}+'表三'!${col}${rowAt('carriedForward')}`,
    );
    const v = report.table3;
    const cells = ['received', 'carriedOver', 'totalHandled', 'carriedForward'].map(
      (k) => v[k]?.[c.key] ?? null,
    );
    const [a, b, h, f] = cells.map((x) => x ?? 0) as [number, number, number, number];
    expect(plain(check.getCell(r, 2)).value).toBe(a + b);
    expect(plain(check.getCell(r, 3)).value).toBe(h + f);
    const verdict = cells.includes(null) ? '无法核对' : a + b === h + f ? '相等' : '不相等';
    expect(plain(check.getCell(r, 4)).value).toBe(verdict);
  });
}

describe('renderXlsx', () => {
  it('blank reports of both templates', async () => {
    for (const v of ['2021', '2019'] as const)
      await verifyWorkbook(blankReport(v), await renderXlsx(blankReport(v)));
  });

  const files = ['test/corpus/seeds', 'test/corpus/dev'].flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|html|md)$/.test(f))
      .map((f) => join(d, f)),
  );
  it.each(files)('%s', async (file) => {
    const report = readReport({ text: readFileSync(file, 'utf8'), file });
    await verifyWorkbook(report, await renderXlsx(report));
  });

  it('random consistent reports: every total is a formula with its result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.constantFrom('2021' as const, '2019' as const), async (seed, v) => {
        const report = sampleReport(seed, v);
        await verifyWorkbook(report, await renderXlsx(report));
        const wb = await load(await renderXlsx(report));
        const t3 = wb.getWorksheet('表三')!;
        expect(plain(t3.getCell(`J${rowOf(t3, '（七）总计')}`)).formula).toBeDefined();
      }),
      { numRuns: 20 },
    );
  });

  it('keeps a contradicting total as printed, without a formula', async () => {
    const report = blankReport('2021');
    report.table3.received!.naturalPerson = 2;
    report.table3.received!.total = 3;
    const bytes = await renderXlsx(report);
    const wb = await load(bytes);
    cached = await cachedResults(
      bytes,
      wb.worksheets.map((w) => w.name),
    );
    const t3 = wb.getWorksheet('表三')!;
    const r = rowOf(t3, '一、本年新收政府信息公开申请数量');
    expect(plain(t3.getCell(`J${r}`))).toEqual({ value: 3 });
    expect(t3.getCell(`J${r}`).note).toBeTruthy();
    expect(plain(wb.getWorksheet('勾稽关系')!.getCell('D2')).value).toBe('不相等');
  });
});
