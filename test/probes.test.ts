// Probe reports: written by hand in the layouts real agencies publish (PDF-extracted text, tab and
// pipe tables, pandoc grid tables, crawled pages with white space collapsed, CMS pages, Word
// files), each with a truth file written from the same hand-set figures (test/probes/README.md).
// What they must show holds whatever the reader does with a hard cell: no number different from
// the truth (a cell the text leaves open is null, never a guess), the right agency, year and
// template, every planted error found and no other error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/index.ts';
import { loadReport } from '../src/cli/load.ts';
import { truthMismatches } from './support/truth-cells.ts';

const ROOT = 'test/probes';

interface Truth {
  agency: string;
  year: number;
  template: string;
  expected_findings?: { mustFind?: string[]; errorsAllowed?: string[] };
}

const probes = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ROOT, d.name))
      .filter((f) => !f.endsWith('.json'))
      .map((f) => join(ROOT, d.name, f)),
  )
  .sort();

describe('probe reports: no wrong number, no false error, every planted error found', () => {
  it('has probes', () => expect(probes.length).toBeGreaterThanOrEqual(100));

  for (const file of probes) {
    it(file.slice(ROOT.length + 1), async () => {
      const truth = JSON.parse(readFileSync(file.replace(/\.[^.]+$/, '.truth.json'), 'utf8')) as Truth;
      const report = await loadReport(file);
      const findings = checkReport(report);
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
        agency: truth.agency,
        year: truth.year,
        template: truth.template,
      });
      // a null is a cell left open with its reason; a number must be the truth's
      expect(truthMismatches(report, truth as never).filter((m) => !m.includes(' read null,'))).toEqual([]);
      const { mustFind = [], errorsAllowed = [] } = truth.expected_findings ?? {};
      const rules = findings.map((f) => f.rule);
      for (const must of mustFind)
        expect(
          must.split('|').some((r) => rules.includes(r)),
          must,
        ).toBe(true);
      const allowed = new Set([...errorsAllowed, ...mustFind.flatMap((m) => m.split('|'))]);
      const falseErrors = findings.filter((f) => f.severity === 'error' && !allowed.has(f.rule));
      expect(falseErrors.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    }, 20_000);
  }
});
