// Pauses hold the reply clock only as long as the law lets them (deadlines.ts A2, A6, A7): past
// their cap the application is judged by its due date, overdue included.

import { describe, expect, it } from 'vitest';
import { replyDeadline } from './deadlines.ts';
import { dueStatus } from './due-status.ts';
import type { ApplicationEvent } from './events.ts';
import { requestReasons } from './excessive.commands.ts';
import { issueFeeNotice, payFee } from './fee.commands.ts';
import { volumeFee } from './fees.ts';
import { applicationState } from './state.ts';
import { andThen, calendar, clerk, ctx, d, received } from './test-kit.ts';

// Received Mon 2025-03-03: 3.4-3.7 1-4; 3.10-3.14 5-9; 3.17-3.21 10-14; 3.24-3.28 15-19; Mon 3.31 20.
const RECEIVED = '2025-03-03';
const status = (log: ApplicationEvent[], today: string) =>
  dueStatus(applicationState(log), d(today), calendar);

describe('a fee notice only within the reply period (国办函〔2020〕109号, assumption 14)', () => {
  const fee = (at: string) =>
    issueFeeNotice(received(RECEIVED), { at, actor: clerk, basis: 'volume', pages: 80 }, ctx);

  it('is accepted up to the last day of the period and refused after it', () => {
    expect(replyDeadline(applicationState(received(RECEIVED)), calendar)?.dueDate).toBe('2025-03-31');
    expect(fee('2025-03-31').ok).toBe(true);
    const late = fee('2025-04-01');
    expect(late).toMatchObject({ ok: false, code: 'too-late' });
    expect(!late.ok && late.reason).toBe(
      '答复期限已于2025-03-31届满，不能再发出收费通知：收费通知应在答复期限内发出（国办函〔2020〕109号）',
    );
  });

  it('sent on the last day, it pauses the clock from the next day (A1, A6)', () => {
    // Notice Mon 3.31 (the 20th day, counted); paid Fri 4.11: 4.1-4.3, 4.7-4.11 paused (8 days);
    // the period had no day left, so the reply is due the day of payment.
    const noticed = andThen(received(RECEIVED), (l) =>
      issueFeeNotice(l, { at: '2025-03-31', actor: clerk, basis: 'volume', pages: 80 }, ctx),
    );
    expect(status(noticed, '2025-04-02')).toMatchObject({ status: 'paused' });
    const fee = applicationState(noticed).fee!;
    const paid = andThen(noticed, (l) =>
      payFee(l, { at: '2025-04-11', actor: clerk, amountFen: fee.amountDueFen }, ctx),
    );
    expect(replyDeadline(applicationState(paid), calendar)?.dueDate).toBe('2025-04-11');
  });

  it('recorded late before this rule (A6: it paused nothing): overdue, not paused', () => {
    const notice: ApplicationEvent = {
      type: 'feeNoticeIssued',
      at: d('2025-04-15'),
      actor: clerk,
      basis: 'volume',
      breakdown: volumeFee(100),
      amountFen: volumeFee(100).amountFen,
      payDue: calendar.addWorkingDays(d('2025-04-15'), 20),
    };
    const log = [...received(RECEIVED), notice];
    expect(status(log, '2025-04-16')).toMatchObject({
      status: 'overdue',
      dueDate: '2025-03-31',
      reason: expect.stringContaining('收费通知于答复期限届满后发出，不暂停计时'),
    });
  });

  it('an unpaid fee past its payment date stays paused: the lapse is to be recorded, no reply', () => {
    const log = andThen(received(RECEIVED), (l) =>
      issueFeeNotice(l, { at: '2025-03-04', actor: clerk, basis: 'volume', pages: 80 }, ctx),
    );
    expect(status(log, '2025-06-30')).toMatchObject({
      status: 'paused',
      reason: expect.stringContaining('请登记逾期未缴费'),
    });
  });
});

describe('reasons asked for under 第三十五条 and never assessed', () => {
  // Asked Tue 3.4, answer due Fri 3.14: (3.4, 3.14] is 8 working days not counted, so the due date
  // moves from Mon 3.31 by 8: 4.1 1, 4.2 2, 4.3 3, (4.4 清明, weekend), 4.7 4 ... Fri 4.11 8.
  const log = andThen(received(RECEIVED), (l) =>
    requestReasons(
      l,
      { at: '2025-03-04', actor: clerk, grounds: '一个月内申请86件', answerDue: '2025-03-14' },
      ctx,
    ),
  );

  it('pause the clock up to the answer date the agency set', () => {
    expect(status(log, '2025-03-14')).toMatchObject({ status: 'paused' });
  });

  it('then the clock runs again, with a reminder to record the assessment', () => {
    expect(status(log, '2025-03-17')).toMatchObject({
      status: 'onTrack',
      dueDate: '2025-04-11',
      reason: expect.stringContaining(
        '说明理由的期限已于2025-03-14届满，此后恢复计时；请登记对理由的审核意见',
      ),
    });
    expect(status(log, '2025-04-09')).toMatchObject({ status: 'dueSoon', workingDaysLeft: 2 });
    expect(status(log, '2025-04-11')).toMatchObject({ status: 'dueToday' });
  });

  it('and the application is overdue once that due date has passed', () => {
    expect(status(log, '2025-04-14')).toMatchObject({
      status: 'overdue',
      dueDate: '2025-04-11',
      workingDaysLeft: -1,
      reason: expect.stringMatching(
        /^答复期限已于2025-04-11届满，已逾期1个工作日；说明理由的期限已于2025-03-14届满/,
      ),
    });
    expect(status(log, '2025-09-01').status).toBe('overdue');
  });

  it('asked after the due date: no pause at all (A6), overdue at once', () => {
    const late = andThen(received(RECEIVED), (l) =>
      requestReasons(
        l,
        { at: '2025-04-02', actor: clerk, grounds: '一个月内申请86件', answerDue: '2025-04-30' },
        ctx,
      ),
    );
    expect(status(late, '2025-04-03')).toMatchObject({
      status: 'overdue',
      dueDate: '2025-03-31',
      reason: expect.stringContaining('要求说明理由时答复期限已届满，不暂停计时'),
    });
  });
});
