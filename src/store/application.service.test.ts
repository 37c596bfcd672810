import { beforeAll, expect, it } from 'vitest';
import {
  type ApplicationId,
  applicationId,
  extend,
  type RegisterInput,
  reply,
  replyDeadline,
} from '../cases/index.ts';
import { agency, calendar, clerk, ctxAt, head, person, request } from '../cases/test-kit.ts';
import { ApplicationRepository } from './application.repository.ts';
import { ApplicationService, type ServiceResult } from './application.service.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { describeEachDatabase } from './test-databases.ts';

const ctx = ctxAt('2026-06-30');
let next = 0;
const input = (overrides: Partial<RegisterInput> = {}): RegisterInput => ({
  id: applicationId(`app-${++next}`),
  agency,
  actor: clerk,
  applicant: person,
  receipt: { channel: 'inPerson', submittedOn: '2026-06-01' as never },
  request,
  ...overrides,
});
const granted = {
  at: '2026-06-10',
  actor: clerk,
  disposition: 'granted',
  forms: ['paper' as const],
  legalBasis: '第三十六条',
};

function ok(result: ServiceResult) {
  if (!result.ok) expect.fail(`refused: ${result.reason}`);
  return result;
}

describeEachDatabase('ApplicationService', (store) => {
  let repo: ApplicationRepository;
  let service: ApplicationService;
  beforeAll(async () => {
    repo = new ApplicationRepository(store().db, store().dialect);
    service = new ApplicationService(repo, ctx);
    await repo.addAgency(agency, '示例县医疗保障局', '2026-01-01T00:00:00Z');
  });

  /** Runs `attempt` and checks that it wrote no row and no event. */
  async function writesNothing(attempt: () => Promise<unknown>) {
    const before = await repo.counts();
    const outcome = await attempt().catch((error: unknown) => error);
    expect(await repo.counts()).toEqual(before);
    return outcome;
  }

  async function registered(): Promise<ApplicationId> {
    const i = input();
    ok(await service.register(i));
    return i.id;
  }

  it('registers, appends events and keeps the derived row in step with the core', async () => {
    const id = await registered();
    const loaded = await service.get(id);
    expect(loaded?.version).toBe(1);
    const row = await store()
      .db.selectFrom('applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      agency_id: agency,
      applicant_type: 'naturalPerson',
      received_date: '2026-06-01',
      stage: 'processing',
      closed_date: null,
      due_date: replyDeadline(loaded!.state, calendar)?.dueDate,
      version: 1,
    });
    const replied = ok(await service.run(id, 1, (log, c) => reply(log, granted, c)));
    expect(replied.version).toBe(2);
    const closed = await store()
      .db.selectFrom('applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(closed).toMatchObject({
      stage: 'closed',
      disposition: 'granted',
      closed_date: '2026-06-10',
      due_date: null,
    });
    const events = await store()
      .db.selectFrom('application_events')
      .select(['seq', 'type'])
      .where('application_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { seq: 1, type: 'received' },
      { seq: 2, type: 'replied' },
    ]);
  });

  it('bad input gets the core refusal and writes nothing', async () => {
    const refusal = async (attempt: () => Promise<ServiceResult>) => {
      const result = await writesNothing(attempt);
      expect(result).toMatchObject({ ok: false });
      return result as { code: string; reason: string };
    };
    const missing = await refusal(() => service.register(input({ applicant: { ...person, name: ' ' } })));
    expect(missing.code).toBe('missing-field');
    expect(missing.reason).toContain('申请人姓名或者名称');
    const future = await refusal(() =>
      service.register(input({ receipt: { channel: 'inPerson', submittedOn: '2026-07-01' as never } })),
    );
    expect(future.code).toBe('future-date');

    const id = await registered();
    const unknown = await refusal(() =>
      service.run(id, 1, (log, c) => reply(log, { ...granted, disposition: 'maybe' }, c)),
    );
    expect(unknown.code).toBe('unknown-disposition');
    const tooLong = await refusal(() =>
      service.run(id, 1, (log, c) =>
        extend(log, { at: '2026-06-05', actor: clerk, days: 21, approver: head, reason: '调档' }, c),
      ),
    );
    expect(tooLong.reason).toContain('不超过20个工作日');
    ok(await service.run(id, 1, (log, c) => reply(log, granted, c)));
    const second = await refusal(() => service.run(id, 2, (log, c) => reply(log, granted, c)));
    expect(second.code).toBe('already-done');
  });

  it('an unknown agency or application, or a duplicate id, is an error and writes nothing', async () => {
    expect(await writesNothing(() => service.register(input({ agency: 'nowhere' as never })))).toBeInstanceOf(
      NotFoundError,
    );
    expect(
      await writesNothing(() => service.run(applicationId('none'), 1, (log, c) => reply(log, granted, c))),
    ).toBeInstanceOf(NotFoundError);
    const id = await registered();
    const duplicate = await writesNothing(() => service.register(input({ id })));
    expect(duplicate).toBeInstanceOf(ConflictError);
    expect((duplicate as Error).message).toBe('申请编号已存在，不能重复登记');
  });

  it('two writers on the same version: exactly one wins, the other gets ConflictError', async () => {
    const id = await registered();
    const extension = { at: '2026-06-05', actor: clerk, days: 10, approver: head, reason: '需调取档案' };
    const outcomes = await Promise.allSettled([
      service.run(id, 1, (log, c) => reply(log, granted, c)),
      service.run(id, 1, (log, c) => extend(log, extension, c)),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect((won[0] as PromiseFulfilledResult<ServiceResult>).value.ok).toBe(true);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(((lost[0] as PromiseRejectedResult).reason as Error).message).toBe(
      '该申请已被他人修改，请刷新后重试',
    );
    const after = await service.get(id);
    expect(after?.version).toBe(2);
    // A stale version later on is refused the same way, and nothing is overwritten.
    const stale = await writesNothing(() => service.run(id, 1, (log, c) => reply(log, granted, c)));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await service.get(id))?.state).toEqual(after?.state);
  });

  it('many writers at once: one wins, every other one conflicts', async () => {
    const id = await registered();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => service.run(id, 1, (log, c) => reply(log, granted, c))),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect((won[0] as PromiseFulfilledResult<ServiceResult>).value.ok).toBe(true);
    for (const o of outcomes.filter((o) => o.status === 'rejected')) {
      expect((o as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    }
    const events = await store()
      .db.selectFrom('application_events')
      .select('seq')
      .where('application_id', '=', id)
      .execute();
    expect(events).toHaveLength(2);
  });
});
