// The seeds and the development corpus: every cell as reviewed (seeds: golden files checked by
// hand against the text; dev: the truth files), and the findings each report must produce.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/index.ts';
import { readReport } from '../src/read/read-report.ts';
import type { AnnualReport } from '../src/report/annual-report.ts';
import { truthMismatches } from './support/truth-cells.ts';

const SEEDS = 'test/corpus/seeds';
const DEV = 'test/corpus/dev';

function read(path: string): AnnualReport {
  const report = readReport({ text: readFileSync(path, 'utf8'), file: path });
  return { ...report, findings: checkReport(report) };
}

const rulesOf = (r: AnnualReport, severity: string) =>
  r.findings.filter((f) => f.severity === severity).map((f) => f.rule);

describe('seeds: every cell as in the reviewed golden file', () => {
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
    it(f, () => {
      const r = read(join(SEEDS, f));
      const golden = JSON.parse(readFileSync(join(SEEDS, f.replace(/\.txt$/, '.golden.json')), 'utf8'));
      expect({ agency: r.agency, year: r.year, template: r.template }).toEqual({
        agency: golden.agency,
        year: golden.year,
        template: golden.template,
      });
      expect(r.table2).toEqual(golden.table2);
      expect(r.table3).toEqual(golden.table3);
      expect(r.table4).toEqual(golden.table4);
    });
  }
});

describe('seeds: findings derived from the text', () => {
  const seed = (prefix: string) =>
    read(join(SEEDS, readdirSync(SEEDS).find((x) => x.startsWith(prefix) && x.endsWith('.txt'))!));

  it('000: narrative says no application but table 3 counts one; section 五 skips 二是', () => {
    const r = seed('000');
    expect(rulesOf(r, 'error')).toEqual(['text-table-mismatch']);
    expect(r.findings[0]!.message).toContain('未收到政府信息公开申请');
    expect(r.findings[0]!.message).toContain('本年新收为 1');
    const gap = r.findings.find((f) => f.rule === 'numbering-gap');
    expect(gap).toMatchObject({ severity: 'warning', where: { section: '五' } });
    expect(gap!.message).toContain('二是');
  });

  it('001: narrative says 2 applications but table 3 is all zero', () => {
    const r = seed('001');
    expect(rulesOf(r, 'error')).toContain('text-table-mismatch');
    expect(r.findings.find((f) => f.severity === 'error')!.message).toMatch(/2件.*本年新收为 0/);
  });

  it('002: extra cells and relabelled columns are warnings, no error', () => {
    const r = seed('002');
    expect(rulesOf(r, 'error')).toEqual([]);
    expect(rulesOf(r, 'warning')).toContain('cell-count');
    expect(rulesOf(r, 'warning')).toContain('template-label');
    expect(r.findings.some((f) => f.message.includes('社会组织'))).toBe(true);
  });

  it.each(['003', '004'])('%s: no error', (p) => {
    expect(rulesOf(seed(p), 'error')).toEqual([]);
  });
});

interface Truth {
  agency: string;
  year: number;
  template: string;
  table2: Record<string, Record<string, unknown>> | null;
  table3: Record<string, Record<string, unknown>>;
  table4: Record<string, Record<string, unknown>>;
  expected_findings: { mustFind: string[]; errorsAllowed: string[] };
}

describe('development corpus: every cell and the expected findings', () => {
  for (const f of readdirSync(DEV).filter((x) => !x.endsWith('.json'))) {
    const truth: Truth = JSON.parse(readFileSync(join(DEV, f.replace(/\.[^.]+$/, '.truth.json')), 'utf8'));
    const r = read(join(DEV, f));

    it(`${f}: agency, year, template`, () => {
      expect({ agency: r.agency, year: r.year, template: r.template }).toEqual({
        agency: truth.agency,
        year: truth.year,
        template: truth.template,
      });
    });

    it(`${f}: every cell (a cell missing from the truth file is null)`, () => {
      expect(truthMismatches(r, truth)).toEqual([]);
    });

    it(`${f}: findings`, () => {
      const rules = r.findings.map((x) => x.rule);
      for (const must of truth.expected_findings.mustFind) {
        expect(
          must.split('|').some((id) => rules.includes(id)),
          `must find ${must}`,
        ).toBe(true);
      }
      for (const err of rulesOf(r, 'error')) expect(truth.expected_findings.errorsAllowed).toContain(err);
    });
  }
});
