import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import type { IsoDate } from '../calendar/index.ts';
import { calendar } from '../cases/test-kit.ts';
import { type Config, readConfig } from '../config/index.ts';
import { registerServeCommand, type ServeDeps } from './serve.command.ts';

const BIN = fileURLToPath(new URL('../../bin/gongkai.js', import.meta.url));

/** Runs `serve` in-process; `whileUp` gets the API's base URL and runs before the server stops. */
async function serveWhile(cfg: Config, whileUp: (api: string) => Promise<void>, extra: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command().exitOverride().configureOutput({
    writeOut: (t) => out.push(t),
    writeErr: (t) => err.push(t),
    outputError: (m, w) => w(m),
  });
  const deps: ServeDeps = {
    config: () => cfg,
    calendar: () => calendar,
    today: () => '2025-06-30' as IsoDate,
    localActor: () => 'tester',
    stopped: async () => whileUp(/接口已启动：(\S+)/.exec(out.join(''))![1]!),
  };
  registerServeCommand(program, deps);
  const db = join(mkdtempSync(join(tmpdir(), 'gongkai-serve-')), 'api.db');
  await program.parseAsync(['serve', '--port', '0', '--db', db, ...extra], { from: 'user' });
  return { out: out.join(''), err: err.join('') };
}

describe('gongkai serve', () => {
  const cwd = () => mkdtempSync(join(tmpdir(), 'gongkai-serve-cwd-'));

  it('serves the API on loopback, prints where in Chinese, and stops cleanly', async () => {
    let agencies: unknown;
    const { out } = await serveWhile(readConfig({}, cwd()), async (api) => {
      expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
      const response = await fetch(`${api}/agencies`);
      agencies = { status: response.status, body: await response.json() };
    });
    expect(agencies).toEqual({ status: 200, body: { agencies: [] } });
    expect(out).toContain('接口说明（OpenAPI）：http://127.0.0.1:');
    expect(out).toContain('未配置访问令牌：只接受本机访问，调用者按经办人“tester”办理');
    expect(out.trimEnd().endsWith('接口已停止')).toBe(true);
  });

  it('asks for a token when tokens are configured', async () => {
    const tokens = JSON.stringify([
      { token: 'r'.repeat(20), actor: 'reader', role: 'reader', agencies: ['*'] },
    ]);
    let statuses: number[] = [];
    const { out } = await serveWhile(readConfig({ GONGKAI_API_TOKENS: tokens }, cwd()), async (api) => {
      const anonymous = await fetch(`${api}/agencies`);
      const reader = await fetch(`${api}/agencies`, {
        headers: { authorization: `Bearer ${'r'.repeat(20)}` },
      });
      statuses = [anonymous.status, reader.status];
    });
    expect(statuses).toEqual([401, 200]);
    expect(out).toContain('已配置1个访问令牌');
  });

  it('renders notices with the agency details of GONGKAI_NOTICE_DIR', async () => {
    const noticeDir = mkdtempSync(join(tmpdir(), 'gongkai-serve-notices-'));
    mkdirSync(join(noticeDir, 'a1'));
    writeFileSync(join(noticeDir, 'a1', 'agency.json'), JSON.stringify({ phone: '0000-7654321' }));
    let notice = '';
    await serveWhile(readConfig({ GONGKAI_NOTICE_DIR: noticeDir }, cwd()), async (api) => {
      const post = (path: string, body: object) =>
        fetch(`${api}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await post('/agencies', { id: 'a1', name: '甲县医疗保障局' })).status).toBe(201);
      const registered = await post('/applications', {
        id: 'n-1',
        agency: 'a1',
        applicant: {
          type: 'naturalPerson',
          name: '张三',
          identity: { kind: 'residentIdCard', number: '110105199001011232' },
          contact: { phone: '13812345678' },
        },
        receipt: { channel: 'inPerson', submittedOn: '2025-06-02' },
        request: { title: '2024年医保基金收支情况', forms: ['electronic'], delivery: 'email' },
      });
      expect(registered.status).toBe(201);
      notice = await (await fetch(`${api}/applications/n-1/notices/receipt?format=html&number=1`)).text();
    });
    expect(notice).toContain('0000-7654321');
  });

  it('refuses a public address without tokens, and bad options, with exit 2', async () => {
    const run = (cfg: Config, ...argv: string[]) =>
      runCli(
        (program) => registerServeCommand(program, { config: () => cfg, calendar: () => calendar }),
        argv,
      );
    const open = await run(readConfig({}, cwd()), 'serve', '--host', '0.0.0.0');
    expect(open.code).toBe(2);
    expect(open.err).toContain(
      '错误：未配置访问令牌（环境变量 GONGKAI_API_TOKENS）时只能在本机地址上提供服务',
    );
    const port = await run(readConfig({}, cwd()), 'serve', '--port', 'abc');
    expect(port).toMatchObject({ code: 2, err: '错误：端口必须是整数，收到：“abc”\n' });
    const tokens = await run(readConfig({ GONGKAI_API_TOKENS: '[]' }, cwd()), 'serve');
    expect(tokens.code).toBe(2);
    expect(tokens.err).toContain('GONGKAI_API_TOKENS 不正确');
  });

  it('stops on SIGTERM as a process, exit 0', async () => {
    const dir = cwd();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(dir, 'api.db')], {
      cwd: dir,
      env: { ...process.env, GONGKAI_API_TOKENS: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let signalled = false;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!signalled && out.includes('按 Ctrl+C 停止')) signalled = child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(out).toMatch(/Gongkai 接口已启动：http:\/\/127\.0\.0\.1:\d+\/api\/v1/);
    expect(out).toContain('接口已停止');
    expect(code).toBe(0);
  }, 60_000);
});
