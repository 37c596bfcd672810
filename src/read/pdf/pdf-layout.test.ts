import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../check/index.ts';
import { ReadError } from '../read-error.ts';
import { readSourceDoc } from '../read-report.ts';
import { readPdfLayout } from './index.ts';

const dir = new URL('../../../test/fixtures/pdf/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.pdf'));

async function readError(input: Uint8Array, thenReport = false): Promise<ReadError> {
  try {
    const doc = await readPdfLayout(input);
    if (thenReport) readSourceDoc(doc);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

describe('readPdfLayout: fixtures read to the tables they were made from', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));

  for (const file of fixtures) {
    it(file, async () => {
      const expected = JSON.parse(
        readFileSync(new URL(file.replace(/\.pdf$/, '.expected.json'), dir), 'utf8'),
      );
      const source = await readPdfLayout(bytes(file));
      expect(source.format).toBe('pdf');
      const report = readSourceDoc(source, { file });
      expect(report.table3).toEqual(expected.table3);
      expect(report.table4).toEqual(expected.table4);
      if (expected.table2) expect(report.table2).toEqual(expected.table2);
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
        agency: expected.agency,
        year: expected.year,
        template: expected.template,
      });
      const findings = checkReport(report);
      if (expected.findings) {
        // Made from a corpus report: exactly the findings its text gives.
        expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }))).toEqual(
          expected.findings,
        );
      } else {
        // Made from a truth file: the errors its report is known to have, and no other.
        const truth = JSON.parse(
          readFileSync(new URL(`../../../${expected.source}`, import.meta.url), 'utf8'),
        );
        const { mustFind = [], errorsAllowed = [] } = truth.expected_findings as {
          mustFind?: string[];
          errorsAllowed?: string[];
        };
        const rules = findings.map((f) => f.rule);
        for (const must of mustFind)
          expect(
            must.split('|').some((r) => rules.includes(r)),
            must,
          ).toBe(true);
        const allowed = [...errorsAllowed, ...mustFind.flatMap((m) => m.split('|'))];
        for (const f of findings.filter((x) => x.severity === 'error')) expect(allowed).toContain(f.rule);
      }
    }, 20_000);
  }
});

describe('readPdfLayout: layout', () => {
  it('drops page numbers and running footers, keeps values traceable to page and position', async () => {
    const source = await readPdfLayout(bytes('d04-lo-docx-landscape.pdf'));
    const texts = source.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    expect(texts.some((t) => /^-\s*\d+\s*-$/.test(t))).toBe(false);
    const tables = source.blocks.filter((b) => b.kind === 'table');
    // Table 3 runs over a page break (pages 2-3, landscape): one table, 2 header rows + 25 rows.
    const t3 = tables.find((t) => t.rows.some((r) => r[0]?.text.startsWith('一、本年新收')));
    expect(t3?.rows.length).toBe(27);
    const wrapped = t3?.rows.flat().find((c) => c.text.startsWith('（二）部分公开'));
    expect(wrapped?.text).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    const total = t3?.rows.find((r) => r.some((c) => c.text === '（七）总计'))?.at(-1);
    expect(total?.text).toBe('75');
    expect(total?.loc.page).toBe(3);
    expect(total?.loc.x).toBeGreaterThan(600);
  });

  it('drops Chromium running headers and footers', async () => {
    const source = await readPdfLayout(bytes('d05-chromium.pdf'));
    const texts = source.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    expect(texts.filter((t) => t.includes('年度报告'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('file://') || /^\d+\/\d+$/.test(t))).toBe(false);
  });

  it('gives text lines spans with page and position', async () => {
    const source = await readPdfLayout(bytes('d01-chromium-borderless.pdf'));
    const line = source.blocks.find((b) => b.kind === 'text' && b.text.startsWith('行政许可'));
    expect(line?.kind === 'text' && line.spans?.length).toBeGreaterThanOrEqual(2);
    if (line?.kind === 'text') {
      expect(line.spans?.[0]).toMatchObject({
        from: 0,
        loc: { page: expect.any(Number), x: expect.any(Number) },
      });
      expect(line.text).toMatch(/^行政许可\s+0$/);
    }
  });
});

describe('readPdfLayout: inputs that are not a readable report', () => {
  it('zero bytes', async () => expect((await readError(new Uint8Array())).code).toBe('damaged'));

  it('truncated PDF', async () => {
    const full = bytes('d04-lo-docx-landscape.pdf');
    const e = await readError(full.subarray(0, Math.floor(full.length / 2)));
    expect(e.code).toBe('damaged');
    expect(e.message).toContain('不完整');
  });

  it('not a PDF at all', async () => {
    expect((await readError(new TextEncoder().encode('<html>报告</html>'))).code).toBe('damaged');
  });

  it('encrypted PDF', async () => {
    const e = await readError(bytes('bad/encrypted.pdf'));
    expect(e.code).toBe('damaged');
    expect(e.message).toContain('加密');
  });

  it('image-only (scanned) PDF', async () => {
    const e = await readError(bytes('bad/scanned.pdf'));
    expect(e.code).toBe('scanned');
    expect(e.message).toBe('扫描件，无文本层（共2页），请先进行文字识别（OCR）');
  });

  it('a PDF that is not a report', async () => {
    expect(['not-report', 'no-tables']).toContain((await readError(bytes('bad/not-report.pdf'), true)).code);
  });
});
