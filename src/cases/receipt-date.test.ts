import { describe, expect, it } from 'vitest';
import { explainReplyDeadline } from './explain-deadline.ts';
import { applicationId } from './ids.ts';
import { confirmedTooEarly, receiptDate, receiptWarnings } from './receipt-date.ts';
import { register } from './register.command.ts';
import { applicationState } from './state.ts';
import { agency, calendar, clerk, ctx, d, ok, person, request } from './test-kit.ts';

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

  it('ordinary letter: the day confirmed with the applicant, which is the day it arrived', () => {
    const facts = {
      channel: 'ordinaryPost',
      arrivedOn: d('2025-03-04'),
      confirmedWithApplicantOn: d('2025-03-04'),
    } as const;
    expect(receiptDate(facts)).toEqual({
      date: '2025-03-04',
      basis: '平常信函提交，以与申请人确认之日为收到申请之日（第三十一条第二项）',
    });
  });

  it('ordinary letter confirmed late: the confirmation does not move the receipt date past arrival', () => {
    // 第三十一条第二项: the office confirms 于收到申请的当日; its delay is not the applicant's.
    const facts = {
      channel: 'ordinaryPost',
      arrivedOn: d('2026-01-05'),
      confirmedWithApplicantOn: d('2026-03-02'),
    } as const;
    expect(receiptDate(facts)).toEqual({
      date: '2026-01-05',
      basis:
        '平常信函提交，应于收到申请的当日与申请人确认（第三十一条第二项）；信函于2026-01-05收到、2026-03-02才确认，以收到信函之日为收到申请之日',
    });
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

describe('confirmation dates (第三十一条第二项、第三项)', () => {
  const registered = (receipt: object) =>
    register(
      { id: applicationId('r'), agency, actor: clerk, applicant: person, request, receipt: receipt as never },
      ctx,
    );

  it('refuses a confirmation before submission (online, fax) or before arrival (ordinary letter)', () => {
    const online = registered({ channel: 'online', submittedOn: '2026-03-05', confirmedOn: '2026-03-02' });
    expect(online).toMatchObject({
      ok: false,
      code: 'invalid-field',
      reason:
        '双方确认日期（2026-03-02）不能早于提交日期（2026-03-05）：以双方确认之日为收到申请之日，确认只能在提交之后（第三十一条第三项）',
    });
    expect(
      registered({ channel: 'fax', submittedOn: '2026-03-05', confirmedOn: '2026-03-04' }),
    ).toMatchObject({
      ok: false,
      code: 'invalid-field',
    });
    const letter = {
      channel: 'ordinaryPost',
      arrivedOn: d('2026-03-05'),
      confirmedWithApplicantOn: d('2026-03-02'),
    } as const;
    expect(confirmedTooEarly(letter)).toContain('不能早于信函到达日期（2026-03-05）');
  });

  it('a late ordinary-letter confirmation: the reply period counts from arrival, and the explanation says so', () => {
    const log = ok(
      registered({
        channel: 'ordinaryPost',
        arrivedOn: '2026-01-05',
        confirmedWithApplicantOn: '2026-03-02',
      }),
    );
    const state = applicationState(log);
    expect(state.receiptDate).toBe('2026-01-05');
    const { deadline, lines, steps } = explainReplyDeadline(state, calendar);
    expect(deadline?.start).toBe('2026-01-05');
    expect(lines[0]).toBe(
      '收到申请之日：平常信函于2026-01-05收到，2026-03-02才与申请人确认；第三十一条第二项要求于收到申请的当日确认，迟延确认不推迟收到申请之日，答复期限自2026-01-05起算。',
    );
    expect(steps[0]?.date).toBe('2026-01-06');
  });

  it('online and fax keep the confirmation day; a confirmation more than 3 working days late is pointed out', () => {
    // Mon 2026-03-02 submitted: 3.3 1, 3.4 2, 3.5 3, Fri 3.6 4.
    const soon = { channel: 'online', submittedOn: d('2026-03-02'), confirmedOn: d('2026-03-05') } as const;
    expect(receiptWarnings(soon, calendar)).toEqual([]);
    const late = { channel: 'fax', submittedOn: d('2026-03-02'), confirmedOn: d('2026-03-06') } as const;
    expect(receiptDate(late).date).toBe('2026-03-06');
    expect(receiptWarnings(late, calendar)).toEqual([
      '通过传真提交的申请于2026-03-02提交、2026-03-06才双方确认，相隔4个工作日；收到申请之日以双方确认之日计（第三十一条第三项），答复期限随之推后，请核实确认日期并及时确认',
    ]);
    const letter = {
      channel: 'ordinaryPost',
      arrivedOn: d('2026-01-05'),
      confirmedWithApplicantOn: d('2026-03-02'),
    } as const;
    expect(receiptWarnings(letter, calendar)).toEqual([]); // its receipt date does not move
  });
});
