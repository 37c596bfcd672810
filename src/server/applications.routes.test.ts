import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../store/test-databases.ts';
import { AGENCY, as, OTHER_AGENCY, registerBody, type TestApi, testApi } from './test-kit.ts';

describeEachDatabase('applications API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
  });
  afterAll(() => api.app.close());

  const send = (options: InjectOptions) => api.app.inject(options);
  const register = (body: object, role: Parameters<typeof as>[0] = 'clerk') =>
    send({ method: 'POST', url: '/api/v1/applications', headers: as(role), payload: body });

  /** Sends a request that must be refused with `status`, and checks nothing was written. */
  async function refused(status: number, options: InjectOptions) {
    const before = await api.counts();
    const response = await send(options);
    expect(response.statusCode, response.body).toBe(status);
    expect(await api.counts()).toEqual(before);
    return response.json().error as {
      code: string;
      message: string;
      fields?: { field: string; message: string }[];
    };
  }

  describe('registration', () => {
    it('registers, records the token actor, answers 201 with a location and masked personal data', async () => {
      const body = registerBody();
      const response = await register(body);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers.location).toBe(`/api/v1/applications/${body.id}`);
      const { application, events } = response.json();
      expect(application).toMatchObject({
        id: body.id,
        version: 1,
        stage: 'processing',
        receiptDate: '2025-06-02',
        dueDate: '2025-06-30',
        registeredBy: 'clerk-zhang',
      });
      expect(application.applicant.identity.number).toBe('110***********1232');
      expect(application.applicant.contact.phone).toBe('138****5678');
      expect(events[0]).toMatchObject({ type: 'received', actor: 'clerk-zhang' });
    });

    it('generates an id when none is given', async () => {
      const { id: _id, ...body } = registerBody();
      const response = await register(body);
      expect(response.statusCode).toBe(201);
      expect(response.json().application.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('refuses missing required fields with a Chinese message per field (400), writing nothing', async () => {
      const error = await refused(400, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: { agency: AGENCY, applicant: { type: 'naturalPerson' }, request: { forms: [] } },
      });
      expect(error.code).toBe('invalid-input');
      const fields = Object.fromEntries((error.fields ?? []).map((f) => [f.field, f.message]));
      expect(fields).toMatchObject({
        'applicant.name': '申请人姓名或者名称：必填',
        'applicant.identity': '身份证明：必填',
        receipt: '提交方式与日期：必填',
        'request.forms': '信息的形式要求：至少1项',
        'request.delivery': expect.stringContaining('获取信息的方式：应为以下之一'),
      });
      expect(error.message).toMatch(/^请求内容不符合要求：/);
    });

    it('leaves the content rules of the law to the core (422 with its reason)', async () => {
      const body = registerBody({
        applicant: {
          type: 'naturalPerson',
          name: ' ',
          identity: { kind: 'passport', number: 'E1' },
          contact: {},
        },
      });
      const error = await refused(422, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: body,
      });
      expect(error.code).toBe('missing-field');
      expect(error.message).toContain('第二十九条');
      expect(error.message).toContain('申请人姓名或者名称');
      expect(error.message).toContain('联系方式');
    });

    it('refuses a receipt date after today (422 future-date)', async () => {
      const error = await refused(422, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: registerBody({ receipt: { channel: 'inPerson', submittedOn: '2025-07-01' } }),
      });
      expect(error).toMatchObject({ code: 'future-date' });
      expect(error.message).toContain('晚于今天（2025-06-30）');
    });

    it('refuses a date that is not a real date, and an actor given in the body (400)', async () => {
      const badDate = await refused(400, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: registerBody({ receipt: { channel: 'inPerson', submittedOn: '2025-02-30' } }),
      });
      expect(badDate.fields?.[0]).toEqual({
        field: 'receipt.submittedOn',
        message: '提交日期：应为 YYYY-MM-DD 格式的有效日期',
      });
      const actor = await refused(400, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: { ...registerBody(), actor: 'someone-else' },
      });
      expect(actor.message).toContain('不允许的字段：actor');
    });

    it('answers a duplicate id with 409', async () => {
      const body = registerBody();
      expect((await register(body)).statusCode).toBe(201);
      const error = await refused(409, {
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: body,
      });
      expect(error).toEqual({ code: 'conflict', message: '申请编号已存在，不能重复登记' });
    });

    it('lets only a clerk of the agency register (403 otherwise)', async () => {
      for (const role of ['otherClerk', 'reader', 'privacy', 'supervisor'] as const) {
        const error = await refused(403, {
          method: 'POST',
          url: '/api/v1/applications',
          headers: as(role),
          payload: registerBody(),
        });
        expect(error.code).toBe('forbidden');
      }
    });
  });

  describe('reading', () => {
    let id: string;
    beforeAll(async () => {
      const body = registerBody({ receipt: { channel: 'inPerson', submittedOn: '2025-06-20' } });
      id = body.id;
      expect((await register(body)).statusCode).toBe(201);
    });

    const detail = async (role: Parameters<typeof as>[0]) =>
      send({ url: `/api/v1/applications/${id}`, headers: as(role) });

    it('shows one application with its version and the day-by-day deadline', async () => {
      const response = await detail('clerk');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.application).toMatchObject({ id, version: 1, dueDate: '2025-07-18' });
      expect(body.due).toMatchObject({ status: 'onTrack', dueDate: '2025-07-18' });
      expect(body.deadline.dueDate).toBe('2025-07-18');
      expect(body.deadline.lines.join('\n')).toContain('起算日：2025-06-20');
      expect(body.deadline.steps.filter((s: { counted: boolean }) => s.counted)).toHaveLength(20);
    });

    it('masks by role: a clerk sees the contact but not the identity number, a reader nothing', async () => {
      const clerk = (await detail('clerk')).json().state.applicant;
      expect(clerk.identity.number).toBe('110***********1232');
      expect(clerk.contact).toEqual({ phone: '13812345678', address: '北京市朝阳区建国路1号院2号楼301' });
      const reader = (await detail('reader')).json().state.applicant;
      expect(reader.identity.number).toBe('110***********1232');
      expect(reader.contact).toEqual({ phone: '138****5678', address: '北京市****' });
      for (const role of ['privacy', 'supervisor'] as const) {
        const full = (await detail(role)).json().state.applicant;
        expect(full.identity.number).toBe('110105199001011232');
        expect(full.contact.phone).toBe('13812345678');
      }
    });

    it('refuses another agency (403) and an unknown id (404)', async () => {
      expect((await detail('otherClerk')).statusCode).toBe(403);
      const missing = await send({ url: '/api/v1/applications/no-such-id', headers: as('clerk') });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.message).toBe('没有编号为“no-such-id”的申请');
    });

    it('lists with filters and pages, masked unless the role may see personal data', async () => {
      const list = (query: string, role: Parameters<typeof as>[0] = 'clerk') =>
        send({ url: `/api/v1/applications?${query}`, headers: as(role) });
      const all = (await list('year=2025&pageSize=2')).json();
      expect(all.total).toBeGreaterThanOrEqual(3);
      expect(all.items).toHaveLength(2);
      expect(all.items[0].id).toBe(id); // most recently received first
      expect(all.items[0].applicant.identity.number).toBe('110***********1232');
      expect(all.items[0].applicant.contact.address).toBe('北京市****');
      const page2 = (await list('year=2025&pageSize=2&page=2')).json();
      expect(page2.items[0].id).not.toBe(all.items[0].id);
      expect((await list('year=2024')).json().total).toBe(0);
      expect((await list('stage=closed')).json().total).toBe(0);
      expect((await list('', 'supervisor')).json().items[0].applicant.identity.number).toBe(
        '110105199001011232',
      );
      // The other clerk sees its own agency only; asking for ours is 403.
      expect((await list('', 'otherClerk')).json().total).toBe(0);
      expect((await list(`agency=${AGENCY}`, 'otherClerk')).statusCode).toBe(403);
      expect((await list(`agency=${OTHER_AGENCY}`, 'otherClerk')).statusCode).toBe(200);
      const bad = await list('stage=finished&pageSize=1000');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['stage', 'pageSize']);
    });

    it('exports the audit trail as JSON and CSV, masked for a clerk and in full for privacy', async () => {
      const json = (await send({ url: `/api/v1/applications/${id}/history`, headers: as('clerk') })).json();
      expect(json.entries[0]).toMatchObject({
        seq: 1,
        type: 'received',
        label: '收到申请',
        actor: 'clerk-zhang',
      });
      expect(json.entries[0].event.applicant.identity.number).toBe('110***********1232');
      expect(json.entries[0].event.applicant.contact.phone).toBe('138****5678');

      const csv = await send({ url: `/api/v1/applications/${id}/history?format=csv`, headers: as('clerk') });
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
      expect(csv.body.startsWith('\uFEFF序号,办理步骤')).toBe(true);
      expect(csv.body).toContain('110***********1232');
      expect(csv.body).not.toContain('13812345678');

      const full = await send({
        url: `/api/v1/applications/${id}/history?format=csv`,
        headers: as('privacy'),
      });
      expect(full.body).toContain('110105199001011232');
      expect(
        (await send({ url: `/api/v1/applications/${id}/history`, headers: as('otherClerk') })).statusCode,
      ).toBe(403);
    });
  });
});
