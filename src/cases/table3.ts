// Table 3 of the yearly report (收到和处理政府信息公开申请情况) computed from the event logs.
//
// For a year Y and one agency:
//   received       receipt date in Y (the original receipt date, also after 补正)
//   carriedOver    received before Y and not closed before Y-01-01
//   outcome rows   closed in Y, by the disposition of the closure
//   carriedForward received up to Y-12-31 and not closed by then
// An application counts in its applicant's column. Every application received up to the end of
// Y and not closed before its start is either closed in Y or carried forward, so
// received + carriedOver = totalHandled + carriedForward holds by construction, in every column.
//
// ASSUMPTIONS (README.md): a withdrawal counts as otherHandling.other; lapses of 补正 and fee
// count as otherHandling.noSupplement / otherHandling.feeUnpaid; an application is closed on
// the date of its reply, lapse or withdrawal (delivery does not matter). For 2019 and 2020 the
// 2019 template's single row otherHandling takes all three.

import type { Table3, Table3Row } from '../report/annual-report.ts';
import { APPLICANT_COLUMN_KEYS, type Table3ColumnKey, templateForYear } from '../report/template.ts';
import type { ApplicationEvent } from './events.ts';
import type { AgencyId } from './ids.ts';
import { type ApplicationState, applicationState } from './state.ts';

export interface Table3Options {
  year: number;
  /** Only this agency's applications; all when omitted. */
  agency?: AgencyId;
}

export function table3FromStates(
  states: readonly ApplicationState[],
  { year, agency }: Table3Options,
): Table3 {
  const template = templateForYear(year);
  const table: Table3 = {};
  for (const row of template.table3Rows) table[row.key] = emptyRow();
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const outcomeRow = (disposition: string) =>
    template.version === '2019' && disposition.startsWith('otherHandling.') ? 'otherHandling' : disposition;
  const add = (rowKey: string, column: Table3ColumnKey) => {
    const row = table[rowKey];
    if (!row) throw new Error(`table 3 has no row ${rowKey}`); // a bug: dispositions are template keys
    row[column] = (row[column] ?? 0) + 1;
    row.total = (row.total ?? 0) + 1;
  };
  for (const state of states) {
    if (agency !== undefined && state.agency !== agency) continue;
    const received = state.receiptDate;
    if (received > end) continue;
    const closedOn = state.closure?.on;
    if (closedOn !== undefined && closedOn < start) continue;
    const column = state.applicant.type;
    add(received >= start ? 'received' : 'carriedOver', column);
    if (state.closure && closedOn !== undefined && closedOn <= end) {
      add(outcomeRow(state.closure.disposition), column);
      add('totalHandled', column);
    } else add('carriedForward', column);
  }
  return table;
}

export function table3FromLogs(
  logs: readonly (readonly ApplicationEvent[])[],
  options: Table3Options,
): Table3 {
  return table3FromStates(logs.map(applicationState), options);
}

function emptyRow(): Table3Row {
  const row = { total: 0 } as Table3Row;
  for (const key of APPLICANT_COLUMN_KEYS) row[key] = 0;
  return row;
}
