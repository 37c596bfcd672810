// Reply deadlines against the real (bundled) calendar. Every expected date is worked out by
// hand, day by day, from the State Council's notices; "n" = the n-th counted working day
// after the event (次日起算: the event's own day never counts).

import { describe, expect, it } from 'vitest';
import { endConsultation, startConsultation } from './consultation.commands.ts';
import { deadlines, replyDeadline } from './deadlines.ts';
import { dueStatus } from './due-status.ts';
import { explainReplyDeadline, formatDeadlineExplanation } from './explain-deadline.ts';
import { extend } from './extension.command.ts';
import { issueFeeNotice, lapseFee, payFee } from './fee.commands.ts';
import { consultationId } from './ids.ts';
import { applicationState } from './state.ts';
import { receiveSupplement, requestSupplement } from './supplement.commands.ts';
import { andThen, calendar, clerk, ctx, d, head, received } from './test-kit.ts';

const due = (log: Parameters<typeof applicationState>[0]) =>
  replyDeadline(applicationState(log), calendar)?.dueDate;
const at = (date: string) => ({ at: date, actor: clerk });

describe('reply due date (《政府信息公开条例》第三十三条)', () => {
  it('receipt just before the 2025 Spring Festival', () => {
    // 2025: 1.28-2.4 off, Sun 1.26 and Sat 2.8 worked. Received Fri 1.24. Sat 1.25 no;
    // Sun 1.26 1 (调休); 1.27 2; 1.28-2.4 holiday; 2.5 3, 2.6 4, 2.7 5; Sat 2.8 6 (调休);
    // 2.10-2.14 7-11; 2.17-2.21 12-16; 2.24 17, 2.25 18, 2.26 19, Thu 2.27 20.
    expect(due(received('2025-01-24'))).toBe('2025-02-27');
  });

  it('receipt just before the 2025 National Day', () => {
    // 2025: 10.1-10.8 off, Sun 9.28 and Sat 10.11 worked. Received Fri 9.26. Sun 9.28 1;
    // 9.29 2; 9.30 3; holiday; 10.9 4; 10.10 5; Sat 10.11 6; 10.13-10.17 7-11;
    // 10.20-10.24 12-16; 10.27 17, 10.28 18, 10.29 19, Thu 10.30 20.
    expect(due(received('2025-09-26'))).toBe('2025-10-30');
  });

  it('receipt on an adjusted working Saturday (2025-02-08)', () => {
    // Sun 2.9 no; 2.10-2.14 1-5; 2.17-2.21 6-10; 2.24-2.28 11-15; 3.3-3.7 16-20: Fri 3.7.
    expect(due(received('2025-02-08'))).toBe('2025-03-07');
  });

  it('补正 then supplement: the period runs from the supplement (第三十条)', () => {
    // Received Mon 2025-03-03; notice Wed 3.5; supplement received Mon 3.10.
    // From 3.10: 3.11-3.14 1-4; 3.17-3.21 5-9; 3.24-3.28 10-14; 3.31 15; 4.1 16, 4.2 17,
    // 4.3 18; Fri 4.4 清明 holiday; Mon 4.7 19; Tue 4.8 20.
    let log = received('2025-03-03');
    log = andThen(log, (l) =>
      requestSupplement(l, { ...at('2025-03-05'), items: ['文号'], dueDate: '2025-03-19' }, ctx),
    );
    expect(replyDeadline(applicationState(log), calendar)).toBeNull();
    expect(dueStatus(applicationState(log), d('2025-03-07'), calendar).status).toBe('paused');
    log = andThen(log, (l) => receiveSupplement(l, at('2025-03-10'), ctx));
    expect(due(log)).toBe('2025-04-08');
    // The 补正 notice was due 7 working days after 3.3: 3.4 1 ... 3.7 4, 3.10 5, 3.11 6, Wed 3.12 7.
    expect(deadlines(applicationState(log), calendar).supplementNoticeDue).toBe('2025-03-12');
  });

  it('an extension adds its working days after the original due date', () => {
    // Original due Thu 2025-02-27 (above). +20: 2.28 1; 3.3-3.7 2-6; 3.10-3.14 7-11;
    // 3.17-3.21 12-16; 3.24 17, 3.25 18, 3.26 19, Thu 3.27 20.
    const log = andThen(received('2025-01-24'), (l) =>
      extend(l, { ...at('2025-02-20'), days: 20, approver: head, reason: '需调取历史档案' }, ctx),
    );
    expect(due(log)).toBe('2025-03-27');
  });

  it('a third-party consultation pauses the clock (第三十二条)', () => {
    // Received Mon 2025-06-09; unpaused due: 6.10-6.13 1-4; 6.16-6.20 5-9; 6.23-6.27 10-14;
    // 6.30 15; 7.1-7.4 16-19; Mon 7.7 20. Letter Thu 6.12 (counted, 3), answer Thu 6.19:
    // 6.13, 6.16, 6.17, 6.18, 6.19 not counted (5 days). Then 6.20 4; 6.23-6.27 5-9; 6.30 10;
    // 7.1-7.4 11-14; 7.7-7.11 15-19; Mon 7.14 20.
    const c = consultationId('c1');
    let log = andThen(received('2025-06-09'), (l) =>
      startConsultation(
        l,
        { ...at('2025-06-12'), consultation: c, kind: 'thirdParty', party: '某药店' },
        ctx,
      ),
    );
    expect(applicationState(log).consultations[0]?.answerDue).toBe('2025-07-03'); // 15 working days
    expect(dueStatus(applicationState(log), d('2025-06-16'), calendar).status).toBe('paused');
    log = andThen(log, (l) =>
      endConsultation(l, { ...at('2025-06-19'), consultation: c, answer: 'consent' }, ctx),
    );
    expect(due(log)).toBe('2025-07-14');
    const explanation = explainReplyDeadline(applicationState(log), calendar);
    expect(explanation.steps.filter((s) => s.pausedBy).map((s) => s.date)).toEqual([
      '2025-06-13',
      '2025-06-16',
      '2025-06-17',
      '2025-06-18',
      '2025-06-19',
    ]);
    expect(explanation.steps.at(-1)).toMatchObject({ date: '2025-07-14', ordinal: 20 });
  });

  it('a silent third party pauses the clock only until its 15 days run out', () => {
    // Letter Thu 6.12, answer due Thu 7.3, no answer: (6.12, 7.3] has 15 working days.
    // Unpaused due Mon 7.7 + 15: 7.8-7.11 1-4; 7.14-7.18 5-9; 7.21-7.25 10-14; Mon 7.28 15.
    const c = consultationId('c1');
    const log = andThen(received('2025-06-09'), (l) =>
      startConsultation(
        l,
        { ...at('2025-06-12'), consultation: c, kind: 'thirdParty', party: '某药店' },
        ctx,
      ),
    );
    const status = dueStatus(applicationState(log), d('2025-07-04'), calendar);
    // From Fri 7.4: 7.7-7.11 5, 7.14-7.18 5, 7.21-7.25 5, 7.28 1 = 16 working days left.
    expect(status).toMatchObject({ status: 'onTrack', dueDate: '2025-07-28', workingDaysLeft: 16 });
  });

  it('a fee notice pauses the clock until payment (第四十二条)', () => {
    // Received Mon 2025-11-03; notice Wed 11.5 (counted, 2); paid Fri 11.14: 11.6, 11.7,
    // 11.10-11.14 not counted (7). Then 11.17-11.21 3-7; 11.24-11.28 8-12; 12.1-12.5 13-17;
    // 12.8 18, 12.9 19, Wed 12.10 20.
    let log = andThen(received('2025-11-03'), (l) =>
      issueFeeNotice(l, { ...at('2025-11-05'), basis: 'volume', pages: 50 }, ctx),
    );
    // Payment period 20 working days: 11.6, 11.7 1-2; 11.10-11.28 3-17; 12.1 18, 12.2 19, Wed 12.3 20.
    expect(applicationState(log).fee?.notice.payDue).toBe('2025-12-03');
    expect(dueStatus(applicationState(log), d('2025-11-10'), calendar).status).toBe('paused');
    const paid = andThen(log, (l) => payFee(l, { ...at('2025-11-14'), amountFen: 20_000 }, ctx));
    expect(due(paid)).toBe('2025-12-10');
    const text = formatDeadlineExplanation(explainReplyDeadline(applicationState(paid), calendar));
    expect(text).toContain('暂停：收费通知至缴费（减免）期间，2025-11-05次日至2025-11-14，不计7个工作日。');
    expect(text).toContain('2025-11-10 周一 不计 暂停计算（收费通知至缴费（减免）期间）');
    expect(text).toContain('2025-12-10 周三 计入 第20个工作日 工作日');
    // Not paid: the lapse may be recorded only after 12.3, and closes as feeUnpaid.
    expect(lapseFee(log, at('2025-12-03'), ctx)).toMatchObject({ ok: false, code: 'too-early' });
    log = andThen(log, (l) => lapseFee(l, at('2025-12-04'), ctx));
    expect(applicationState(log).closure).toMatchObject({
      disposition: 'otherHandling.feeUnpaid',
      on: '2025-12-04',
    });
  });
});

describe('dueStatus', () => {
  // Due Thu 2025-10-30 (National Day case above).
  const state = applicationState(received('2025-09-26'));
  it.each([
    ['2025-10-24', 'onTrack', 4], // 10.27, 10.28, 10.29, 10.30
    ['2025-10-27', 'dueSoon', 3],
    ['2025-10-30', 'dueToday', 0],
    ['2025-10-31', 'overdue', -1],
  ] as const)('on %s: %s', (today, status, left) => {
    expect(dueStatus(state, d(today), calendar)).toMatchObject({ status, workingDaysLeft: left });
  });
});
