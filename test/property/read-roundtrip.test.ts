// Property tests of the reader and the arithmetic rules: a report generated from random consistent
// tables, rendered to each supported text layout (test/support/render-layouts.ts) and read back,
// gives the same tables; a random single-cell change is caught by an arithmetic rule.
//
// Glued layout (crawled text, a row's cells glued into one digit string): the reader splits the
// digits by the table's arithmetic and gives null where more than one split fits. Measured over
// 600 random reports (both templates, values mostly 0-9, some up to 60): table 3 had null cells
// in 9 reports (1.5%; 38 of 100,702 cells, 0.04%), table 4 in 71 reports (11.8%; 200 of 9,000
// cells, 2.2%: the fifteen glued cells often split two ways, e.g. '01113330281012013' ends in
// 1+0+12+0=13 or 10+1+2+0=13); no cell was ever read with a wrong value. Reading glued text is slow (mean 144 ms, max
// 3.2 s per report: the solver enumerates up to 200,000 combinations), hence the small numRuns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/check/index.ts';
import { readReport } from '../../src/read/read-report.ts';
import type { AnnualReport } from '../../src/report/annual-report.ts';
import { blankReport } from '../../src/report/blank-report.ts';
import { TEMPLATES, type TemplateVersion } from '../../src/report/template.ts';
import {
  type GeneratedReport,
  type Layout,
  renderReport,
  reportArbitrary,
  SEPARATED_LAYOUTS,
} from '../support/render-layouts.ts';

const ARITHMETIC = new Set(['table3-balance', 'table3-row-total', 'table3-outcome-total', 'table4-total']);
const VERSIONS: readonly TemplateVersion[] = ['2021', '2019'];

function readBack(report: GeneratedReport, layout: Layout, seed: number, blanks = true): AnnualReport {
  const text = renderReport(report, layout, seed, { blanks, fullWidth: true });
  return readReport({ text, file: `generated.${layout}` });
}

describe('round trip: consistent tables rendered and read back', () => {
  for (const layout of SEPARATED_LAYOUTS) {
    it(`${layout}: the same tables 2, 3, 4, template and year; no error finding`, () => {
      fc.assert(
        fc.property(reportArbitrary({ versions: VERSIONS, max: 400 }), fc.nat(), (report, seed) => {
          const got = readBack(report, layout, seed);
          expect(got.template).toBe(report.template);
          expect(got.year).toBe(report.year);
          expect(got.table3).toEqual(report.table3);
          expect(got.table4).toEqual(report.table4);
          expect(got.table2).toEqual(report.table2);
          const errors = checkReport(got).filter((f) => f.severity === 'error');
          expect(errors).toEqual([]);
        }),
        { numRuns: 35 },
      );
    });
  }
});

// ------------------------------------------------------------------ glued digits

