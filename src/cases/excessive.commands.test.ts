// 第三十五条 (clearly excessive requests): asking for reasons, the pause, the assessment and the
// reply that must follow it. Dates worked out by hand against the bundled 2025 calendar
// (March 2025 has no holidays; 清明 2025-04-04 to 04-06, Fri-Sun).

import { describe, expect, it } from 'vitest';
import { replyDeadline } from './deadlines.ts';
import { dueStatus } from './due-status.ts';
import { assessReasons, requestReasons } from './excessive.commands.ts';
import { reply } from './reply.commands.ts';
import { applicationState } from './state.ts';
import { andThen, calendar, clerk, ctx, d, received } from './test-kit.ts';

const at = (date: string) => ({ at: date, actor: clerk });
const due = (log: Parameters<typeof applicationState>[0]) =>
  replyDeadline(applicationState(log), calendar)?.dueDate;
const asked = () =>
  andThen(received('2025-03-03'), (log) =>
    requestReasons(
      log,
      { ...at('2025-03-05'), grounds: '一个月内提出申请86件', answerDue: '2025-03-14' },
      ctx,
    ),
  );
const answer =
  (date: string, reasonable: boolean, delayedDueDate?: string) => (log: Parameters<typeof reply>[0]) =>
    assessReasons(
      log,
      {
        ...at(date),
        reasonable,
        note: '申请人称系课题研究需要',
        ...(delayedDueDate ? { delayedDueDate } : {}),
      },
      ctx,
    );
const replyWith = (date: string, disposition: string) => (log: Parameters<typeof reply>[0]) =>
  reply(
    log,
    { ...at(date), disposition, forms: ['paper'], legalBasis: '《政府信息公开条例》第三十五条' },
    ctx,
  );

describe('第三十五条 reasons for clearly excessive requests', () => {
  it('pauses the clock from the request for reasons to the assessment', () => {
    // Received Mon 3.3: 3.4-3.7 1-4, 3.10-14 5-9, 3.17-21 10-14, 3.24-28 15-19, Mon 3.31 20.
    expect(due(received('2025-03-03'))).toBe('2025-03-31');
    // Reasons asked Wed 3.5, assessed Wed 3.12: (3.5, 3.12] = 3.6, 3.7, 3.10, 3.11, 3.12 = 5 days.
    // 3.31 + 5: 4.1, 4.2, 4.3, (4.4-4.6 清明), 4.7, Tue 4.8.
    expect(due(andThen(asked(), answer('2025-03-12', true)))).toBe('2025-04-08');
  });

  it('shows the application as paused while the reasons are awaited, provisionally to their due date', () => {
    const log = asked();
    expect(dueStatus(applicationState(log), d('2025-03-10'), calendar)).toMatchObject({ status: 'paused' });
    const deadline = replyDeadline(applicationState(log), calendar);
    expect(deadline?.provisional).toBe(true);
    // To 3.14: 3.6, 3.7, 3.10-3.14 = 7 days; 3.31 + 7: 4.1-4.3, 4.7-4.10.
    expect(deadline?.dueDate).toBe('2025-04-10');
  });

  it('lets a reasonable request have a later reply date set by the agency, never an earlier one', () => {
    const delayed = andThen(asked(), answer('2025-03-12', true, '2025-05-30'));
    expect(due(delayed)).toBe('2025-05-30');
    expect(replyDeadline(applicationState(delayed), calendar)?.delayedTo).toBe('2025-05-30');
    const earlier = answer('2025-03-12', true, '2025-04-03')(asked());
    expect(earlier).toMatchObject({ ok: false, code: 'invalid-field' });
    expect(answer('2025-03-12', false, '2025-05-30')(asked())).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
  });

  it('makes the reply follow the assessment', () => {
    expect(replyWith('2025-03-10', 'granted')(asked())).toMatchObject({ ok: false, code: 'not-allowed' });
    const unreasonable = andThen(asked(), answer('2025-03-12', false));
    expect(replyWith('2025-03-13', 'granted')(unreasonable)).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(replyWith('2025-03-13', 'notProcessed.massRepeated')(unreasonable).ok).toBe(true);
    const reasonable = andThen(asked(), answer('2025-03-12', true));
    expect(replyWith('2025-03-13', 'notProcessed.massRepeated')(reasonable)).toMatchObject({ ok: false });
    expect(replyWith('2025-03-13', 'granted')(reasonable).ok).toBe(true);
  });

  it('asks once, assesses once, and needs its facts', () => {
    const log = asked();
    expect(
      requestReasons(log, { ...at('2025-03-06'), grounds: '再次', answerDue: '2025-03-20' }, ctx),
    ).toMatchObject({ ok: false, code: 'already-done' });
    expect(
      requestReasons(
        received('2025-03-03'),
        { ...at('2025-03-05'), grounds: ' ', answerDue: '2025-03-14' },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: 'missing-field' });
    expect(
      requestReasons(
        received('2025-03-03'),
        { ...at('2025-03-05'), grounds: '大量', answerDue: '2025-03-05' },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: 'invalid-field' });
    const assessed = andThen(log, answer('2025-03-12', true));
    expect(answer('2025-03-13', false)(assessed)).toMatchObject({ ok: false, code: 'already-done' });
    expect(answer('2025-03-13', true)(received('2025-03-03'))).toMatchObject({
      ok: false,
      code: 'wrong-stage',
    });
  });
});
