import { describe, expect, it } from 'vitest';
import { receiptDate } from './receipt-date.ts';
import { d } from './test-kit.ts';

describe('receipt date by channel (《政府信息公开条例》第三十一条)', () => {
  it('in person and oral: the day submitted', () => {
    expect(receiptDate({ channel: 'inPerson', submittedOn: d('2025-03-03') }).date).toBe('2025-03-03');
    expect(receiptDate({ channel: 'oral', submittedOn: d('2025-03-03') }).basis).toContain('第二十九条');
  });

  it('registered post: the day signed for', () => {
    expect(receiptDate({ channel: 'registeredPost', signedForOn: d('2025-03-04') })).toMatchObject({
      date: '2025-03-04',
      basis: expect.stringContaining('签收之日'),
    });
  });

  it('ordinary letter: the day confirmed with the applicant', () => {
    const facts = {
      channel: 'ordinaryPost',
      arrivedOn: d('2025-03-04'),
      confirmedWithApplicantOn: d('2025-03-05'),
    } as const;
    expect(receiptDate(facts).date).toBe('2025-03-05');
  });

  it('online and fax: the day both sides confirm', () => {
    expect(
      receiptDate({ channel: 'online', submittedOn: d('2025-03-01'), confirmedOn: d('2025-03-03') }).date,
    ).toBe('2025-03-03');
    expect(
      receiptDate({ channel: 'fax', submittedOn: d('2025-03-01'), confirmedOn: d('2025-03-04') }).basis,
    ).toContain('第三十一条第三项');
  });
});
