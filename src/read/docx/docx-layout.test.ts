import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../read-error.ts';
import { readSourceDoc } from '../read-report.ts';
import { readDocxLayout } from './index.ts';

const dir = new URL('../../../test/fixtures/docx/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.docx'));

async function readError(input: Uint8Array): Promise<ReadError> {
  try {
    await readDocxLayout(input);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

describe('readDocxLayout: fixtures read to the tables they were made from', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(2));

  for (const file of fixtures) {
    it(file, async () => {
      const expected = JSON.parse(
        readFileSync(new URL(file.replace(/\.docx$/, '.expected.json'), dir), 'utf8'),
      );
      const source = await readDocxLayout(bytes(file));
      expect(source.format).toBe('docx');
      const report = readSourceDoc(source, { file });
      expect(report.table3).toEqual(expected.table3);
      expect(report.table4).toEqual(expected.table4);
      if (expected.table2) expect(report.table2).toEqual(expected.table2);
      expect(report.agency).toBe(expected.agency);
      expect(report.year).toBe(expected.year);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }

  it('reads merged cells as printed: a vMerge continuation is not a cell of its own', async () => {
    const source = await readDocxLayout(bytes('d04-landscape.docx'));
    const t3 = source.blocks.find(
      (b) => b.kind === 'table' && b.rows.some((r) => r[0]?.text.startsWith('一、本年新收')),
    );
    const row =
      t3?.kind === 'table' ? t3.rows.find((r) => r[0]?.text === '2.没有现成信息需要另行制作') : undefined;
    expect(row?.map((c) => c.text)).toEqual([
      '2.没有现成信息需要另行制作',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
  });
});

describe('readDocxLayout: damaged files', () => {
  it('bad zip', async () =>
    expect((await readError(new TextEncoder().encode('not a zip at all'))).code).toBe('damaged'));
  it('zero bytes', async () => expect((await readError(new Uint8Array())).code).toBe('damaged'));
  it('truncated zip', async () =>
    expect((await readError(bytes('bad/truncated.docx'))).code).toBe('damaged'));
  it('zip without word/document.xml', async () => {
    const e = await readError(bytes('bad/no-document.docx'));
    expect(e.code).toBe('damaged');
    expect(e.message).toContain('word/document.xml');
  });
});
