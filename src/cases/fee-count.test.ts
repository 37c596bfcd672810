// 按件计收 counts the applicant's applications in the calendar month from the records (国办函
// 〔2020〕109号), not from a number the clerk types.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import type { ApplicationEvent } from './events.ts';
import { issueFeeNotice } from './fee.commands.ts';
import { applicationId } from './ids.ts';
import { register } from './register.command.ts';
import { agency, clerk, ctx, ok, person, received, request } from './test-kit.ts';

/** The working days of March 2025 up to the 14th application (3.3 to 3.20). */
const MARCH = ['03', '04', '05', '06', '07', '10', '11', '12', '13', '14', '17', '18', '19', '20'];
const march = MARCH.map((day, i) => received(`2025-03-${day}`, `m${String(i + 1).padStart(2, '0')}`));
const other = ok(
  register(
    {
      id: applicationId('other'),
      agency,
      actor: clerk,
      applicant: { ...person, identity: { kind: 'residentIdCard', number: 'TEST-0002' } },
      receipt: { channel: 'inPerson', submittedOn: '2025-03-03' as IsoDate },
      request,
    },
    ctx,
  ),
);
const february = received('2025-02-28', 'feb');
const records: ApplicationEvent[][] = [...march, other, february].reverse();

const notice = (log: ApplicationEvent[], extra: { ordinal?: number; monthRecords?: typeof records }) =>
  issueFeeNotice(log, { at: '2025-03-21', actor: clerk, basis: 'count', ...extra }, ctx);

describe('the monthly ordinal of 按件计收', () => {
  it('is computed from the records: the 12th application of the month costs 100 yuan', () => {
    const result = notice(march[11]!, { monthRecords: records });
    expect(result.ok).toBe(true);
    expect(result.ok && result.events[0]).toMatchObject({
      amountFen: 10_000,
      breakdown: { quantity: 12, lines: [{ band: '第11—30件' }] },
    });
  });

  it('refuses an ordinal that disagrees with the records', () => {
    const result = notice(march[2]!, { monthRecords: records, ordinal: 12 });
    expect(result).toMatchObject({ ok: false, code: 'invalid-field' });
    expect(!result.ok && result.reason).toBe(
      '当月申请件数序号与办理记录不符：按记录，该申请是申请人2025年3月向本机关提出的第3件申请，收到的序号为12（国办函〔2020〕109号按件计收）',
    );
    expect(notice(march[11]!, { monthRecords: records, ordinal: 12 }).ok).toBe(true);
  });

  it("charges nothing for the applicant's 10th: no fee notice (another applicant and February do not count)", () => {
    const result = notice(march[9]!, { monthRecords: records });
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('takes applications received the same day in the order of their ids, whatever the order read', () => {
    const twins = [received('2025-03-03', 'z-late'), received('2025-03-03', 'a-early')];
    const first = notice(twins[0]!, { monthRecords: twins, ordinal: 2 });
    const reversed = notice(twins[0]!, { monthRecords: [...twins].reverse(), ordinal: 2 });
    // z-late is the 2nd either way: refused as free (countFee(2)), not as a wrong ordinal.
    expect(first).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(reversed).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('without the records, the ordinal is required', () => {
    expect(notice(march[11]!, {})).toMatchObject({ ok: false, code: 'missing-field' });
    expect(notice(march[11]!, { ordinal: 12 }).ok).toBe(true);
  });
});
