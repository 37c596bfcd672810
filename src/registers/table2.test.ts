import { describe, expect, it } from 'vitest';
import { templateForYear } from '../report/template.ts';
import type { AdministrativeFee, DecisionCount, RegisterSet, RegulatoryDocument } from './records.ts';
import { table2For } from './table2.ts';

const doc = (id: string, kind: RegulatoryDocument['kind'], issuedOn: string, repealedOn?: string) => ({
  id,
  kind,
  title: `文件${id}`,
  documentNumber: `示医保发〔2023〕${id}号`,
  issuedOn,
  ...(repealedOn ? { repealedOn } : {}),
});
const count = (category: DecisionCount['category'], period: string, n: number): DecisionCount => ({
  category,
  period,
  count: n,
  source: '省行政执法信息平台',
});
const fee = (item: string, period: string, amountFen: number): AdministrativeFee => ({
  item,
  period,
  amountFen,
});

const register: RegisterSet = {
  documents: [
    doc('R1', 'rule', '2020-05-01', '2023-06-30'), // repealed in 2023: counted as repealed, not in force
    doc('R2', 'rule', '2023-02-01'), // issued in 2023, in force
    doc('R3', 'rule', '2023-12-31'), // issued on 31 December: in force that day
    doc('R4', 'rule', '2024-01-02'), // after the year: nothing
    doc('N1', 'normativeDocument', '2019-03-01'), // old, still in force
    doc('N2', 'normativeDocument', '2022-01-01', '2023-12-31'), // repealed on 31 December: not in force
    doc('N3', 'normativeDocument', '2023-04-01', '2023-09-01'), // issued and repealed in 2023
    doc('N4', 'normativeDocument', '2021-01-01', '2022-05-05'), // repealed before: nothing
    doc('N5', 'normativeDocument', '2022-07-07', '2024-01-01'), // repealed after the year: in force
  ],
  decisions: [
    count('licensing', '2023-01', 3),
    count('licensing', '2023-02', 4),
    count('licensing', '2023-12', 5),
    count('licensing', '2022', 20),
    count('penalty', '2023', 7),
    count('penalty', '2022-06', 2),
    count('otherManagement', '2023-05', 9),
  ],
  fees: [
    fee('工本费', '2023-01', 10), // 0.10 元
    fee('工本费', '2023-02', 20), // 0.20 元
    fee('查询费', '2023', 123_456_789), // 1,234,567.89 元
    fee('查询费', '2022-12', 5_000), // the year before: not in 2023
  ],
};

describe('table2For, 2021 template', () => {
  const t = table2For(register, 2023);

  it('counts documents issued and repealed in the year and in force on 31 December', () => {
    expect(t.rules).toEqual({ issued: 2, repealed: 1, inForce: 2 });
    expect(t.normativeDocuments).toEqual({ issued: 1, repealed: 2, inForce: 2 });
  });

  it('sums monthly counts and yearly totals of the year only', () => {
    expect(t.licensing).toEqual({ decisions: 12 });
    expect(t.penalty).toEqual({ decisions: 7 });
    expect(t.enforcement).toEqual({ decisions: 0 });
  });

  it('sums fees exactly in 分 and gives 万元 as the exact decimal', () => {
    // 10 + 20 + 123,456,789 分 = 123,456,819 分 = 123.456819 万元
    expect(t.fees).toEqual({ amountWan: 123.456819 });
    expect(String(t.fees!.amountWan)).toBe('123.456819');
  });

  it('has exactly the rows and columns of the template', () => {
    const template = templateForYear(2023);
    expect(Object.keys(t)).toEqual(template.table2.map((r) => r.key));
    for (const row of template.table2)
      expect(Object.keys(t[row.key]!)).toEqual(row.columns.map((c) => c.key));
  });

  it('gives zeros, not nulls, for an empty register', () => {
    const empty = table2For({ documents: [], decisions: [], fees: [] }, 2023);
    expect(empty.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(empty.fees).toEqual({ amountWan: 0 });
  });
});

describe('table2For, 2019 template (2019 and 2020)', () => {
  const r2020: RegisterSet = {
    documents: [
      doc('A', 'normativeDocument', '2018-06-01'),
      doc('B', 'normativeDocument', '2020-02-02'),
      doc('C', 'normativeDocument', '2020-03-03', '2020-11-11'),
      doc('D', 'rule', '2019-01-01', '2019-12-31'),
    ],
    decisions: [
      count('licensing', '2019', 10),
      count('licensing', '2020-01', 4),
      count('licensing', '2020-07', 3),
      count('otherManagement', '2020-01', 5),
      count('enforcement', '2019-04', 1),
    ],
    fees: [fee('工本费', '2019-01', 100), fee('查询费', '2019', 200), fee('工本费', '2020-03', 300)],
  };
  const t = table2For(r2020, 2020);

  it('counts made = published = issued in the year, totalPublished = in force at year end', () => {
    expect(t.normativeDocuments).toEqual({ made: 2, published: 2, totalPublished: 2 });
    expect(t.rules).toEqual({ made: 0, published: 0, totalPublished: 0 });
  });

  it('compares decisions with the year before', () => {
    expect(t.licensing).toEqual({ lastYear: 10, change: -3, decisions: 7 });
    expect(t.otherManagement).toEqual({ lastYear: 0, change: 5, decisions: 5 });
    expect(t.enforcement).toEqual({ lastYear: 1, change: -1, decisions: 0 });
    expect(t.penalty).toEqual({ lastYear: 0, change: 0, decisions: 0 });
  });

  it('counts fee items of each year, and leaves procurement (no register) null', () => {
    expect(t.fees).toEqual({ lastYear: 2, change: -1 });
    expect(t.procurement).toEqual({ projects: null, amount: null });
    expect(Object.keys(t)).toEqual(templateForYear(2020).table2.map((r) => r.key));
  });
});
