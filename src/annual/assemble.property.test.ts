// Property: a report assembled from any records has no error finding. Records are random demo
// years (every disposition, fees paid, reduced, waived and lapsed, carry-over into the next
// year), thinned at random, reported for their own year or the next; tables 2 and 4 and the
// proactive figures are random too. Random consistent tables of both templates (sampleReport)
// stand for records of any size.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { table3FromLogs } from '../cases/index.ts';
import { narrativeClaims } from '../check/narrative-claims.ts';
import { sampleReport } from '../render/sample-report.ts';
import type { Table4 } from '../report/annual-report.ts';
import { DEMO_AGENCY, demoLogs } from '../store/demo-seed.ts';
import { seededRandom } from '../util/seeded-random.ts';
import { assembleReport } from './assemble.ts';
import { feeFactsFromLogs } from './fee-facts.ts';
import { calendar } from './test-kit.ts';

const count = fc.nat({ max: 40 });
const table4Arb: fc.Arbitrary<Table4> = fc.tuple(...Array.from({ length: 12 }, () => count)).map((n) => {
  const group = (i: number) => ({
    upheld: n[i]!,
    corrected: n[i + 1]!,
    other: n[i + 2]!,
    pending: n[i + 3]!,
    total: n[i]! + n[i + 1]! + n[i + 2]! + n[i + 3]!,
  });
  return { reconsideration: group(0), litigationDirect: group(4), litigationAfterReconsideration: group(8) };
});
const proactiveArb = fc.option(
  fc.record({
    published: fc.nat({ max: 5000 }),
    channels: fc.array(
      fc.record({ channel: fc.constantFrom('政府网站', '政务新媒体', '公开栏'), count: count }),
    ),
  }),
  { nil: undefined },
);

const errorsOf = (r: ReturnType<typeof assembleReport>) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`);

describe('assembled reports have no error finding', () => {
  it('from random records', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          year: fc.integer({ min: 2020, max: 2025 }),
          next: fc.boolean(),
          keep: fc.double({ min: 0, max: 1, noNaN: true }),
          table4: table4Arb,
          proactive: proactiveArb,
        }),
        ({ seed, year, next, keep, table4, proactive }) => {
          const rand = seededRandom(seed ^ 0x5eed);
          const logs = demoLogs(seed, year, calendar).filter(() => rand() < keep);
          const reportYear = next ? year + 1 : year;
          const table2 = sampleReport(seed, reportYear <= 2020 ? '2019' : '2021').table2;
          const report = assembleReport({
            agencyName: DEMO_AGENCY.name,
            year: reportYear,
            table2,
            table3: table3FromLogs(logs, { year: reportYear, agency: DEMO_AGENCY.id }),
            table4,
            facts: {
              fees: feeFactsFromLogs(logs, { year: reportYear, agency: DEMO_AGENCY.id }),
              ...(proactive && { proactive }),
            },
          });
          expect(errorsOf(report)).toEqual([]);
          // …and not because the checker could not read the draft: its figures are claims.
          const kinds = new Set(narrativeClaims(report.sections).map((c) => c.kind));
          expect(kinds.has('received') || kinds.has('noApplications')).toBe(true);
          expect(kinds.has('reconsideration') || kinds.has('noReviewCases')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('from random consistent tables of both templates', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom('2021' as const, '2019' as const),
        fc.record({
          notices: count,
          collectedFen: fc.nat({ max: 10_000_000 }),
          paid: count,
          reduced: count,
          waived: count,
        }),
        (seed, version, fees) => {
          const sample = sampleReport(seed, version);
          const report = assembleReport({
            agencyName: sample.agency!,
            year: sample.year!,
            table2: sample.table2,
            table3: sample.table3,
            table4: sample.table4,
            facts: { fees },
          });
          expect(errorsOf(report)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