/** Every way to cut `digits` into `k` numbers written without leading zeros. */
function splits(digits: string, k: number): number[][] {
  const out: number[][] = [];
  const walk = (at: number, acc: number[]) => {
    if (acc.length === k) {
      if (at === digits.length) out.push([...acc]);
      return;
    }
    const left = k - acc.length;
    for (let len = 1; at + len <= digits.length - (left - 1); len++) {
      if (len > 1 && digits[at] === '0') break;
      acc.push(Number(digits.slice(at, at + len)));
      walk(at + len, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return out;
}

const sumIsLast = (v: number[]) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v.at(-1);

/** Table 3 splits uniquely when every glued row has exactly one split whose total is its sum. */
function table3SplitsUniquely(report: GeneratedReport): boolean {
  const t = TEMPLATES[report.template];
  return t.table3Rows.every((row) => {
    const digits = t.table3Columns.map((c) => report.table3[row.key]![c.key]).join('');
    return splits(digits, 7).filter(sumIsLast).length === 1;
  });
}

/** Table 4 (15 digits glued, three groups of four plus a total) splits uniquely. */
function table4SplitsUniquely(report: GeneratedReport): boolean {
  const t = TEMPLATES[report.template];
  const groups = t.table4Groups.map((g) => t.table4Columns.map((c) => String(report.table4[g.key][c.key])));
  const all = groups.flat().join('');
  let count = 0;
  const walk = (at: number, group: number) => {
    if (count > 1) return;
    if (group === 3) {
      if (at === all.length) count++;
      return;
    }
    for (let end = at + 5; end <= all.length; end++) {
      for (const s of splits(all.slice(at, end), 5)) if (sumIsLast(s)) walk(end, group + 1);
    }
  };
  walk(0, 0);
  return count === 1;
}

function expectNonNullCellsEqual(got: AnnualReport, want: GeneratedReport): void {
  for (const [row, cells] of Object.entries(want.table3)) {
    for (const [col, v] of Object.entries(cells)) {
      const read = got.table3[row]?.[col as keyof typeof cells];
      if (read !== null) expect({ row, col, read }).toEqual({ row, col, read: v });
    }
  }
  for (const [group, cells] of Object.entries(want.table4)) {
    for (const [col, v] of Object.entries(cells)) {
      const read = got.table4[group as keyof typeof want.table4]?.[col as keyof typeof cells];
      if (read !== null) expect({ group, col, read }).toEqual({ group, col, read: v });
    }
  }
}

describe('round trip: glued crawled text', () => {
  it('every cell read is right, and a table whose digits split one way only is read whole', () => {
    fc.assert(
      fc.property(reportArbitrary({ versions: VERSIONS }), fc.nat(), (report, seed) => {
        const got = readBack(report, 'glued', seed);
        expect(got.template).toBe(report.template);
        expectNonNullCellsEqual(got, report);
        if (table3SplitsUniquely(report)) expect(got.table3).toEqual(report.table3);
        if (table4SplitsUniquely(report)) expect(got.table4).toEqual(report.table4);
      }),
      { numRuns: 20 },
    );
  });

  it('single-digit cells (each row exactly seven digits) read back exactly', () => {
    fc.assert(
      fc.property(reportArbitrary({ versions: VERSIONS, singleDigit: true }), fc.nat(), (report, seed) => {
        const got = readBack(report, 'glued', seed);
        expect(got.table3).toEqual(report.table3);
        expect(got.table4).toEqual(report.table4);
        expect(checkReport(got).filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

// ------------------------------------------------------------------ single-cell changes

interface Change {
  table: 'table3' | 'table4';
  row: string;
  col: string;
  delta: number;
}

function changeArb(report: GeneratedReport): fc.Arbitrary<Change> {
  const t = TEMPLATES[report.template];
  const cells: Omit<Change, 'delta'>[] = [
    ...t.table3Rows.flatMap((r) =>
      t.table3Columns.map((c) => ({ table: 'table3' as const, row: r.key, col: c.key })),
    ),
    ...t.table4Groups.flatMap((g) =>
      t.table4Columns.map((c) => ({ table: 'table4' as const, row: g.key, col: c.key })),
    ),
  ];
  return fc
    .record({
      cell: fc.constantFrom(...cells),
      delta: fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
    })
    .map(({ cell, delta }) => ({ ...cell, delta }));
}

function applyChange(report: GeneratedReport, change: Change): GeneratedReport {
  const copy = structuredClone(report);
  const row = (copy[change.table] as Record<string, Record<string, number>>)[change.row]!;
  const old = row[change.col]!;
  // Keep the cell >= 0: subtracting more than it holds adds instead.
  row[change.col] = old + change.delta >= 0 ? old + change.delta : old - change.delta;
  return copy;
}

describe('a single changed cell is caught by the arithmetic rules', () => {
  const changedReport = reportArbitrary({ versions: VERSIONS, max: 400 }).chain((report) =>
    fc.tuple(fc.constant(report), changeArb(report), fc.constantFrom(...SEPARATED_LAYOUTS), fc.nat()),
  );

  it('in every separated layout, for both templates (every cell printed)', () => {
    fc.assert(
      fc.property(changedReport, ([report, change, layout, seed]) => {
        const changed = applyChange(report, change);
        const got = readBack(changed, layout, seed, false);
        // The reader takes the printed values as they are: it does not "repair" the change.
        expect(got[change.table]).toEqual(changed[change.table]);
        const rules = checkReport(got).map((f) => f.rule);
        expect(rules.filter((r) => ARITHMETIC.has(r))).not.toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  // With blank cells, the reader reads a blank that takes part in a broken rule as unknown (null:
  // "a converter displaced the number", src/read/table-reading.ts repairBlanks), and the rules
  // skip null terms (only where the missing number would be positive: see the case below). Here:
  // every number read is the one printed, and only a printed blank becomes unknown.
  it('in HTML with blank zero cells: values as printed, only blanks become unknown', () => {
    fc.assert(
      fc.property(changedReport, ([report, change, , seed]) => {
        const changed = applyChange(report, change);
        const got = readBack(changed, 'html', seed, true);
        const table = got[change.table] as Record<string, Record<string, number | null>>;
        const want = changed[change.table] as Record<string, Record<string, number>>;
        const prov = got.provenance[change.table];
        for (const [row, cells] of Object.entries(want)) {
          for (const [col, v] of Object.entries(cells)) {
            const read = table[row]![col];
            if (read !== null) expect({ row, col, read }).toEqual({ row, col, read: v });
            else expect({ row, col, raw: prov[row]![col]!.raw, v }).toEqual({ row, col, raw: '', v: 0 });
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  // A blank is unknown only where the broken rule would need a positive number in it; where it
  // would need a negative one, the error is elsewhere and is reported. Minimal input (found by the
  // property test below): a consistent all-zero 2021 table with 自然人 1 in 一、本年新收, （一）予以公开 and
  // （七）总计; then （二）部分公开 printed as '1, blank, 0, 0, 0, 0, 0' (its 总计 says 0) and
  // （三）1.属于国家秘密 with 自然人 blank. Row （二） and column 自然人 (outcome total) are both
  // wrong; each blank would have to be -1. Expected: table3-row-total and table3-outcome-total.
  it('a wrong cell beside blanks that would have to be negative is still reported', () => {
    const base = blankReport('2021', 2023);
    const report: GeneratedReport = {
      template: '2021',
      year: 2023,
      agency: '示例县医疗保障局',
      table2: base.table2,
      table3: base.table3,
      table4: base.table4,
    };
    for (const k of ['received', 'granted', 'totalHandled']) {
      report.table3[k]!.naturalPerson = 1;
      report.table3[k]!.total = 1;
    }
    report.table3.partiallyGranted!.naturalPerson = 1; // the changed cell: its row total stays 0
    const blankAt = (line: string, col: number) => {
      const cells = line.split('\t');
      cells[cells.length - 7 + col] = '';
      return cells.join('\t');
    };
    const text = renderReport(report, 'tsv')
      .split('\n')
      .map((line) => {
        if (line.includes('部分公开')) return blankAt(line, 1); // 商业企业 blank
        if (line.includes('属于国家秘密')) return blankAt(line, 0); // 自然人 blank
        return line;
      })
      .join('\n');
    const rules = checkReport(readReport({ text })).map((f) => f.rule);
    expect(rules).toContain('table3-row-total');
    expect(rules).toContain('table3-outcome-total');
  });
});
