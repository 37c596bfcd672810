// Round trip over the real reports (seeds and dev corpus): read, render, read the rendering back.
// The tables, agency and year come back unchanged, and no error finding appears that the original
// did not have. DOCX is read back through mammoth (independent of src/read/docx); XLSX, which
// holds only the tables, through src/read/xlsx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { readReport, readSourceDoc } from '../read/read-report.ts';
import { readXlsxLayout } from '../read/xlsx/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { renderDocx, renderHtml, renderJson, renderText, renderXlsx } from './index.ts';
import { tableDiffs } from './table-diff.ts';

const DIRS = ['test/corpus/seeds', 'test/corpus/dev'];
const FILES = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.(txt|html|md)$/.test(f))
    .map((f) => join(d, f)),
);

const errors = (r: AnnualReport) =>
  checkReport(r)
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule)
    .sort();

function expectSameReport(original: AnnualReport, back: AnnualReport): void {
  expect({ agency: back.agency, year: back.year, template: back.template }).toEqual({
    agency: original.agency,
    year: original.year,
    template: original.template,
  });
  expect(tableDiffs(original, back)).toEqual([]);
  // A null cell stays null: the rendering never turns an unknown into a number.
  expect(tableDiffs(original, back).filter((d) => d.expected === null)).toEqual([]);
  expect(errors(back)).toEqual(errors(original));
}

describe.each(FILES)('%s', (file) => {
  const original = readReport({ text: readFileSync(file, 'utf8'), file });

  it('text', () => expectSameReport(original, readReport({ text: renderText(original) })));

  it('html', () => expectSameReport(original, readReport({ text: renderHtml(original) })));

  it('docx (read back through mammoth)', async () => {
    const bytes = await renderDocx(original);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expectSameReport(original, readReport({ text: html }));
  });

  it('xlsx (the tables only)', async () => {
    const back = readSourceDoc(await readXlsxLayout(await renderXlsx(original)), {});
    expect({ agency: back.agency, year: back.year, template: back.template }).toEqual({
      agency: original.agency,
      year: original.year,
      template: original.template,
    });
    expect(tableDiffs(original, back)).toEqual([]);
    // No narrative: only the table rules can speak, and they say what they said of the original.
    const tableErrors = (r: AnnualReport) => errors(r).filter((rule) => rule !== 'text-table-mismatch');
    expect(tableErrors(back)).toEqual(tableErrors(original));
  });

  it('json', () => expect(JSON.parse(renderJson(original))).toEqual(original));
});
