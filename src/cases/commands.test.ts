// Illegal steps are refused with a reason in Chinese, never thrown.

import { describe, expect, it } from 'vitest';
import { endConsultation, startConsultation } from './consultation.commands.ts';
import { requestReasons } from './excessive.commands.ts';
import { extend } from './extension.command.ts';
import { issueFeeNotice, waiveFee } from './fee.commands.ts';
import { applicationId, consultationId } from './ids.ts';
import { register } from './register.command.ts';
import { deliver, reply, withdraw } from './reply.commands.ts';
import { applicationState } from './state.ts';
import { lapseSupplement, requestSupplement } from './supplement.commands.ts';
import { agency, andThen, clerk, ctx, ctxAt, head, person, received, request } from './test-kit.ts';

const at = (date: string) => ({ at: date, actor: clerk });
const granted = (date: string) => ({
  ...at(date),
  disposition: 'granted',
  forms: ['paper' as const],
  legalBasis: '第三十六条第二项',
});

describe('reply', () => {
  const log = andThen(received('2025-03-03'), (l) => reply(l, granted('2025-03-10'), ctx));

  it('closes the application with its one disposition', () => {
    expect(applicationState(log).closure).toEqual({ on: '2025-03-10', by: 'reply', disposition: 'granted' });
  });

  it('refuses a second reply', () => {
    expect(reply(log, granted('2025-03-11'), ctx)).toMatchObject({
      ok: false,
      reason: '已答复的申请不能再次答复',
    });
  });

  it('refuses an unknown disposition', () => {
    const result = reply(
      received('2025-03-03'),
      { ...granted('2025-03-10'), disposition: 'granted.maybe' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'unknown-disposition' });
  });

  it('refuses the lapse rows as a reply', () => {
    const result = reply(
      received('2025-03-03'),
      { ...granted('2025-03-10'), disposition: 'otherHandling.noSupplement' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('refuses "still unclear after 补正" without a 补正', () => {
    const result = reply(
      received('2025-03-03'),
      {
        ...granted('2025-03-10'),
        disposition: 'unableToProvide.unclearAfterSupplement',
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('refuses a date in the future and a date before the previous step', () => {
    const today = ctxAt('2025-03-05');
    expect(reply(received('2025-03-03'), granted('2025-03-06'), today)).toMatchObject({
      ok: false,
      code: 'future-date',
    });
    expect(reply(received('2025-03-03'), granted('2025-03-02'), ctx)).toMatchObject({
      ok: false,
      code: 'date-before-previous-step',
    });
  });

  it('allows one delivery, and no withdrawal after the reply', () => {
    const delivered = andThen(log, (l) => deliver(l, { ...at('2025-03-11'), method: 'post' }, ctx));
    expect(deliver(delivered, { ...at('2025-03-12'), method: 'post' }, ctx)).toMatchObject({
      ok: false,
      code: 'already-done',
    });
    expect(withdraw(log, { ...at('2025-03-12'), reason: '撤回' }, ctx)).toMatchObject({
      ok: false,
      code: 'closed',
    });
  });
});

describe('extension', () => {
  const log = received('2025-01-24');
  const extension = { ...at('2025-02-20'), approver: head, reason: '需调取档案' };

  it('refuses more than 20 working days', () => {
    expect(extend(log, { ...extension, days: 21 }, ctx)).toMatchObject({
      ok: false,
      reason: '延期只能一次，且不超过20个工作日（《政府信息公开条例》第三十三条第二款）',
    });
  });

  it('refuses a second extension', () => {
    const once = andThen(log, (l) => extend(l, { ...extension, days: 5 }, ctx));
    expect(extend(once, { ...extension, days: 5 }, ctx)).toMatchObject({ ok: false, code: 'already-done' });
  });

  it('refuses an extension after the due date (2025-02-27) or without approver', () => {
    expect(extend(log, { ...extension, at: '2025-02-28', days: 5 }, ctx)).toMatchObject({
      ok: false,
      code: 'too-late',
    });
    expect(extend(log, { ...extension, approver: '' as typeof head, days: 5 }, ctx)).toMatchObject({
      ok: false,
      code: 'missing-field',
    });
  });
});

describe('补正', () => {
  it('must be requested within 7 working days of receipt', () => {
    // Received Mon 2025-03-03: 7th working day Wed 3.12; Thu 3.13 is the 8th.
    const result = requestSupplement(
      received('2025-03-03'),
      { ...at('2025-03-13'), items: ['文号'], dueDate: '2025-03-31' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'too-late' });
    expect(!result.ok && result.reason).toContain('补正告知应在收到申请之日起7个工作日内发出');
  });

  it('is requested once; a lapse is recorded only after its due date and counts as noSupplement', () => {
    const log = andThen(received('2025-03-03'), (l) =>
      requestSupplement(l, { ...at('2025-03-05'), items: ['文号'], dueDate: '2025-03-19' }, ctx),
    );
    expect(
      requestSupplement(log, { ...at('2025-03-06'), items: ['x'], dueDate: '2025-03-20' }, ctx),
    ).toMatchObject({
      ok: false,
      code: 'already-done',
    });
    expect(lapseSupplement(log, at('2025-03-19'), ctx)).toMatchObject({ ok: false, code: 'too-early' });
    const lapsed = andThen(log, (l) => lapseSupplement(l, at('2025-03-20'), ctx));
    expect(applicationState(lapsed).closure?.disposition).toBe('otherHandling.noSupplement');
  });
});

describe('consultation and fees', () => {
  it('refuses "no answer" before the 15 working days have passed, and a reply while consulting', () => {
    const c = consultationId('c1');
    const log = andThen(received('2025-06-09'), (l) =>
      startConsultation(
        l,
        { ...at('2025-06-12'), consultation: c, kind: 'thirdParty', party: '某药店' },
        ctx,
      ),
    );
    expect(
      endConsultation(log, { ...at('2025-07-03'), consultation: c, answer: 'noAnswer' }, ctx),
    ).toMatchObject({
      ok: false,
      code: 'too-early',
    });
    expect(reply(log, granted('2025-06-13'), ctx)).toMatchObject({ ok: false, code: 'wrong-stage' });
  });

  it('refuses a fee notice where the tariff charges nothing, and a reply while the fee is unpaid', () => {
    const log = received('2025-03-03');
    expect(issueFeeNotice(log, { ...at('2025-03-04'), basis: 'volume', pages: 30 }, ctx)).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    const noticed = andThen(log, (l) =>
      issueFeeNotice(l, { ...at('2025-03-04'), basis: 'count', ordinal: 12 }, ctx),
    );
    expect(applicationState(noticed).fee?.amountDueFen).toBe(10_000);
    expect(reply(noticed, granted('2025-03-05'), ctx)).toMatchObject({ ok: false, code: 'wrong-stage' });
  });
});

describe('register', () => {
  const base = { id: applicationId('a'), agency, actor: clerk, applicant: person, request };

  it('refuses an application without the required content of 第二十九条, listing every gap', () => {
    const result = register(
      {
        ...base,
        applicant: { ...person, name: ' ', contact: {} },
        request: { forms: [], delivery: 'post' },
        receipt: { channel: 'inPerson', submittedOn: '2025-03-03' as never },
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'missing-field' });
    expect(!result.ok && result.details).toEqual([
      '申请人姓名或者名称',
      '联系方式（电话、地址或电子邮箱至少一项）',
      '申请公开的政府信息的名称、文号或者便于查询的其他特征性描述',
      '申请公开的政府信息的形式要求',
    ]);
  });

  it('refuses a receipt date in a year the calendar has no data for (no deadline can be counted)', () => {
    const result = register(
      { ...base, receipt: { channel: 'inPerson', submittedOn: '1990-02-03' as never } },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'calendar' });
    expect(!result.ok && result.reason).toContain('1990年');
  });

  it('refuses a receipt date in the future and a confirmation before submission', () => {
    const today = ctxAt('2025-03-03');
    expect(
      register({ ...base, receipt: { channel: 'inPerson', submittedOn: '2025-03-04' as never } }, today),
    ).toMatchObject({
      ok: false,
      code: 'future-date',
    });
    const early = { channel: 'online', submittedOn: '2025-03-03', confirmedOn: '2025-03-02' } as never;
    expect(register({ ...base, receipt: early }, ctx)).toMatchObject({ ok: false, code: 'invalid-field' });
  });

  it('refuses a date in a year the calendar does not know, as a refusal', () => {
    const log = received('2026-12-30');
    const result = extend(log, { ...at('2026-12-31'), days: 20, approver: head, reason: '需调取档案' }, ctx);
    expect(result).toMatchObject({ ok: false, code: 'calendar' });
  });
});

describe('补正 only before the handling has moved on', () => {
  it('is refused after a fee notice was settled or reasons were asked for', () => {
    const paid = andThen(
      andThen(received('2025-03-03'), (log) =>
        issueFeeNotice(log, { at: '2025-03-04', actor: clerk, basis: 'volume', pages: 80 }, ctx),
      ),
      (log) => waiveFee(log, { at: '2025-03-05', actor: clerk, reason: '困难' }, ctx),
    );
    const supplement = (log: Parameters<typeof requestSupplement>[0]) =>
      requestSupplement(log, { at: '2025-03-06', actor: clerk, items: ['文号'], dueDate: '2025-03-20' }, ctx);
    expect(supplement(paid)).toMatchObject({ ok: false, code: 'wrong-stage' });
    const asked = andThen(received('2025-03-03'), (log) =>
      requestReasons(
        log,
        { at: '2025-03-04', actor: clerk, grounds: '一个月内申请86件', answerDue: '2025-03-14' },
        ctx,
      ),
    );
    expect(supplement(asked)).toMatchObject({ ok: false, code: 'wrong-stage' });
  });
});
