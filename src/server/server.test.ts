import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../cases/index.ts';
import { DataKeyError } from '../store/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { parseApiTokens } from './auth.ts';
import type { ApiRoutes } from './deps.ts';
import { buildServer } from './server.ts';
import { as, calendar, type TestApi, TODAY, TOKEN_CONFIG, testApi } from './test-kit.ts';

/** Routes that fail the way a bug or a misconfiguration would. */
const failing: ApiRoutes = async (app) => {
  app.get('/boom', async () => {
    throw new Error('secret detail of the failure');
  });
  app.get('/key', async () => {
    throw new DataKeyError('数据密钥文件 /secret/path 不存在');
  });
};

describeEachDatabase('server', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
  });
  afterAll(() => api.app.close());

  it('serves an OpenAPI 3 document with every route, its schemas and the bearer scheme', async () => {
    const response = await api.app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toContain('政府信息公开');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/applications',
        '/api/v1/applications/{id}',
        '/api/v1/applications/{id}/history',
        '/api/v1/applications/{id}/steps/reply',
        '/api/v1/applications/{id}/steps/extend',
        '/api/v1/due',
        '/api/v1/table3',
        '/api/v1/calendar/workday/{date}',
        '/api/v1/calendar/add',
        '/api/v1/agencies',
        '/api/v1/registers/documents',
        '/api/v1/registers/decisions/{key}',
        '/api/v1/registers/fees/import',
        '/api/v1/registers/cases/template',
        '/api/v1/table2',
        '/api/v1/table4',
        '/api/v1/annual-reports/{year}',
        '/api/v1/annual-reports/{year}/draft',
        '/api/v1/annual-reports/{year}/draft/sections/{section}',
        '/api/v1/annual-reports/{year}/check',
        '/api/v1/annual-reports/{year}/document',
        '/api/v1/annual-reports/{year}/publish',
        '/api/v1/annual-reports/{year}/corrections',
        '/api/v1/annual-reports/{year}/versions',
        '/api/v1/annual-reports/{year}/versions/{version}',
        '/api/v1/applications/{id}/notices',
        '/api/v1/applications/{id}/notices/{kind}',
      ]),
    );
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/registers/'))).toHaveLength(16);
    const upload = doc.paths['/api/v1/registers/documents/import'].post.requestBody.content;
    expect(Object.keys(upload)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(upload['text/csv'].schema).toMatchObject({ type: 'string', format: 'binary' });
    const edit = doc.paths['/api/v1/annual-reports/{year}/draft/sections/{section}'].put;
    expect(edit.requestBody.content['application/json'].schema.$ref).toContain('AnnualReportSectionEdit');
    expect(
      Object.keys(doc.paths['/api/v1/applications/{id}/notices/{kind}'].get.responses['200'].content),
    ).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/html; charset=utf-8',
    ]);
    expect(Object.keys(doc.paths).filter((p) => p.includes('/steps/'))).toHaveLength(16);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'RegisterApplication',
        'ApiError',
        'ApplicationSummary',
        'ApplicationDetail',
        'RegulatoryDocument',
        'ReviewCase',
        'AnnualReportVersion',
        'Finding',
        'AvailableNotices',
      ]),
    );
    const register = doc.paths['/api/v1/applications'].post;
    expect(register.requestBody.content['application/json'].schema.$ref).toContain('RegisterApplication');
    expect(Object.keys(register.responses)).toEqual(['201', '400', '401', '403', '404', '409', '422']);
    const replyBody =
      doc.paths['/api/v1/applications/{id}/steps/reply'].post.requestBody.content['application/json'];
    expect(replyBody.schema.required).toEqual(
      expect.arrayContaining(['expectedVersion', 'at', 'disposition']),
    );
  });

  it('answers unknown routes, bad JSON and wrong content types in Chinese', async () => {
    const unknown = await api.app.inject({ url: '/api/v1/nothing', headers: as('reader') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('没有这个接口：GET /api/v1/nothing');
    const json = await api.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...as('clerk'), 'content-type': 'application/json' },
      payload: '{"agency":',
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toBe('请求体不是有效的 JSON');
    const xml = await api.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...as('clerk'), 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.message).toContain('application/json');
  });

  it('answers an unexpected failure with 500, a generic Chinese message and no detail; the log has it', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const clock = fixedClock(TODAY);
    const app = buildServer(
      {
        services: api.services,
        calendar,
        clock,
        auth: parseApiTokens(TOKEN_CONFIG, 'local'),
        noticeDir: api.noticeDir,
      },
      { routes: [failing], logger: { level: 'error', stream } },
    );
    for (const [url, code, message] of [
      ['/api/v1/boom', 'internal', /^服务器内部错误/],
      ['/api/v1/key', 'configuration', /^服务器配置错误：数据密钥/],
    ] as const) {
      const response = await app.inject({ url, headers: as('reader') });
      expect(response.statusCode).toBe(500);
      const { error } = response.json();
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.requestId).toBeTruthy();
      expect(response.body).not.toMatch(/secret|stack|at .*\.ts/);
    }
    expect(lines.join('')).toContain('secret detail of the failure');
    await app.close();
  });
});
