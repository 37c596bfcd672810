import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config/index.ts';
import { describeEachDatabase } from '../store/test-databases.ts';
import { parseApiTokens } from './auth.ts';
import { AGENCY, as, registerBody, type TestApi, testApi } from './test-kit.ts';

describe('parseApiTokens', () => {
  it('without tokens: local mode, a clerk of every agency acting as the local user', () => {
    expect(parseApiTokens(undefined, 'zhang')).toEqual({
      mode: 'local',
      caller: { actor: 'zhang', role: 'clerk', agencies: 'all' },
    });
  });

  it('keys callers by a digest of the token, "*" meaning every agency', () => {
    const auth = parseApiTokens(
      JSON.stringify([{ token: 'x'.repeat(16), actor: 'sup', role: 'supervisor', agencies: ['*'] }]),
      'local',
    );
    expect(auth.mode).toBe('tokens');
    if (auth.mode !== 'tokens') return;
    expect([...auth.callers.keys()][0]).toMatch(/^[0-9a-f]{64}$/);
    expect([...auth.callers.values()]).toEqual([{ actor: 'sup', role: 'supervisor', agencies: 'all' }]);
  });

  it('refuses a malformed configuration with a Chinese message', () => {
    expect(() => parseApiTokens('{', 'l')).toThrow(
      new ConfigError('环境变量 GONGKAI_API_TOKENS 不是有效的 JSON（格式见 src/server/README.md）'),
    );
    expect(() =>
      parseApiTokens(JSON.stringify([{ token: 'short', actor: 'a', role: 'boss', agencies: [] }]), 'l'),
    ).toThrow(
      /GONGKAI_API_TOKENS 不正确.*0\.token：令牌：至少16个字.*0\.role：角色：应为以下之一：clerk、privacy、supervisor、reader.*0\.agencies：机关：至少1项/,
    );
    const twice = { token: 'y'.repeat(20), actor: 'a', role: 'clerk', agencies: ['a'] };
    expect(() => parseApiTokens(JSON.stringify([twice, twice]), 'l')).toThrow('重复的令牌');
  });
});

describeEachDatabase('authentication and roles', (store) => {
  let api: TestApi;
  let local: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
    local = await testApi(store(), { local: true });
  });
  afterAll(async () => {
    await api.app.close();
    await local.app.close();
  });

  it('answers 401 without a token, with a wrong token or another scheme', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0000000000', 'Basic dXNlcjpwYXNz']) {
      const response = await api.app.inject({
        url: '/api/v1/agencies',
        headers: authorization ? { authorization } : {},
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="gongkai"');
      expect(response.json().error.code).toBe('unauthenticated');
    }
    expect((await api.app.inject({ url: '/api/v1/agencies', headers: as('reader') })).statusCode).toBe(200);
  });

  it('serves the OpenAPI document without a token', async () => {
    expect((await api.app.inject({ url: '/openapi.json' })).statusCode).toBe(200);
  });

  it('lets a supervisor or an all-agency clerk add agencies (403 for others, 409 for a duplicate)', async () => {
    const add = (role: Parameters<typeof as>[0], payload: object) =>
      api.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: as(role), payload });
    expect((await add('clerk', { id: 'agency-c', name: '丙局' })).statusCode).toBe(403);
    const created = await add('supervisor', { id: 'agency-c', name: '丙局' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'agency-c', name: '丙局' });
    expect((await add('supervisor', { id: 'agency-c', name: '丙局' })).json().error).toEqual({
      code: 'conflict',
      message: '机关编号“agency-c”已存在',
    });
    expect((await add('supervisor', { id: 'a b', name: '' })).statusCode).toBe(400);
    const listed = await api.app.inject({ url: '/api/v1/agencies', headers: as('reader') });
    expect(listed.json().agencies.map((a: { id: string }) => a.id)).toContain('agency-c');
  });

  describe('local mode (no tokens configured)', () => {
    it('accepts loopback callers as the local clerk, in every agency', async () => {
      const response = await local.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: registerBody(),
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().application.registeredBy).toBe('local-user');
      const unknown = await local.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: registerBody({ agency: 'nowhere' }),
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.message).toBe('机关“nowhere”不存在，请先添加该机关');
    });

    it('refuses a request addressed to another host name (DNS rebinding), whatever its token', async () => {
      for (const host of ['evil.example', 'evil.example:3000', '192.168.1.10:3000']) {
        const response = await local.app.inject({
          url: '/api/v1/agencies',
          headers: { host, ...as('clerk') },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('local-only');
      }
      for (const host of ['127.0.0.1:3000', 'localhost', '[::1]:3000']) {
        expect((await local.app.inject({ url: `/api/v1/agencies`, headers: { host } })).statusCode).toBe(200);
      }
    });

    it('still masks lists for the local clerk', async () => {
      const list = await local.app.inject({ url: `/api/v1/applications?agency=${AGENCY}` });
      expect(list.json().items[0].applicant.identity.number).toMatch(/^\d{3}\*+\d{4}$/);
    });
  });
});
