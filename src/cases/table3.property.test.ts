// Property: for any random set of applications handled by legal operations across two years,
// table 3 of each year passes the checker's arithmetic rules (勾稽关系) and year N's
// carriedForward equals year N+1's carriedOver, column by column.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import { checkReport } from '../check/index.ts';
import type { Table3 } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { APPLICANT_COLUMN_KEYS, TABLE3_COLUMN_KEYS } from '../report/template.ts';
import { CHANNELS } from './application.ts';
import { addDays } from './dates.ts';
import { replyDeadline } from './deadlines.ts';
import { DISPOSITIONS, type Disposition } from './dispositions.ts';
import { agencyId, applicationId } from './ids.ts';
import { type Plan, runPlan } from './plan.ts';
import { applicationState } from './state.ts';
import { table3FromLogs } from './table3.ts';
import { calendar, person, request } from './test-kit.ts';

const Y = 2024;
const HORIZON = '2026-06-30' as IsoDate;
const DAYS: IsoDate[] = [];
for (let day = `${Y}-01-01` as IsoDate; day <= `${Y + 1}-12-31`; day = addDays(day, 1)) {
  if (calendar.isWorkingDay(day)) DAYS.push(day);
}
const AGENCIES = [agencyId('a'), agencyId('b')];
const REPLYABLE = DISPOSITIONS.filter(
  (x) => x !== 'otherHandling.noSupplement' && x !== 'otherHandling.feeUnpaid',
) as Disposition[];

const planArb = fc.record({
  day: fc.nat(DAYS.length - 1),
  agency: fc.constantFrom(...AGENCIES),
  type: fc.constantFrom(...APPLICANT_COLUMN_KEYS),
  channel: fc.constantFrom(...CHANNELS),
  supplement: fc.option(
    fc.record({
      after: fc.integer({ min: 0, max: 7 }),
      answer: fc.constantFrom('supplied', 'lapse') as fc.Arbitrary<'supplied' | 'lapse'>,
      answerAfter: fc.integer({ min: 0, max: 12 }),
    }),
    { nil: undefined },
  ),
  consultation: fc.option(
    fc.record({
      kind: fc.constantFrom('thirdParty', 'coProducer') as fc.Arbitrary<'thirdParty' | 'coProducer'>,
      party: fc.constant('某第三方'),
      after: fc.integer({ min: 0, max: 5 }),
      answer: fc.constantFrom('consent', 'objection', 'noAnswer') as fc.Arbitrary<
        'consent' | 'objection' | 'noAnswer'
      >,
      answerAfter: fc.integer({ min: 0, max: 20 }),
    }),
    { nil: undefined },
  ),
  extension: fc.option(
    fc.record({ after: fc.integer({ min: 0, max: 5 }), days: fc.integer({ min: 1, max: 20 }) }),
    { nil: undefined },
  ),
  fee: fc.option(
    fc.record({
      after: fc.integer({ min: 0, max: 5 }),
      basis: fc.constantFrom('count', 'volume') as fc.Arbitrary<'count' | 'volume'>,
      quantity: fc.integer({ min: 31, max: 400 }),
      outcome: fc.constantFrom('pay', 'reduce', 'waive', 'lapse') as fc.Arbitrary<
        'pay' | 'reduce' | 'waive' | 'lapse'
      >,
      answerAfter: fc.integer({ min: 0, max: 25 }),
    }),
    { nil: undefined },
  ),
  withdraw: fc.boolean(),
  disposition: fc.constantFrom(...REPLYABLE),
  endAfter: fc.integer({ min: 0, max: 60 }),
  deliverAfter: fc.integer({ min: 0, max: 5 }),
});

type PlanSpec = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function toPlan(spec: PlanSpec, i: number): Plan {
  // Dispositions the handling rules out: still unclear without a 补正; withholding for a third
  // party that consented (第十五条).
  const consented = spec.consultation?.kind === 'thirdParty' && spec.consultation.answer === 'consent';
  const disposition: Disposition =
    (spec.disposition === 'unableToProvide.unclearAfterSupplement' &&
      spec.supplement?.answer !== 'supplied') ||
    (spec.disposition === 'withheld.thirdPartyRights' && consented)
      ? 'granted'
      : spec.disposition;
  return {
    id: applicationId(`p${i}`),
    agency: spec.agency,
    applicant: { ...person, type: spec.type, identity: { kind: 'otherPersonal', number: `P${i}` } },
    channel: spec.channel,
    receiptDate: DAYS[spec.day]!,
    request,
    ...(spec.supplement ? { supplement: spec.supplement } : {}),
    ...(spec.consultation ? { consultation: spec.consultation } : {}),
    ...(spec.extension ? { extension: spec.extension } : {}),
    ...(spec.fee ? { fee: spec.fee } : {}),
    end: spec.withdraw
      ? { after: spec.endAfter, kind: 'withdraw' }
      : { after: spec.endAfter, kind: 'reply', disposition },
    deliverAfter: spec.deliverAfter,
  };
}

function arithmeticFindings(table3: Table3, year: number) {
  const report = { ...blankReport(year >= 2021 ? '2021' : '2019', year), table3 };
  return checkReport(report).filter((f) => f.rule.startsWith('table3-'));
}

describe('table 3 from records', () => {
  it('balances every year and carries forward exactly what the next year carries over', () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 40 }), (specs) => {
        const runs = specs.map((spec, i) => runPlan(toPlan(spec, i), calendar, HORIZON));
        expect(runs.flatMap((r) => (r.refused ? [r.refused] : []))).toEqual([]);
        const logs = runs.map((r) => r.log).filter((log) => log.length > 0);
        for (const log of logs) {
          const due = replyDeadline(applicationState(log), calendar)?.dueDate;
          if (due) expect(calendar.isWorkingDay(due)).toBe(true); // a deadline is always a working day
        }
        for (const agency of AGENCIES) {
          const [first, second] = [Y, Y + 1].map((year) => table3FromLogs(logs, { year, agency }));
          expect(arithmeticFindings(first!, Y)).toEqual([]);
          expect(arithmeticFindings(second!, Y + 1)).toEqual([]);
          for (const column of TABLE3_COLUMN_KEYS) {
            expect(second!.carriedOver![column]).toBe(first!.carriedForward![column]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
