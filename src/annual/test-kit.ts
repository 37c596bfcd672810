// Shared helpers for the tests of this folder (not used by production code): the demo agency's
// year as the store would hand it over, computed from the demo logs by the core.

import { loadCalendar } from '../calendar/index.ts';
import { table3FromLogs } from '../cases/index.ts';
import { table2For, table4For } from '../registers/index.ts';
import type { Table4 } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { templateForYear } from '../report/template.ts';
import { DEMO_AGENCY, demoLogs } from '../store/demo-seed.ts';
import { demoRegisters } from '../store/register-demo.ts';
import type { AssembleInput } from './assemble.ts';
import { feeFactsFromLogs } from './fee-facts.ts';

export const calendar = loadCalendar([], { localDir: null });

/**
 * The demo agency's `year` from the demo logs of `seed` (generated for `seedYear`), with blank
 * registers, or the demo registers of `seedYear` (as `gongkai demo seed` stores them).
 */
export function demoInput(year = 2025, seed = 1, seedYear = year, registers = false): AssembleInput {
  const logs = demoLogs(seed, seedYear, calendar);
  const blank = blankReport(templateForYear(year).version, year);
  const demo = registers ? demoRegisters(seedYear, seed) : undefined;
  return {
    agencyName: DEMO_AGENCY.name,
    year,
    table2: demo ? table2For(demo, year) : blank.table2,
    table3: table3FromLogs(logs, { year, agency: DEMO_AGENCY.id }),
    table4: demo ? table4For(demo.cases, year) : blank.table4,
    facts: { fees: feeFactsFromLogs(logs, { year, agency: DEMO_AGENCY.id }) },
  };
}

/** Table 4 with the given totals of reconsideration and the two kinds of litigation. */
export function table4With(reconsideration: number, direct: number, after: number): Table4 {
  const group = (n: number) => ({ upheld: n, corrected: 0, other: 0, pending: 0, total: n });
  return {
    reconsideration: group(reconsideration),
    litigationDirect: group(direct),
    litigationAfterReconsideration: group(after),
  };
}
