// Round trip over random consistent reports of both templates: what the text and HTML renderers
// print, and the DOCX read back through mammoth, gives the same tables, agency and year, and no
// error finding; the JSON parses back to an equal object.
import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { readReport } from '../read/read-report.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { renderDocx, renderHtml, renderJson, renderText } from './index.ts';
import { sampleReport } from './sample-report.ts';
import { tableDiffs } from './table-diff.ts';

const reports = fc
  .tuple(fc.integer(), fc.constantFrom('2021' as const, '2019' as const))
  .map(([seed, version]) => sampleReport(seed, version));

const errorRules = (r: AnnualReport) =>
  checkReport(r)
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule);

function expectRoundTrip(original: AnnualReport, back: AnnualReport): void {
  expect({ agency: back.agency, year: back.year, template: back.template }).toEqual({
    agency: original.agency,
    year: original.year,
    template: original.template,
  });
  expect(tableDiffs(original, back)).toEqual([]);
  expect(errorRules(back)).toEqual([]);
}

describe('random consistent reports', () => {
  it('are consistent (the generator)', () => {
    fc.assert(
      fc.property(reports, (r) => {
        expect(errorRules(r)).toEqual([]);
      }),
    );
  });

  it('text', () => {
    fc.assert(
      fc.property(reports, (r) => expectRoundTrip(r, readReport({ text: renderText(r) }))),
      { numRuns: 60 },
    );
  });

  it('html', () => {
    fc.assert(
      fc.property(reports, (r) => expectRoundTrip(r, readReport({ text: renderHtml(r) }))),
      { numRuns: 60 },
    );
  });

  it('json', () => {
    fc.assert(
      fc.property(reports, (r) => {
        expect(JSON.parse(renderJson(r))).toEqual(r);
      }),
    );
  });

  it('docx, read back through mammoth', async () => {
    await fc.assert(
      fc.asyncProperty(reports, async (r) => {
        const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(r)) });
        expectRoundTrip(r, readReport({ text: value }));
      }),
      { numRuns: 15 },
    );
  });
});
