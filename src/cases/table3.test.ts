import { describe, expect, it } from 'vitest';
import { checkReport } from '../check/index.ts';
import { blankReport } from '../report/blank-report.ts';
import { reply, withdraw } from './reply.commands.ts';
import { lapseSupplement, requestSupplement } from './supplement.commands.ts';
import { table3FromLogs } from './table3.ts';
import { andThen, clerk, ctx, received } from './test-kit.ts';

const at = (date: string) => ({ at: date, actor: clerk });
const granted = (date: string) => ({
  ...at(date),
  disposition: 'granted',
  forms: ['paper' as const],
  legalBasis: '第三十六条',
});

describe('table 3 from event logs', () => {
  // 1: received 2024-12-20, replied 2025-01-10: carried forward from 2024, handled in 2025.
  // 2: received 2025-03-03, withdrawn 2025-03-05: otherHandling.other (assumption).
  // 3: received 2025-03-03, 补正 lapsed: otherHandling.noSupplement.
  // 4: received 2025-12-22, still open: carried forward from 2025.
  const logs = [
    andThen(received('2024-12-20', '1'), (l) => reply(l, granted('2025-01-10'), ctx)),
    andThen(received('2025-03-03', '2'), (l) =>
      withdraw(l, { ...at('2025-03-05'), reason: '申请人撤回' }, ctx),
    ),
    andThen(
      andThen(received('2025-03-03', '3'), (l) =>
        requestSupplement(l, { ...at('2025-03-04'), items: ['文号'], dueDate: '2025-03-14' }, ctx),
      ),
      (l) => lapseSupplement(l, at('2025-03-17'), ctx),
    ),
    received('2025-12-22', '4'),
  ];
  const t2025 = table3FromLogs(logs, { year: 2025 });

  it('counts each row in the applicant column and in the total', () => {
    const cells = (row: string) => [t2025[row]?.naturalPerson, t2025[row]?.total];
    expect(cells('received')).toEqual([3, 3]);
    expect(cells('carriedOver')).toEqual([1, 1]);
    expect(cells('granted')).toEqual([1, 1]);
    expect(cells('otherHandling.other')).toEqual([1, 1]);
    expect(cells('otherHandling.noSupplement')).toEqual([1, 1]);
    expect(cells('totalHandled')).toEqual([3, 3]);
    expect(cells('carriedForward')).toEqual([1, 1]);
    expect(table3FromLogs(logs, { year: 2024 }).carriedForward?.total).toBe(1);
  });

  it('passes the checker, which does catch a broken table', () => {
    const report = { ...blankReport('2021', 2025), table3: t2025 };
    expect(checkReport(report).filter((f) => f.rule.startsWith('table3-'))).toEqual([]);
    const broken = structuredClone(t2025);
    broken.granted!.naturalPerson = 2;
    const findings = checkReport({ ...report, table3: broken }).map((f) => f.rule);
    // totalHandled is unchanged, so the balance still holds; the two sums do not.
    expect(findings).toEqual(expect.arrayContaining(['table3-row-total', 'table3-outcome-total']));
  });

  it('uses the 2019 template for 2020: one otherHandling row', () => {
    const log = andThen(received('2020-06-01', 'old'), (l) =>
      withdraw(l, { ...at('2020-06-02'), reason: '撤回' }, ctx),
    );
    const t2020 = table3FromLogs([log], { year: 2020 });
    expect(t2020.otherHandling?.total).toBe(1);
    expect(t2020['otherHandling.other']).toBeUndefined();
    const report = { ...blankReport('2019', 2020), table3: t2020 };
    expect(checkReport(report).filter((f) => f.rule.startsWith('table3-'))).toEqual([]);
  });
});
