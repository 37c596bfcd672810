import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoRegisters } from '../store/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { as, calendar, DEMO, type TestApi, testApi } from './test-kit.ts';

type Role = Parameters<typeof as>[0];
interface Section {
  number: string;
  text: string;
}

const YEAR = 2024;
const base = `/api/v1/annual-reports/${YEAR}`;
const q = `agency=${DEMO}`;
/** The clerk's text for a drafted section: its placeholders written. */
const filled = (text: string) => text.replace(/【待填写：[^】]*】/g, '已按要求开展相关工作。');

describeEachDatabase('annual reports API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
    await seedDemo(api.services.applications, calendar, YEAR, 1);
    await seedDemoRegisters(api.services.registers, DEMO, YEAR, 1);
  }, 180_000);
  afterAll(() => api.app.close());

  const send = (options: InjectOptions) => api.app.inject(options);
  const get = (url: string, role: Role = 'demoReader') => send({ url, headers: as(role) });
  const build = (role: Role = 'demoClerk') =>
    send({ method: 'POST', url: `${base}/draft?${q}`, headers: as(role) });
  const edit = (section: string, text: string, expectedRevision: number, role: Role = 'demoClerk') =>
    send({
      method: 'PUT',
      url: `${base}/draft/sections/${encodeURIComponent(section)}?${q}`,
      headers: as(role),
      payload: { text, expectedRevision },
    });
  const publish = (expectedRevision: number, role: Role = 'supervisor') =>
    send({ method: 'POST', url: `${base}/publish?${q}`, headers: as(role), payload: { expectedRevision } });
  const correct = (reason: string, role: Role = 'supervisor') =>
    send({ method: 'POST', url: `${base}/corrections?${q}`, headers: as(role), payload: { reason } });
  const latest = async () => (await get(`${base}?${q}`)).json();

  /** Sends a request that must be refused with `status`, and checks the versions did not change. */
  async function refused(status: number, request: () => Promise<{ statusCode: number; body: string }>) {
    const before = await api.services.annualReports.versions(DEMO, YEAR);
    const response = await request();
    expect(response.statusCode, response.body).toBe(status);
    expect(await api.services.annualReports.versions(DEMO, YEAR)).toEqual(before);
    return JSON.parse(response.body).error as {
      code: string;
      message: string;
      findings?: { rule: string; severity: string; message: string; where: { section?: string } }[];
    };
  }

  let drafted: Section[];

  describe('the draft', () => {
    it('has nothing before the first build (404, no versions)', async () => {
      const none = await get(`${base}?${q}`);
      expect(none.statusCode).toBe(404);
      expect(none.json().error.message).toBe(`机关“${DEMO}”还没有2024年度报告，请先生成草稿`);
      expect((await get(`${base}/versions?${q}`)).json()).toEqual({ agency: DEMO, year: YEAR, versions: [] });
    });

    it('lets only a clerk or supervisor of the agency build it', async () => {
      expect((await refused(403, () => build('demoReader'))).message).toBe(
        '角色“只读用户”不能编写年度报告（需要经办人或监督人员）',
      );
      expect((await refused(403, () => build('clerk'))).message).toBe(
        `无权编写年度报告：不负责机关“${DEMO}”`,
      );
    });

    it('builds the draft from the records: tables 2, 3 and 4, no error finding, sections to fill', async () => {
      const response = await build();
      expect(response.statusCode, response.body).toBe(200);
      const v = response.json();
      expect(v).toMatchObject({
        agency: DEMO,
        year: YEAR,
        version: 1,
        state: 'draft',
        revision: 1,
        reason: null,
        createdBy: 'clerk-sun',
        publishedAt: null,
        counts: { error: 0 },
        pendingSections: ['一', '五'],
      });
      expect(v.report.agency).toBe('示例县医疗保障局');
      expect(v.report.table3).toEqual(await api.services.overview.table3(DEMO, YEAR));
      expect(v.report.table2).toEqual(await api.services.registers.table2(DEMO, YEAR));
      expect(v.report.table4).toEqual(await api.services.registers.table4(DEMO, YEAR));
      expect(v.report.sections.map((s: Section) => s.number)).toEqual(['一', '二', '三', '四', '五', '六']);
      drafted = v.report.sections;
      // Nothing changed in the records: rebuilding writes nothing.
      expect((await build('supervisor')).json().revision).toBe(1);
    });

    it('edits a section; a contradiction with table 3 is an error finding', async () => {
      const response = await edit('一', '本年度共收到政府信息公开申请0件。', 1);
      expect(response.statusCode, response.body).toBe(200);
      const v = response.json();
      expect(v).toMatchObject({ revision: 2, counts: { error: 1 }, edits: [{ sectionNumber: '一' }] });
      expect(v.report.sections[0].text).toBe('本年度共收到政府信息公开申请0件。');
      const check = (await get(`${base}/check?${q}`)).json();
      expect(check).toMatchObject({ version: 1, state: 'draft', revision: 2, counts: { error: 1 } });
      expect(check.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([
        expect.objectContaining({
          rule: 'text-table-mismatch',
          where: expect.objectContaining({ section: '一' }),
        }),
      ]);
    });

    it('refuses a stale edit (409) and an unknown section (422), changing nothing', async () => {
      const stale = await refused(409, () => edit('五', '……', 1));
      expect(stale).toEqual({ code: 'conflict', message: '该年度报告已被他人修改或发布，请刷新后重试' });
      const unknown = await refused(422, () => edit('九', '……', 2));
      expect(unknown.code).toBe('report.badSection');
      expect(unknown.message).toContain('部分编号应为 一、二、三、四、五、六 之一');
      const missing = await refused(400, () =>
        send({ method: 'PUT', url: `${base}/draft/sections/5?${q}`, headers: as('demoClerk'), payload: {} }),
      );
      expect(missing.message).toContain('期望修订号：必填');
      // An empty text would remove the section's placeholder: refused, not saved as a blank part.
      const empty = await refused(422, () => edit('五', ' \n ', 2));
      expect(empty.code).toBe('report.emptyText');
      expect(empty.message).toContain('第五部分的正文不能为空');
    });

    it('refuses a draft, and tables, of a year that has not begun (422), writing nothing', async () => {
      const next = `/api/v1/annual-reports/2026/draft?${q}`;
      const future = await send({ method: 'POST', url: next, headers: as('demoClerk') });
      expect(future.statusCode, future.body).toBe(422);
      expect(future.json().error).toEqual({
        code: 'future-year',
        message: '2026年度尚未开始（今天是2025-06-30），还没有可统计的记录',
      });
      expect(await api.services.annualReports.versions(DEMO, 2026)).toEqual([]);
      for (const table of ['table2', 'table3', 'table4'])
        expect((await get(`/api/v1/${table}?year=2026&${q}`)).statusCode).toBe(422);
      expect((await get(`/api/v1/table3?year=2025&${q}`)).statusCode).toBe(200);
    });

    it('refuses to publish while an error finding stands (422 with the findings); still a draft', async () => {
      const error = await refused(422, () => publish(2));
      expect(error.code).toBe('report.errors');
      expect(error.message).toBe('报告有1个错误，不能发布；请修改后重新核查');
      expect(error.findings).toEqual([
        expect.objectContaining({
          rule: 'text-table-mismatch',
          severity: 'error',
          message: expect.stringContaining('正文第一部分称“收到政府信息公开申请0件”'),
        }),
      ]);
      expect((await latest()).state).toBe('draft');
    });

    it('drafts the year still running with a warning, but refuses to publish it before 1 January', async () => {
      // The test clock says 2025-06-30: 2025 has begun but is not over.
      const url = '/api/v1/annual-reports/2025';
      const draft = await send({
        method: 'POST',
        url: `${url}/draft?${q}`,
        headers: as('demoClerk'),
        payload: { allowEmpty: true },
      });
      expect(draft.statusCode, draft.body).toBe(200);
      expect(draft.json().warnings).toEqual([expect.stringContaining('不是全年的最终数字')]);
      expect((await build()).json().warnings).toBeUndefined(); // 2024 is over
      const before = await api.services.annualReports.versions(DEMO, 2025);
      const response = await send({
        method: 'POST',
        url: `${url}/publish?${q}`,
        headers: as('supervisor'),
        payload: { expectedRevision: draft.json().revision },
      });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'year-not-ended',
        message: expect.stringMatching(/^2025年度尚未结束（今天是2025-06-30）.*2026-01-01起才能发布/),
      });
      expect(await api.services.annualReports.versions(DEMO, 2025)).toEqual(before);
    });

    it('lets only a supervisor (or a clerk of every agency) publish', async () => {
      for (const role of ['demoClerk', 'demoReader'] as const) {
        const error = await refused(403, () => publish(2, role));
        expect(error.message).toMatch(
          /不能发布年度报告：须由监督人员（或负责全部机关的经办人）发布年度报告$/,
        );
      }
    });
  });

  describe('publishing and correcting', () => {
    let published: { revision: number; report: unknown };

    it('publishes the draft once its sections are written', async () => {
      const one = drafted.find((s) => s.number === '一')!.text;
      const five = drafted.find((s) => s.number === '五')!.text;
      expect((await edit('一', filled(one), 2)).statusCode).toBe(200);
      const ready = await edit('5', filled(five), 3);
      expect(ready.statusCode, ready.body).toBe(200);
      expect(ready.json()).toMatchObject({ revision: 4, counts: { error: 0 }, pendingSections: [] });
      const response = await publish(4);
      expect(response.statusCode, response.body).toBe(200);
      published = response.json();
      expect(published).toMatchObject({
        version: 1,
        state: 'published',
        publishedBy: 'supervisor-zhao',
        revision: 5,
      });
    });

    it('refuses to edit, rebuild or publish a published version (422), changing nothing', async () => {
      const error = await refused(422, () => edit('五', '改了', 5));
      expect(error.code).toBe('report.published');
      expect(error.message).toContain('已发布的报告不能修改；如需更正，请创建更正版本并说明理由');
      expect((await refused(422, () => build())).code).toBe('report.published');
      expect((await refused(422, () => publish(5))).code).toBe('report.published');
      expect((await get(`${base}/versions/1?${q}`)).json().report).toEqual(published.report);
    });

    it('renders a version as HTML, DOCX, XLSX, text and JSON with its file name', async () => {
      const expected = {
        html: 'text/html; charset=utf-8',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        txt: 'text/plain; charset=utf-8',
        json: 'application/json; charset=utf-8',
      };
      for (const [format, type] of Object.entries(expected)) {
        const response = await get(`${base}/document?${q}&format=${format}&version=1`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toBe(type);
        const disposition = String(response.headers['content-disposition']);
        expect(disposition).toMatch(format === 'html' ? /^inline; / : /^attachment; /);
        expect(disposition).toContain(`filename="${DEMO}-2024-annual-report-v1.${format}"`);
        const name = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
        expect(name).toBe(`示例县医疗保障局2024年政府信息公开工作年度报告（第1版）.${format}`);
        if (format === 'docx' || format === 'xlsx')
          expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
      }
      const html = (await get(`${base}/document?${q}`)).body;
      expect(html).toContain('示例县医疗保障局');
      const json = JSON.parse((await get(`${base}/document?${q}&format=json`)).body);
      expect(json.year).toBe(YEAR);
      expect((await get(`${base}/document?${q}&format=pdf`)).statusCode).toBe(400);
    });

    it('corrects with a reason: version 2 is a new draft, version 1 stays as published', async () => {
      expect((await refused(422, () => correct('  '))).code).toBe('report.noReason');
      expect((await refused(403, () => correct('表三有误', 'demoClerk'))).code).toBe('forbidden');
      const response = await correct('表三“重复申请”一行数字有误');
      expect(response.statusCode, response.body).toBe(201);
      const v2 = response.json();
      expect(v2).toMatchObject({
        version: 2,
        state: 'draft',
        revision: 1,
        reason: '表三“重复申请”一行数字有误',
        createdBy: 'supervisor-zhao',
      });
      expect(v2.edits.map((e: { sectionNumber: string }) => e.sectionNumber)).toEqual(['一', '五']);
      expect((await refused(422, () => correct('再次更正'))).code).toBe('report.draftExists');

      const versions = (await get(`${base}/versions?${q}`)).json().versions;
      expect(versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
        [1, 'published'],
        [2, 'draft'],
      ]);
      expect(versions[0]).not.toHaveProperty('report');
      expect((await latest()).version).toBe(2);
      const v1 = (await get(`${base}/versions/1?${q}`)).json();
      expect(v1).toMatchObject({ state: 'published', revision: 5 });
      expect(v1.report).toEqual(published.report);
      // The draft of version 2 is open for editing again.
      expect((await edit('五', filled(drafted[4]!.text), 1)).statusCode).toBe(200);
    });

    it('records changed since the draft: publishing rebuilds it and answers 409 to review it', async () => {
      const before = await latest();
      const added = await send({
        method: 'POST',
        url: `/api/v1/registers/documents?${q}`,
        headers: as('demoClerk'),
        payload: {
          id: 'LATE-2024-1',
          kind: 'normativeDocument',
          title: '关于医保经办的补充通知',
          documentNumber: '示医保发〔2024〕99号',
          issuedOn: '2024-12-20',
        },
      });
      expect(added.statusCode, added.body).toBe(201);
      const response = await publish(before.revision);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('report.changed');
      expect(response.json().error.message).toContain('草稿已按最新记录重新生成');
      const rebuilt = await latest();
      expect(rebuilt).toMatchObject({ version: 2, state: 'draft', revision: before.revision + 1 });
      expect(rebuilt.report.table2.normativeDocuments.issued).toBe(
        before.report.table2.normativeDocuments.issued + 1,
      );
    });

    it('answers 404 for a version that does not exist, and checks any version', async () => {
      const missing = await get(`${base}/versions/9?${q}`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.message).toBe(`机关“${DEMO}”2024年度报告没有第9版`);
      expect((await get(`${base}/check?${q}&version=9`)).statusCode).toBe(404);
      const check = (await get(`${base}/check?${q}&version=1`)).json();
      expect(check).toMatchObject({
        version: 1,
        state: 'published',
        counts: { error: 0 },
        pendingSections: [],
      });
      expect((await get(`/api/v1/annual-reports/1999?${q}`)).statusCode).toBe(400);
      expect((await get(`${base}?${q}`, 'reader')).statusCode).toBe(403);
    });
  });
});
