import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../store/test-databases.ts';
import { AGENCY, as, registerBody, type TestApi, testApi } from './test-kit.ts';

describeEachDatabase('application steps API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
  });
  afterAll(() => api.app.close());

  async function registered(submittedOn = '2025-06-02'): Promise<string> {
    const body = registerBody({ receipt: { channel: 'inPerson', submittedOn } });
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: as('clerk'),
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return body.id;
  }

  const step = (id: string, name: string, payload: object, role: Parameters<typeof as>[0] = 'clerk') =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/steps/${name}`,
      headers: as(role),
      payload,
    });

  async function ok(id: string, name: string, payload: object) {
    const response = await step(id, name, payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  /** A step that must be refused with `status`, writing nothing. */
  async function refusedStep(
    status: number,
    id: string,
    name: string,
    payload: object,
    role?: Parameters<typeof as>[0],
  ) {
    const before = await api.counts();
    const response = await step(id, name, payload, role);
    expect(response.statusCode, response.body).toBe(status);
    expect(await api.counts()).toEqual(before);
    return response.json().error as { code: string; message: string };
  }

  const table3 = async () =>
    (await api.app.inject({ url: `/api/v1/table3?year=2025&agency=${AGENCY}`, headers: as('reader') })).json()
      .table;

  it('runs a whole lifecycle: register, 补正, supplement, extension, reply, delivery; table 3 follows', async () => {
    const before = await table3();
    const id = await registered();
    let r = await ok(id, 'request-supplement', {
      expectedVersion: 1,
      at: '2025-06-04',
      items: ['请写明所需信息的名称或文号'],
      dueDate: '2025-06-16',
    });
    expect(r.application).toMatchObject({ version: 2, stage: 'awaitingSupplement', dueDate: null });
    r = await ok(id, 'receive-supplement', { expectedVersion: 2, at: '2025-06-10' });
    expect(r.application).toMatchObject({ version: 3, stage: 'processing', dueDate: '2025-07-08' });
    r = await ok(id, 'extend', {
      expectedVersion: 3,
      at: '2025-06-20',
      days: 10,
      approver: 'head-liu',
      reason: '需要调取档案',
    });
    expect(r.application).toMatchObject({ version: 4, dueDate: '2025-07-22' });
    expect(r.events[0]).toMatchObject({
      type: 'extended',
      actor: 'clerk-zhang',
      approver: 'head-liu',
      days: 10,
    });
    r = await ok(id, 'reply', {
      expectedVersion: 4,
      at: '2025-06-27',
      disposition: 'granted',
      forms: ['electronic'],
      legalBasis: '《政府信息公开条例》第三十六条第二项',
    });
    expect(r.application).toMatchObject({
      version: 5,
      stage: 'closed',
      closedDate: '2025-06-27',
      disposition: 'granted',
    });
    r = await ok(id, 'deliver', { expectedVersion: 5, at: '2025-06-30', method: 'email' });
    expect(r.application.version).toBe(6);

    const history = (
      await api.app.inject({ url: `/api/v1/applications/${id}/history`, headers: as('clerk') })
    ).json();
    expect(history.entries.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'supplementRequested',
      'supplementReceived',
      'extended',
      'replied',
      'delivered',
    ]);
    expect(new Set(history.entries.map((e: { actor: string }) => e.actor))).toEqual(new Set(['clerk-zhang']));

    const after = await table3();
    expect(after.received.naturalPerson).toBe(before.received.naturalPerson + 1);
    expect(after.granted.naturalPerson).toBe(before.granted.naturalPerson + 1);
    expect(after.totalHandled.total).toBe(before.totalHandled.total + 1);
  });

  it('refuses a second reply, an unknown disposition, a long extension and a future date (422)', async () => {
    const id = await registered('2025-06-16');
    const reply = { at: '2025-06-20', forms: ['paper'], legalBasis: '第三十六条' };
    const unknown = await refusedStep(422, id, 'reply', {
      ...reply,
      expectedVersion: 1,
      disposition: 'maybe',
    });
    expect(unknown).toEqual({
      code: 'unknown-disposition',
      message: '答复结果“maybe”不是表三规定的办理结果之一',
    });
    const long = await refusedStep(422, id, 'extend', {
      expectedVersion: 1,
      at: '2025-06-20',
      days: 21,
      approver: 'head-liu',
      reason: '材料多',
    });
    expect(long).toMatchObject({ code: 'invalid-field' });
    expect(long.message).toContain('不超过20个工作日（《政府信息公开条例》第三十三条第二款）');
    const future = await refusedStep(422, id, 'reply', {
      ...reply,
      at: '2025-07-01',
      expectedVersion: 1,
      disposition: 'granted',
    });
    expect(future.code).toBe('future-date');
    await ok(id, 'reply', { ...reply, expectedVersion: 1, disposition: 'withheld.stateSecret' });
    const again = await refusedStep(422, id, 'reply', {
      ...reply,
      expectedVersion: 2,
      disposition: 'granted',
    });
    expect(again).toEqual({ code: 'already-done', message: '已答复的申请不能再次答复' });
  });

  it('validates step bodies (400) and answers an unknown application with 404', async () => {
    const id = await registered();
    const error = await refusedStep(400, id, 'extend', { at: 'tomorrow', days: '5', actor: 'x' });
    expect(error.message).toContain('期望版本：必填');
    expect(error.message).toContain('办理日期：应为 YYYY-MM-DD 格式的有效日期');
    expect(error.message).toContain('延长的工作日数：应为数字');
    expect(error.message).toContain('不允许的字段：actor');
    const missing = await refusedStep(404, 'no-such', 'withdraw', {
      expectedVersion: 1,
      at: '2025-06-20',
      reason: '撤回',
    });
    expect(missing.code).toBe('not-found');
  });

  it('lets two writers with the same expectedVersion through exactly once (200 and 409)', async () => {
    const id = await registered();
    const withdraw = { expectedVersion: 1, at: '2025-06-20', reason: '申请人书面撤回' };
    const supplement = {
      expectedVersion: 1,
      at: '2025-06-04',
      items: ['补充身份证明'],
      dueDate: '2025-06-18',
    };
    const before = await api.counts();
    const responses = await Promise.all([
      step(id, 'withdraw', withdraw),
      step(id, 'request-supplement', supplement),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.statusCode === 409)!.json().error;
    expect(conflict).toEqual({ code: 'conflict', message: '该申请已被他人修改，请刷新后重试' });
    expect(await api.counts()).toEqual({ ...before, events: before.events + 1 });
    // The loser retries with the stale version: still 409, nothing written.
    await refusedStep(409, id, 'withdraw', withdraw);
  });

  it('lets only a clerk of the agency handle (403 for a reader, a supervisor, another agency)', async () => {
    const id = await registered();
    for (const role of ['reader', 'supervisor', 'otherClerk'] as const) {
      const error = await refusedStep(
        403,
        id,
        'withdraw',
        { expectedVersion: 1, at: '2025-06-20', reason: '撤回' },
        role,
      );
      expect(error.code).toBe('forbidden');
    }
  });
});
