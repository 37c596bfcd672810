import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { blankReport } from '../report/blank-report.ts';
import { APPLICANT_COLUMN_KEYS } from '../report/template.ts';
import { generateDemoYear } from './demo.ts';
import { DISPOSITIONS } from './dispositions.ts';
import { monthlyOrdinal } from './fees.ts';
import { agencyId } from './ids.ts';
import { applicationState } from './state.ts';
import { table3FromLogs } from './table3.ts';
import { calendar } from './test-kit.ts';

const agency = agencyId('demo-agency');
const demo = generateDemoYear(7, 2025, agency, calendar);
const states = demo.logs.map(applicationState);
const types = demo.logs.flat().map((e) => e.type);

describe('generateDemoYear', () => {
  it('is produced by legal commands only, and is deterministic', () => {
    expect(demo.refusals).toEqual([]);
    expect(generateDemoYear(7, 2025, agency, calendar)).toEqual(demo);
    expect(generateDemoYear(8, 2025, agency, calendar).logs).not.toEqual(demo.logs);
  });

  it('covers every applicant type and every disposition', () => {
    expect(new Set(states.map((s) => s.applicant.type))).toEqual(new Set(APPLICANT_COLUMN_KEYS));
    expect(new Set(states.flatMap((s) => (s.closure ? [s.closure.disposition] : [])))).toEqual(
      new Set(DISPOSITIONS),
    );
  });

  it('contains 补正, extensions, consultations, fees, withdrawals and open applications', () => {
    for (const type of [
      'supplementRequested',
      'supplementReceived',
      'supplementLapsed',
      'consultationStarted',
      'consultationEnded',
      'extended',
      'feeNoticeIssued',
      'feePaid',
      'feeReduced',
      'feeWaived',
      'feeLapsed',
      'withdrawn',
      'delivered',
    ] as const) {
      expect(types, type).toContain(type);
    }
    expect(states.filter((s) => !s.closure).length).toBeGreaterThan(0);
  });

  it('charges count-based fees from the 11th application of the month', () => {
    for (const log of demo.logs) {
      const notice = log.find((e) => e.type === 'feeNoticeIssued');
      if (notice?.basis === 'count') expect(notice.breakdown.quantity).toBe(monthlyOrdinal(demo.logs, log));
    }
  });

  it('gives a table 3 that passes the checker and carries into the next year', () => {
    const t = table3FromLogs(demo.logs, { year: 2025, agency });
    const report = { ...blankReport('2021', 2025), table3: t };
    expect(checkReport(report).filter((f) => f.rule.startsWith('table3-'))).toEqual([]);
    expect(t.carriedForward?.total).toBeGreaterThan(0);
    expect(table3FromLogs(demo.logs, { year: 2026, agency }).carriedOver).toEqual(t.carriedForward);
  });
});
