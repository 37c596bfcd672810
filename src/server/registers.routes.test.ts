import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_KINDS } from '../registers/index.ts';
import { seedDemoRegisters } from '../store/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { IMPORT_LIMIT } from './registers.routes.ts';
import { AGENCY, as, OTHER_AGENCY, type TestApi, testApi } from './test-kit.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Role = Parameters<typeof as>[0];

describeEachDatabase('registers API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
    await seedDemoRegisters(api.services.registers, AGENCY, 2024, 3);
  });
  afterAll(() => api.app.close());

  const send = (options: InjectOptions) => api.app.inject(options);
  const get = (url: string, role: Role = 'clerk') => send({ url, headers: as(role) });

  /** Records in every register of both agencies: unchanged after a refused request. */
  async function counts() {
    const out: Record<string, number> = {};
    for (const agency of [AGENCY, OTHER_AGENCY])
      for (const kind of REGISTER_KINDS)
        out[`${agency}/${kind}`] = (await api.services.registers.list(agency, kind)).length;
    return out;
  }

  /** Sends a request that must be refused with `status`, and checks nothing was written. */
  async function refused(status: number, options: InjectOptions) {
    const before = await counts();
    const response = await send(options);
    expect(response.statusCode, response.body).toBe(status);
    expect(await counts()).toEqual(before);
    return response.json().error as {
      code: string;
      message: string;
      fields?: { field: string; message: string }[];
      rows?: { line: number; column?: string; message: string }[];
    };
  }

  const importFile = (kind: string, payload: string | Buffer, type = 'text/csv', role: Role = 'clerk') =>
    send({
      method: 'POST',
      url: `/api/v1/registers/${kind}/import`,
      headers: { ...as(role), 'content-type': type },
      payload,
    });

  describe('reading', () => {
    it('lists a register with the key of each record, for a year on request', async () => {
      const all = (await get('/api/v1/registers/cases')).json();
      expect(all.agency).toBe(AGENCY);
      expect(all.items.length).toBe((await api.services.registers.list(AGENCY, 'cases')).length);
      expect(all.items[0]).toEqual({ key: all.items[0].record.id, record: all.items[0].record });
      const year = (await get('/api/v1/registers/decisions?year=2024', 'reader')).json();
      expect(year.year).toBe(2024);
      expect(year.items.length).toBeGreaterThan(0);
      expect(
        year.items.every((i: { record: { period: string } }) => i.record.period.startsWith('2024')),
      ).toBe(true);
      expect(year.items[0].key).toBe(`${year.items[0].record.category}/${year.items[0].record.period}`);
      expect((await get('/api/v1/registers/fees?year=2023', 'privacy')).statusCode).toBe(200);
    });

    it('counts table 2 and table 4 of a year from the registers', async () => {
      const table2 = (await get('/api/v1/table2?year=2024', 'reader')).json();
      expect(table2).toEqual({
        agency: AGENCY,
        year: 2024,
        table: await api.services.registers.table2(AGENCY, 2024),
      });
      expect(table2.table.normativeDocuments.inForce).toBeGreaterThan(0);
      const table4 = (await get('/api/v1/table4?year=2024')).json();
      expect(table4.table).toEqual(await api.services.registers.table4(AGENCY, 2024));
      expect(table4.table.reconsideration.total).toBeGreaterThan(0);
    });

    it('refuses another agency (403), asks a supervisor which agency (400), unknown agency 404', async () => {
      expect((await get(`/api/v1/registers/documents?agency=${AGENCY}`, 'otherClerk')).statusCode).toBe(403);
      expect((await get(`/api/v1/table2?year=2024&agency=${AGENCY}`, 'otherClerk')).statusCode).toBe(403);
      const several = await get('/api/v1/registers/documents', 'supervisor');
      expect(several.statusCode).toBe(400);
      expect(several.json().error.code).toBe('agency-required');
      expect((await get(`/api/v1/registers/documents?agency=${AGENCY}`, 'supervisor')).statusCode).toBe(200);
      expect((await get('/api/v1/registers/documents?agency=nowhere', 'supervisor')).statusCode).toBe(404);
      const badYear = await get('/api/v1/table4?year=1999');
      expect(badYear.json().error.fields).toEqual([{ field: 'year', message: '年度：不能小于2019' }]);
    });
  });

  describe('one record at a time', () => {
    const document = {
      id: 'API-DOC-1',
      kind: 'normativeDocument',
      title: '关于规范医保经办服务的通知',
      documentNumber: '示医保发〔2025〕1号',
      issuedOn: '2025-03-15',
    };

    it('creates, replaces (changing the key) and deletes a document', async () => {
      const created = await send({
        method: 'POST',
        url: '/api/v1/registers/documents',
        headers: as('clerk'),
        payload: document,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({ key: 'API-DOC-1', record: document });

      const renamed = { ...document, id: 'API-DOC-2', repealedOn: '2025-06-01' };
      const updated = await send({
        method: 'PUT',
        url: '/api/v1/registers/documents/API-DOC-1',
        headers: as('clerk'),
        payload: renamed,
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toEqual({ key: 'API-DOC-2', record: renamed });
      const keys = (await get('/api/v1/registers/documents')).json().items.map((i: { key: string }) => i.key);
      expect(keys).toContain('API-DOC-2');
      expect(keys).not.toContain('API-DOC-1');

      const deleted = await send({
        method: 'DELETE',
        url: '/api/v1/registers/documents/API-DOC-2',
        headers: as('clerk'),
      });
      expect(deleted.statusCode).toBe(204);
      const again = await refused(404, {
        method: 'DELETE',
        url: '/api/v1/registers/documents/API-DOC-2',
        headers: as('clerk'),
      });
      expect(again.message).toBe('规章和行政规范性文件登记簿中没有“API-DOC-2”这条记录');
      await refused(404, {
        method: 'PUT',
        url: '/api/v1/registers/documents/NO-SUCH',
        headers: as('clerk'),
        payload: document,
      });
    });

    it('refuses a record with every issue listed in Chinese (422), writing nothing', async () => {
      const error = await refused(422, {
        method: 'POST',
        url: '/api/v1/registers/cases',
        headers: as('clerk'),
        payload: { id: ' ', kind: 'appeal', filedOn: '2024-02-30', result: 'upheld', note: '' },
      });
      expect(error.code).toBe('invalid-record');
      expect(error.fields).toEqual([
        { field: 'id', message: '编号不能为空' },
        { field: 'kind', message: expect.stringContaining('类别“appeal”无效，可选：行政复议') },
        { field: 'filedOn', message: '提起日期应为 YYYY-MM-DD 格式的有效日期，收到：“2024-02-30”' },
      ]);
      expect(error.message).toMatch(/^记录不符合要求：编号不能为空；类别/);
      // Rules between fields, once the fields read.
      const pending = await refused(422, {
        method: 'POST',
        url: '/api/v1/registers/cases',
        headers: as('clerk'),
        payload: { id: 'FY-X', kind: 'reconsideration', filedOn: '2024-02-01', result: 'upheld', note: '' },
      });
      expect(pending.fields).toEqual([
        { field: 'result', message: '尚未审结的案件不能填写结果：请填写审结日期，或清空结果' },
      ]);
      // A record already registered.
      const existing = (await get('/api/v1/registers/cases')).json().items[0].record;
      const duplicate = await refused(422, {
        method: 'POST',
        url: '/api/v1/registers/cases',
        headers: as('clerk'),
        payload: existing,
      });
      expect(duplicate.fields?.[0]?.message).toBe(`编号“${existing.id}”已登记，不能重复登记`);
    });

    it('checks the shape first (400): types, required fields, no others', async () => {
      const error = await refused(400, {
        method: 'POST',
        url: '/api/v1/registers/fees',
        headers: as('clerk'),
        payload: { item: '工本费', amountFen: '12.50', extra: 1 },
      });
      expect(error.fields).toEqual([
        { field: 'period', message: '期间：必填' },
        { field: 'amountFen', message: '金额：应为数字' },
        { field: '请求体', message: '收费记录：不允许的字段：extra' },
      ]);
    });

    it('addresses decision counts and fees by category (item) and period, the slash encoded', async () => {
      const item = (await get('/api/v1/registers/decisions?year=2024')).json().items[0];
      const key = encodeURIComponent(item.key);
      expect(key).toContain('%2F');
      const updated = await send({
        method: 'PUT',
        url: `/api/v1/registers/decisions/${key}`,
        headers: as('clerk'),
        payload: { ...item.record, count: item.record.count + 1 },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toEqual({
        key: item.key,
        record: { ...item.record, count: item.record.count + 1 },
      });
      const negative = await refused(422, {
        method: 'PUT',
        url: `/api/v1/registers/decisions/${key}`,
        headers: as('clerk'),
        payload: { ...item.record, count: -1 },
      });
      expect(negative.fields).toEqual([{ field: 'count', message: '数量应为 0 或正整数，收到：-1' }]);
    });

    it('lets a clerk or supervisor of the agency write; others 403, nothing written', async () => {
      for (const role of ['reader', 'privacy', 'otherClerk'] as const) {
        const error = await refused(403, {
          method: 'POST',
          url: `/api/v1/registers/documents?agency=${AGENCY}`,
          headers: as(role),
          payload: document,
        });
        expect(error.code).toBe('forbidden');
      }
      const reader = await refused(403, {
        method: 'DELETE',
        url: `/api/v1/registers/documents/${encodeURIComponent('GF-2024-001')}`,
        headers: as('reader'),
      });
      expect(reader.message).toBe('角色“只读用户”不能修改规章和行政规范性文件登记簿（需要经办人或监督人员）');
      const byOther = await refused(403, {
        method: 'POST',
        url: `/api/v1/registers/documents/import?agency=${AGENCY}`,
        headers: { ...as('otherClerk'), 'content-type': 'text/csv' },
        payload: '编号,类别,名称,文号,印发日期\nX-1,规章,名称,文号,2024-01-01\n',
      });
      expect(byOther.message).toBe(`无权修改规章和行政规范性文件登记簿：不负责机关“${AGENCY}”`);
      const supervisor = await send({
        method: 'POST',
        url: `/api/v1/registers/documents?agency=${AGENCY}`,
        headers: as('supervisor'),
        payload: { ...document, id: 'API-DOC-SUP' },
      });
      expect(supervisor.statusCode, supervisor.body).toBe(201);
    });
  });

  describe('import', () => {
    it('imports a CSV file, all of it', async () => {
      const before = await counts();
      const csv =
        '\uFEFF收费项目,期间,金额（元）\r\n' +
        '政府信息公开复制费,2025-01,"1,234.56"\r\n' +
        '政府信息公开复制费,2025-02,300元\r\n';
      const response = await importFile('fees', csv, 'text/csv; charset=utf-8');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ agency: AGENCY, kind: 'fees', imported: 2 });
      expect(await counts()).toEqual({ ...before, [`${AGENCY}/fees`]: before[`${AGENCY}/fees`]! + 2 });
      const fees = (await get('/api/v1/registers/fees?year=2025')).json().items;
      expect(fees.map((f: { record: object }) => f.record)).toEqual([
        { item: '政府信息公开复制费', period: '2025-01', amountFen: 123456 },
        { item: '政府信息公开复制费', period: '2025-02', amountFen: 30000 },
      ]);
    });

    it('imports an XLSX workbook', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('登记簿');
      sheet.addRow(['编号', '类别', '提起日期', '审结日期', '结果', '备注']);
      sheet.addRow(['FY-2025-API', '行政复议', '2025-02-10', '2025-04-01', '维持', '']);
      sheet.addRow(['SS-2025-API', '行政诉讼（直接起诉）', '2025-03-05', '', '', '尚未审结']);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const before = (await get('/api/v1/table4?year=2025')).json().table;
      const response = await importFile('cases', bytes, XLSX);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().imported).toBe(2);
      const after = (await get('/api/v1/table4?year=2025')).json().table;
      expect(after.reconsideration.upheld).toBe(before.reconsideration.upheld + 1);
      expect(after.litigationDirect.pending).toBe(before.litigationDirect.pending + 1);
    });

    it('refuses a file with bad rows: every row error with its line (422), nothing imported', async () => {
      const csv = [
        '编号,类别,名称,文号,印发日期,废止日期',
        'IMP-1,行政规范性文件,关于甲的通知,示医保发〔2025〕11号,2025-01-10,',
        'IMP-2,通知,关于乙的通知,示医保发〔2025〕12号,2025-13-01,',
        'IMP-3,规章,,示医保发〔2025〕13号,2025-02-01,',
        'IMP-4,行政规范性文件,关于丁的通知,示医保发〔2025〕14号,2025-05-01,2025-04-01',
        'IMP-1,行政规范性文件,关于甲的通知,示医保发〔2025〕11号,2025-01-10,',
      ].join('\n');
      const error = await refused(422, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: { ...as('clerk'), 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(error.code).toBe('invalid-rows');
      expect(error.message).toMatch(/^文件中有\d+处错误，未导入任何记录/);
      const lines = error.rows?.map((r) => r.line);
      expect(new Set(lines)).toEqual(new Set([3, 4, 5, 6]));
      expect(error.rows).toEqual(
        expect.arrayContaining([
          { line: 3, column: '类别', message: expect.stringContaining('通知') },
          { line: 3, column: '印发日期', message: expect.stringContaining('2025-13-01') },
          { line: 4, column: '名称', message: expect.any(String) },
          { line: 5, column: '废止日期', message: expect.stringContaining('早于印发日期') },
          { line: 6, column: '编号', message: expect.stringContaining('第2行重复') },
        ]),
      );
      for (const row of error.rows ?? []) expect(row.message).toMatch(/[\u4e00-\u9fff]/);
      expect(
        (await get('/api/v1/registers/documents')).json().items.map((i: { key: string }) => i.key),
      ).not.toContain('IMP-1');
    });

    it('refuses what is not a register file: a wrong type 415, JSON or nothing 400, unreadable 422, too big 413', async () => {
      const xml = await refused(415, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: { ...as('clerk'), 'content-type': 'application/xml' },
        payload: '<a/>',
      });
      expect(xml.message).toBe(`不支持的请求内容类型，请使用 text/csv 或 ${XLSX}`);
      const json = await refused(400, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: as('clerk'),
        payload: { rows: [] },
      });
      expect(json.message).toContain('请求体应为登记簿文件：Content-Type 为 text/csv');
      const empty = await refused(400, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: { ...as('clerk'), 'content-type': 'text/csv' },
        payload: '',
      });
      expect(empty.fields).toEqual([{ field: '请求体', message: '上传的文件为空（0 字节）' }]);
      const broken = await refused(422, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: { ...as('clerk'), 'content-type': XLSX },
        payload: Buffer.from('PK this is no workbook'),
      });
      expect(broken).toEqual({
        code: 'unreadable-file',
        message: '无法读取 XLSX 文件：文件可能已损坏，或不是 Excel 工作簿',
      });
      const big = await refused(413, {
        method: 'POST',
        url: '/api/v1/registers/documents/import',
        headers: { ...as('clerk'), 'content-type': 'text/csv' },
        payload: Buffer.alloc(IMPORT_LIMIT + 1, 0x41),
      });
      expect(big.message).toBe('请求体过大：不能超过 10 MB');
    });

    it('serves the import templates, CSV and XLSX, with the Chinese file name per RFC 5987', async () => {
      const csv = await get('/api/v1/registers/documents/template', 'reader');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body).toBe('\uFEFF编号,类别,名称,文号,印发日期,废止日期\r\n');
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="documents-template.csv"; filename*=UTF-8''${encodeURIComponent('规章和行政规范性文件登记簿导入模板.csv')}`,
      );
      const xlsx = await get('/api/v1/registers/cases/template?format=xlsx', 'otherClerk');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toBe(XLSX);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const disposition = String(xlsx.headers['content-disposition']);
      const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe('行政复议、行政诉讼案件登记簿导入模板.xlsx');
      expect(encoded).toMatch(/^[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
      expect((await get('/api/v1/registers/cases/template?format=pdf')).statusCode).toBe(400);
    });
  });
});
