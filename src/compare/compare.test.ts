import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFindings } from '../check/index.ts';
import { readReport } from '../read/read-report.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { compareReports } from './compare.ts';
import { reportFigures } from './figures.ts';

const read = (file: string) => withFindings(readReport({ text: readFileSync(file, 'utf8'), file }));
const truth = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * The next year's report of the same agency, consistent with this one: its 上年结转 is this year's
 * 结转下年度, and its normative documents in force are this year's plus those issued, less repealed.
 */
function nextYear(r: AnnualReport): AnnualReport {
  const next = structuredClone(r);
  next.year = r.year! + 1;
  next.table3.carriedOver = { ...r.table3.carriedForward! };
  const docs = r.table2.normativeDocuments;
  if (docs) {
    const inForce = (docs.inForce as number) + (docs.issued as number) - (docs.repealed as number);
    next.table2.normativeDocuments = { ...docs, inForce };
  }
  return next;
}

describe('reportFigures', () => {
  it('headline figures of a real report, from its reviewed truth file', () => {
    const t = truth('test/corpus/dev/d05.truth.json');
    const f = reportFigures(read('test/corpus/dev/d05.txt'));
    const withheld = Object.keys(t.table3)
      .filter((k) => k.startsWith('withheld.'))
      .reduce((n, k) => n + t.table3[k].total, 0);
    expect(f.received).toBe(t.table3.received.total);
    expect(f.totalHandled).toBe(t.table3.totalHandled.total);
    expect(f.withheld).toBe(withheld);
    expect(f.disclosed).toBe(t.table3.granted.total + t.table3.partiallyGranted.total);
    expect(f.reconsideration).toBe(t.table4.reconsideration.total);
    expect(f.litigation).toBe(
      t.table4.litigationDirect.total + t.table4.litigationAfterReconsideration.total,
    );
  });

  it('a figure that needs an unreadable cell is null, not a partial sum', () => {
    const r = read('test/corpus/dev/d05.txt');
    r.table3['withheld.stateSecret']!.total = null;
    expect(reportFigures(r).withheld).toBeNull();
    expect(reportFigures(r).received).not.toBeNull();
  });

  it('no disclosure rate when nothing was handled', () => {
    const r = read('test/corpus/seeds/004_fd90817f31466881.txt');
    expect(reportFigures(r).totalHandled).toBe(0);
    expect(reportFigures(r).disclosureRate).toBeNull();
  });
});

describe('compareReports: what two reports together reveal', () => {
  const base = read('test/corpus/dev/d05.txt');
  base.table3.carriedForward = { ...base.table3.carriedForward!, naturalPerson: 2, total: 2 };

  it('consecutive years that carry over exactly: no finding, the changes listed', () => {
    const next = nextYear(base);
    next.table3.received = { ...next.table3.received!, total: base.table3.received!.total! + 5 };
    const c = compareReports([
      { source: 'a', report: base },
      { source: 'b', report: next },
    ]);
    expect(c.findings).toEqual([]);
    expect(c.changes).toContainEqual(
      expect.objectContaining({ figure: 'received', from: base.year, to: next.year! }),
    );
  });

  it("last year's 结转下年度 differing from this year's 上年结转 is an error naming the column", () => {
    const next = nextYear(base);
    next.table3.carriedOver = { ...next.table3.carriedOver!, naturalPerson: 0, total: 0 };
    const [f, ...rest] = compareReports([
      { source: 'a.txt', report: next },
      { source: 'b.txt', report: base },
    ]).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'compare-carry-over', severity: 'error' });
    expect(f!.message).toContain('自然人：2 ≠ 0');
    expect(f!.message).toContain('总计：2 ≠ 0');
  });

  it('years with a gap are not compared for carry-over', () => {
    const later = nextYear(nextYear(base));
    later.table3.carriedOver = { ...later.table3.carriedOver!, naturalPerson: 0, total: 0 };
    expect(
      compareReports([
        { source: 'a', report: base },
        { source: 'b', report: later },
      ]).findings,
    ).toEqual([]);
  });

  it('different agencies are never compared with each other', () => {
    const other = nextYear(base);
    other.agency = '另一个局';
    other.table3.carriedOver = { ...other.table3.carriedOver!, total: 9 };
    expect(
      compareReports([
        { source: 'a', report: base },
        { source: 'b', report: other },
      ]).findings,
    ).toEqual([]);
  });

  it('two reports for one agency and year: info when the tables agree, warning when not', () => {
    const same = compareReports([
      { source: 'a', report: base },
      { source: 'b', report: structuredClone(base) },
    ]);
    expect(same.findings.map((f) => [f.rule, f.severity])).toEqual([['compare-duplicate', 'info']]);
    const changed = structuredClone(base);
    changed.table3.received!.total = 99;
    const differ = compareReports([
      { source: 'a', report: base },
      { source: 'b', report: changed },
    ]);
    expect(differ.findings.map((f) => [f.rule, f.severity])).toEqual([['compare-duplicate', 'warning']]);
  });

  it('normative documents in force that do not carry on: a warning with the expected count', () => {
    const prev = structuredClone(base);
    prev.table2.normativeDocuments = { issued: 3, repealed: 1, inForce: 20 };
    const next = nextYear(prev);
    next.table2.normativeDocuments = { issued: 4, repealed: 2, inForce: 25 };
    const [f] = compareReports([
      { source: 'a', report: prev },
      { source: 'b', report: next },
    ]).findings;
    expect(f).toMatchObject({ rule: 'compare-in-force', severity: 'warning' });
    expect(f!.message).toContain('应为 22 件，报告为 25 件');
    next.table2.normativeDocuments = { issued: 4, repealed: 2, inForce: 22 };
    expect(
      compareReports([
        { source: 'a', report: prev },
        { source: 'b', report: next },
      ]).findings,
    ).toEqual([]);
  });

  it('a report without agency or year is listed but not placed', () => {
    const r = structuredClone(base);
    r.year = null;
    const c = compareReports([{ source: 'x.txt', report: r }]);
    expect(c.rows).toHaveLength(1);
    expect(c.findings.map((f) => f.rule)).toEqual(['compare-unplaced']);
  });
});
