// Table 2 (主动公开政府信息情况, 《政府信息公开条例》第二十条) from the registers, for the template in
// force in the year. The rows and columns come from the template declaration; this file only
// says how each column is counted from the records (the counting rules are in README.md).

import type { Table2 } from '../report/annual-report.ts';
import { templateForYear } from '../report/template.ts';
import { sumFen, wanFromFen } from './money.ts';
import type {
  AdministrativeFee,
  DecisionCategory,
  DecisionCount,
  DocumentKind,
  RegisterSet,
  RegulatoryDocument,
} from './records.ts';
import { periodYear } from './records.ts';

type Cells = Record<string, number | string | null>;

/** Which register answers which table-2 row; a row without one (政府集中采购) stays null. */
const DOCUMENT_ROWS: Record<string, DocumentKind> = {
  rules: 'rule',
  normativeDocuments: 'normativeDocument',
};
const DECISION_ROWS: Record<string, DecisionCategory> = {
  licensing: 'licensing',
  otherManagement: 'otherManagement',
  penalty: 'penalty',
  enforcement: 'enforcement',
};
const FEE_ROW = 'fees';

/**
 * Table 2 of `year`. Decision and fee figures of a category must not mix a yearly total with
 * months of the same year (validateRegisterSet reports that); this function assumes valid input.
 */
export function table2For(records: RegisterSet, year: number): Table2 {
  const template = templateForYear(year);
  const table: Table2 = {};
  for (const row of template.table2) {
    const cells = rowCells(row.key, records, year, template.version);
    table[row.key] = Object.fromEntries(row.columns.map((c) => [c.key, cells[c.key] ?? null]));
  }
  return table;
}

function rowCells(rowKey: string, r: RegisterSet, year: number, version: '2021' | '2019'): Cells {
  const documentKind = DOCUMENT_ROWS[rowKey];
  if (documentKind)
    return documentCells(
      r.documents.filter((d) => d.kind === documentKind),
      year,
    );
  const category = DECISION_ROWS[rowKey];
  if (category)
    return decisionCells(
      r.decisions.filter((d) => d.category === category),
      year,
    );
  if (rowKey === FEE_ROW) return version === '2021' ? feeCells2021(r.fees, year) : feeCells2019(r.fees, year);
  return {};
}

/**
 * 2021: issued / repealed = dated in the year; inForce = issued on or before 31 December and not
 * repealed by then (a document repealed on 31 December is no longer in force that evening).
 * 2019: made = published = issued in the year — the register records one date, and a 规章 or
 * 规范性文件 is published when made (第二十六条: within 20 working days; the register treats both
 * as the same year); totalPublished = in force on 31 December (repealed ones are no longer
 * "对外公开" as current documents).
 */
function documentCells(documents: readonly RegulatoryDocument[], year: number): Cells {
  const yearEnd = `${year}-12-31`;
  const inYear = (date: string | undefined) => date !== undefined && Number(date.slice(0, 4)) === year;
  const issued = documents.filter((d) => inYear(d.issuedOn)).length;
  const inForce = documents.filter(
    (d) => d.issuedOn <= yearEnd && (d.repealedOn === undefined || d.repealedOn > yearEnd),
  ).length;
  return {
    issued,
    repealed: documents.filter((d) => inYear(d.repealedOn)).length,
    inForce,
    made: issued,
    published: issued,
    totalPublished: inForce,
  };
}

/**
 * 2021: decisions = the year's monthly counts plus its yearly total (only one of the two exists
 * for a valid register). 2019: the template's 上一年项目数量 and 本年增/减 are read as the previous
 * year's decisions and the difference — the register holds decision counts, not a catalogue of
 * 事项 (see README.md).
 */
function decisionCells(counts: readonly DecisionCount[], year: number): Cells {
  const total = (y: number) =>
    counts.filter((c) => periodYear(c.period) === y).reduce((sum, c) => sum + c.count, 0);
  const decisions = total(year);
  const lastYear = total(year - 1);
  return { decisions, lastYear, change: decisions - lastYear };
}

/** 本年收费金额（万元）: every amount dated in the year, summed exactly in 分. */
function feeCells2021(fees: readonly AdministrativeFee[], year: number): Cells {
  return {
    amountWan: wanFromFen(sumFen(fees.filter((f) => periodYear(f.period) === year).map((f) => f.amountFen))),
  };
}

/**
 * 2019: 上一年项目数量 = distinct fee items collected in the previous year; 本年增/减 = this
 * year's distinct items minus that.
 */
function feeCells2019(fees: readonly AdministrativeFee[], year: number): Cells {
  const items = (y: number) =>
    new Set(fees.filter((f) => periodYear(f.period) === y).map((f) => f.item)).size;
  const lastYear = items(year - 1);
  return { lastYear, change: items(year) - lastYear };
}
