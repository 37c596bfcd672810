// The rules of the law as the API answers them (the test clock says 2025-06-30): identity numbers,
// receipt dates, third parties, fees, pauses past their cap, and blank identifiers (400, not 500).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidIdError } from '../cases/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { errorResponse } from './errors.ts';
import { as, registerBody, type TestApi, testApi } from './test-kit.ts';

type Error = { code: string; message: string; fields?: { field: string; message: string }[] };

describeEachDatabase('the rules of the law through the API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
  });
  afterAll(() => api.app.close());

  const register = (overrides: Record<string, unknown> = {}) =>
    api.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: as('clerk'),
      payload: registerBody(overrides),
    });
  const step = (id: string, name: string, payload: object) =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/steps/${name}`,
      headers: as('clerk'),
      payload,
    });
  const detail = async (id: string) =>
    (await api.app.inject({ url: `/api/v1/applications/${id}`, headers: as('clerk') })).json();

  /** A request that must be refused with `status`, writing nothing. */
  async function refused(status: number, send: () => Promise<{ statusCode: number; body: string }>) {
    const before = await api.counts();
    const response = await send();
    expect(response.statusCode, response.body).toBe(status);
    expect(await api.counts()).toEqual(before);
    return JSON.parse(response.body).error as Error;
  }

  /** Registers an application received in person on `on`; returns its id. */
  async function registered(on: string, applicant?: object): Promise<string> {
    const body = registerBody({
      receipt: { channel: 'inPerson', submittedOn: on },
      ...(applicant ? { applicant } : {}),
    });
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: as('clerk'),
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return body.id;
  }

  async function done(id: string, name: string, payload: object) {
    const response = await step(id, name, payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  const person = (number: string) => ({
    type: 'naturalPerson',
    name: '李四',
    identity: { kind: 'residentIdCard', number },
    contact: { phone: '13912345678' },
  });
  const company = (kind: string, number: string) => ({
    type: 'commercial',
    name: '某某医药有限公司',
    identity: { kind, number },
    contact: { phone: '0571-88888888' },
  });

  describe('identity documents', () => {
    it('refuses a resident ID number that fails GB 11643 (400, naming the field)', async () => {
      for (const [number, what] of [
        ['110101199003074515', '校验码（第18位）不正确'],
        ['11010119900307451', '应为18位，收到17位'],
        ['110101199013374514', '出生日期（第7—14位：19901337）不是有效日期'],
      ] as const) {
        const error = await refused(400, () => register({ applicant: person(number) }));
        expect(error.fields).toEqual([
          { field: 'applicant.identity.number', message: expect.stringContaining(what) },
        ]);
        expect(error.message).toContain('身份证明号码：居民身份证号码');
      }
    });

    it('refuses an invalid unified social credit code (GB 32100)', async () => {
      const error = await refused(400, () =>
        register({ applicant: company('unifiedSocialCreditCode', '91330100MA27XXXX1Y') }),
      );
      expect(error.fields?.[0]).toEqual({
        field: 'applicant.identity.number',
        message: '身份证明号码：统一社会信用代码的校验码（第18位）不正确（GB 32100），请核对代码',
      });
      const ok = await register({ applicant: company('unifiedSocialCreditCode', '91330100MA27XXXX1J') });
      expect(ok.statusCode, ok.body).toBe(201);
    });

    it('refuses an applicant type that contradicts the kind of document (422)', async () => {
      const natural = await refused(422, () =>
        register({
          applicant: {
            ...person(''),
            identity: { kind: 'unifiedSocialCreditCode', number: '91330100MA27XXXX1J' },
          },
        }),
      );
      expect(natural).toMatchObject({ code: 'invalid-field' });
      expect(natural.message).toMatch(/^申请人类型与身份证明种类不符：申请人为自然人/);
      const organisation = await refused(422, () =>
        register({ applicant: company('residentIdCard', '110101199003074514') }),
      );
      expect(organisation.message).toContain('申请人为法人或者其他组织，身份证明不能是居民身份证或护照');
    });
  });

  describe('receipt dates (第三十一条)', () => {
    it('an ordinary letter confirmed late counts from its arrival, and the explanation says so', async () => {
      const response = await register({
        receipt: { channel: 'ordinaryPost', arrivedOn: '2025-06-03', confirmedWithApplicantOn: '2025-06-20' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const { application } = response.json();
      expect(application.receiptDate).toBe('2025-06-03');
      const lines: string[] = (await detail(application.id)).deadline.lines;
      expect(lines[0]).toContain('迟延确认不推迟收到申请之日，答复期限自2025-06-03起算');
    });

    it('online: refuses a confirmation before submission; warns of one more than 3 working days late', async () => {
      const early = await refused(422, () =>
        register({ receipt: { channel: 'online', submittedOn: '2025-06-10', confirmedOn: '2025-06-09' } }),
      );
      expect(early.message).toBe(
        '双方确认日期（2025-06-09）不能早于提交日期（2025-06-10）：以双方确认之日为收到申请之日，确认只能在提交之后（第三十一条第三项）',
      );
      const late = await register({
        receipt: { channel: 'online', submittedOn: '2025-06-03', confirmedOn: '2025-06-10' },
      });
      expect(late.statusCode, late.body).toBe(201);
      expect(late.json().application.receiptDate).toBe('2025-06-10');
      expect(late.json().warnings).toEqual([expect.stringContaining('相隔5个工作日')]);
      const prompt = await register({
        receipt: { channel: 'online', submittedOn: '2025-06-03', confirmedOn: '2025-06-04' },
      });
      expect(prompt.json().warnings).toBeUndefined();
    });
  });

  describe('blank identifiers are the caller’s mistake (400), never a 500', () => {
    it('an extension approved by "   "', async () => {
      const id = await registered('2025-06-03');
      const error = await refused(400, () =>
        step(id, 'extend', {
          expectedVersion: 1,
          at: '2025-06-20',
          days: 5,
          approver: '   ',
          reason: '材料多',
        }),
      );
      expect(error).toMatchObject({
        code: 'invalid-input',
        fields: [{ field: 'approver', message: '批准人：不能为空' }],
      });
    });

    it('a blank agency or consultation number', async () => {
      const agency = await refused(400, () => register({ agency: '   ' }));
      expect(agency.fields).toEqual([{ field: 'agency', message: '机关编号：不能为空' }]);
      const id = await registered('2025-06-03');
      const consultation = await refused(400, () =>
        step(id, 'start-consultation', {
          expectedVersion: 1,
          at: '2025-06-04',
          consultation: ' ',
          kind: 'thirdParty',
          party: '某药店',
        }),
      );
      expect(consultation.fields?.[0]?.field).toBe('consultation');
    });

    it('an InvalidIdError from the core maps to 400 with the field', () => {
      const { status, body } = errorResponse(new InvalidIdError('ActorId', '批准人'), 'req-1');
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'invalid-input',
        message: '请求内容不符合要求：批准人不能为空',
        fields: [{ field: '批准人', message: '批准人不能为空' }],
      });
    });
  });

  describe('third parties (第十五条、第三十二条)', () => {
    async function consulted(answer: 'consent' | 'objection'): Promise<string> {
      const id = await registered('2025-06-03');
      await done(id, 'start-consultation', {
        expectedVersion: 1,
        at: '2025-06-04',
        consultation: 'c1',
        kind: 'thirdParty',
        party: '某某药店',
      });
      await done(id, 'end-consultation', {
        expectedVersion: 2,
        at: '2025-06-10',
        consultation: 'c1',
        answer,
        ...(answer === 'objection' ? { note: '涉及商业秘密' } : {}),
      });
      return id;
    }
    const answer = (disposition: string, note?: string) => ({
      expectedVersion: 3,
      at: '2025-06-11',
      disposition,
      forms: ['paper'],
      legalBasis: '《政府信息公开条例》第十五条',
      ...(note ? { note } : {}),
    });

    it('refuses withholding for a third party that consented (422)', async () => {
      const id = await consulted('consent');
      const error = await refused(422, () => step(id, 'reply', answer('withheld.thirdPartyRights')));
      expect(error.code).toBe('not-allowed');
      expect(error.message).toContain('第三方某某药店（2025-06-10）已同意公开');
      await done(id, 'reply', answer('granted'));
    });

    it('requires the reason to disclose over an objection, and the notice to the third party prints it', async () => {
      const id = await consulted('objection');
      const error = await refused(422, () => step(id, 'reply', answer('granted')));
      expect(error.code).toBe('missing-field');
      expect(error.message).toContain('决定公开的政府信息内容和理由');
      await done(id, 'reply', answer('granted', '医保定点药店的违规处理结果关系公共利益，决定公开'));
      const notice = await api.app.inject({
        url: `/api/v1/applications/${id}/notices/thirdPartyDisclosure?format=html`,
        headers: as('clerk'),
      });
      expect(notice.statusCode, notice.body).toBe(200);
      expect(notice.body).toContain('理由是：医保定点药店的违规处理结果关系公共利益，决定公开');
    });
  });

  describe('fees (国办函〔2020〕109号)', () => {
    it('counts the applicant’s applications of the month from the records', async () => {
      const applicant = person('320102198502023018');
      const days = ['03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18'];
      const ids: string[] = [];
      for (const day of days) ids.push(await registered(`2025-06-${day}`, applicant));
      // Another applicant's application the same month does not count.
      await registered('2025-06-05', person('440305197708151528'));
      const twelfth = await done(ids[11]!, 'issue-fee-notice', {
        expectedVersion: 1,
        at: '2025-06-19',
        basis: 'count',
      });
      expect(twelfth.events[0]).toMatchObject({ amountFen: 10_000, breakdown: { quantity: 12 } });
      const error = await refused(422, () =>
        step(ids[2]!, 'issue-fee-notice', {
          expectedVersion: 1,
          at: '2025-06-19',
          basis: 'count',
          ordinal: 12,
        }),
      );
      expect(error).toMatchObject({ code: 'invalid-field' });
      expect(error.message).toContain('该申请是申请人2025年6月向本机关提出的第3件申请，收到的序号为12');
    });

    it('refuses a fee notice after the reply deadline (422)', async () => {
      const id = await registered('2025-05-06');
      const due = (await detail(id)).application.dueDate;
      expect(due).toBe('2025-06-04');
      const error = await refused(422, () =>
        step(id, 'issue-fee-notice', { expectedVersion: 1, at: '2025-06-05', basis: 'volume', pages: 80 }),
      );
      expect(error.code).toBe('too-late');
    });
  });

  describe('reasons asked under 第三十五条 and never assessed', () => {
    it('are overdue once the pause has run to its cap and the due date has passed, in the detail and the due list', async () => {
      // Received 5.6, due 6.4; reasons asked 5.7 with an answer date 5.14: 5 working days paused, due 6.11.
      const id = await registered('2025-05-06');
      await done(id, 'request-reasons', {
        expectedVersion: 1,
        at: '2025-05-07',
        grounds: '一个月内申请86件',
        answerDue: '2025-05-14',
      });
      const { due } = await detail(id);
      expect(due).toMatchObject({ status: 'overdue', dueDate: '2025-06-11' });
      expect(due.reason).toContain('说明理由的期限已于2025-05-14届满');
      const list = await api.app.inject({ url: '/api/v1/due', headers: as('clerk') });
      const entry = list.json().entries.find((e: { id: string }) => e.id === id);
      expect(entry).toMatchObject({ status: 'overdue', dueDate: '2025-06-11' });
    });
  });
});
