import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApplicationState, applicationId } from '../cases/index.ts';
import { seedDemo } from '../store/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { WARNINGS_HEADER } from './notices.routes.ts';
import { AGENCY, as, calendar, DEMO, registerBody, type TestApi, testApi } from './test-kit.ts';

type Role = Parameters<typeof as>[0];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A notice directory with the demo agency's details and its own wording of the receipt. */
function noticeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-notices-'));
  mkdirSync(join(dir, DEMO));
  writeFileSync(
    join(dir, DEMO, 'agency.json'),
    JSON.stringify({
      phone: '0000-7654321',
      address: '示例县人民路1号',
      reconsiderationBody: '示例县人民政府',
      court: '示例县人民法院',
      documentNumber: '示医保公开〔{year}〕{serial}号',
    }),
  );
  writeFileSync(
    join(dir, DEMO, 'receipt.md'),
    '政府信息公开申请登记回执（本局格式）\n\n{{applicant.name}}：\n\n{{applicant.you}}的申请已收悉，申请编号为{{request.number}}。\n\n特此告知。\n',
  );
  return dir;
}

describeEachDatabase('notices API', (store) => {
  let api: TestApi;
  let states: ApplicationState[];
  beforeAll(async () => {
    api = await testApi(store(), { noticeDir: noticeDir() });
    await seedDemo(api.services.applications, calendar, 2024, 1);
    const { rows } = await api.services.applications.list({ agencies: [DEMO] }, { offset: 0, limit: 500 });
    states = [];
    for (const row of rows) states.push((await api.services.service.get(applicationId(row.id)))!.state);
  }, 180_000);
  afterAll(() => api.app.close());

  const get = (url: string, role: Role = 'demoClerk') => api.app.inject({ url, headers: as(role) });
  const warningsOf = (header: unknown) => JSON.parse(decodeURIComponent(String(header))) as string[];
  const granted = () => states.find((s) => s.closure && s.reply?.disposition === 'granted')!;

  describe('listing', () => {
    it('lists the notices an application can have, for any role of its agency', async () => {
      const state = granted();
      const response = await get(`/api/v1/applications/${state.id}/notices`, 'demoReader');
      expect(response.statusCode, response.body).toBe(200);
      const { id, notices } = response.json();
      expect(id).toBe(state.id);
      expect(notices[0]).toEqual({ kind: 'receipt', label: '收到申请回执', date: state.receiptDate });
      expect(notices.map((n: { kind: string }) => n.kind)).toContain('reply');
    });

    it('refuses another agency (403) and an unknown application (404)', async () => {
      expect((await get(`/api/v1/applications/${granted().id}/notices`, 'clerk')).statusCode).toBe(403);
      const missing = await get('/api/v1/applications/no-such-id/notices');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.message).toBe('没有编号为“no-such-id”的申请');
    });
  });

  describe('rendering', () => {
    it('renders a DOCX with the agency details, its number and a Chinese file name', async () => {
      const state = granted();
      const response = await get(`/api/v1/applications/${state.id}/notices/reply?number=12`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const disposition = String(response.headers['content-disposition']);
      expect(disposition).toMatch(
        new RegExp(`^attachment; filename="${state.id}-reply\\.docx"; filename\\*=UTF-8''`),
      );
      expect(decodeURIComponent(disposition.split("''")[1]!)).toBe(`${state.id}-答复告知书.docx`);
      // agency.json is there and a serial was given: nothing to warn about.
      expect(warningsOf(response.headers[WARNINGS_HEADER])).toEqual([]);
    });

    it('renders HTML inline, with the query options of the command line', async () => {
      const state = granted();
      const where = '本机关门户网站“政府信息公开”专栏';
      const response = await get(
        `/api/v1/applications/${state.id}/notices/reply?format=html&number=7&publishedAt=${encodeURIComponent(where)}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(String(response.headers['content-disposition'])).toMatch(/^inline; /);
      expect(response.body).toContain(`示医保公开〔${state.closure!.on.slice(0, 4)}〕7号`);
      expect(response.body).toContain(where);
      expect(response.body).toContain('第三十六条第一项');
      expect(response.body).toContain('示例县人民政府');
    });

    it("uses the agency's own template from the notice directory, and warns of a blank serial", async () => {
      const response = await get(`/api/v1/applications/${granted().id}/notices/receipt?format=html`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toContain('政府信息公开申请登记回执（本局格式）');
      const warnings = warningsOf(response.headers[WARNINGS_HEADER]);
      expect(warnings).toEqual([expect.stringContaining('未指定文书序号')]);
    });

    it('refuses a notice that does not apply with the list of those that do (422)', async () => {
      const state = states.find((s) => !s.fee && !s.extension)!;
      const response = await get(`/api/v1/applications/${state.id}/notices/fee`);
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('notice-unavailable');
      expect(error.message).toContain(`申请“${state.id}”不能生成收费通知书（fee）：该申请没有收费通知记录`);
      expect(error.message).toContain('可以生成的告知书：receipt（收到申请回执）');
    });

    it('lets a clerk or supervisor of the agency render; checks the kind and the options (400)', async () => {
      const id = granted().id;
      const reader = await get(`/api/v1/applications/${id}/notices/receipt`, 'demoReader');
      expect(reader.statusCode).toBe(403);
      expect(reader.json().error.message).toBe('角色“只读用户”不能制作告知书（需要经办人或监督人员）');
      expect((await get(`/api/v1/applications/${id}/notices/receipt`, 'clerk')).statusCode).toBe(403);
      expect((await get(`/api/v1/applications/${id}/notices/receipt`, 'supervisor')).statusCode).toBe(200);
      const kind = await get(`/api/v1/applications/${id}/notices/letter`);
      expect(kind.statusCode).toBe(400);
      expect(kind.json().error.fields[0].message).toMatch(/^告知书种类：应为以下之一：receipt、reply/);
      const options = await get(`/api/v1/applications/${id}/notices/receipt?number=abc&format=pdf`);
      expect(options.statusCode).toBe(400);
      expect(options.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
        'format',
        'number',
      ]);
      const zero = await get(`/api/v1/applications/${id}/notices/receipt?number=0`);
      expect(zero.statusCode).toBe(400);
      expect(zero.json().error.message).toContain('文号序号应为 1 至 999999 的正整数');
    });

    it('renders notices of applications registered through the API, with the built-in templates', async () => {
      const body = registerBody();
      const registered = await api.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: as('clerk'),
        payload: body,
      });
      expect(registered.statusCode).toBe(201);
      const response = await get(`/api/v1/applications/${body.id}/notices/receipt?format=html`, 'clerk');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toContain('政府信息公开申请登记回执');
      expect(response.body).toContain('甲县医疗保障局');
      const warnings = warningsOf(response.headers[WARNINGS_HEADER]);
      expect(warnings.some((w) => w.includes(`${AGENCY}/agency.json`))).toBe(true);
    });
  });
});
