// `gongkai serve [--port 3000] [--host 127.0.0.1] [--db FILE]`: the HTTP API over the store
// (src/server); notices use the templates and agency details of GONGKAI_NOTICE_DIR. Prints where it listens, in Chinese, on stdout; the request log (pino) goes to
// stderr. Stops cleanly (in-flight requests finish, the store is closed) on SIGINT or SIGTERM.

import { userInfo } from 'node:os';
import { type Command, CommanderError } from 'commander';
import type { FastifyInstance } from 'fastify';
import { loadCalendar, localDataDir, type WorkingCalendar } from '../calendar/index.ts';
import type { Clock } from '../cases/index.ts';
import { type Config, config, databaseTarget } from '../config/index.ts';
import { type Auth, buildServer, isLoopbackHost, parseApiTokens } from '../server/index.ts';
import { configuredIdentityCipher, openStore, storeServices } from '../store/index.ts';
import { chinaToday } from '../util/china-date.ts';
import { isUserError, parseInteger, UsageError, write } from './store-command.ts';

export interface ServeDeps {
  config?: () => Config;
  calendar?: () => WorkingCalendar;
  /** Today in China, read on every use: the server runs across midnight. */
  today?: () => ReturnType<Clock['today']>;
  /** Resolves when the server is to stop; default: the first SIGINT or SIGTERM. */
  stopped?: () => Promise<void>;
  /** Who the caller is when no tokens are configured; default: the operating-system user. */
  localActor?: () => string;
}

const EXIT_UNUSABLE = 2;

export function registerServeCommand(program: Command, deps: ServeDeps = {}): void {
  program
    .command('serve')
    .description(
      '启动 HTTP 接口：依申请公开的登记与办理、告知书、登记簿、年度报告、到期清单、工作日计算（接口说明 /openapi.json）',
    )
    .option('--port <port>', '端口', '3000')
    .option('--host <host>', '监听地址；未配置访问令牌时只能是本机地址', '127.0.0.1')
    .option('--db <file>', 'SQLite 数据库文件（默认 ./data/gongkai.db；设置 DATABASE_URL 时使用 PostgreSQL）')
    .action(async (opts: { port: string; host: string; db?: string }, cmd: Command) => {
      try {
        await serve(opts, cmd, deps);
      } catch (error) {
        if (!isUserError(error)) throw error;
        write(cmd, 'err', `错误：${(error as Error).message}\n`);
        throw new CommanderError(EXIT_UNUSABLE, 'gongkai.serve', (error as Error).message);
      }
    });
}

async function serve(opts: { port: string; host: string; db?: string }, cmd: Command, deps: ServeDeps) {
  const cfg = (deps.config ?? config)();
  const port = parseInteger(opts.port, '端口');
  if (port > 65535) throw new UsageError(`端口应在 0—65535 之间，收到：“${opts.port}”`);
  const auth = parseApiTokens(cfg.apiTokens, (deps.localActor ?? (() => userInfo().username))());
  if (auth.mode === 'local' && !isLoopbackHost(opts.host)) {
    throw new UsageError(
      `未配置访问令牌（环境变量 GONGKAI_API_TOKENS）时只能在本机地址上提供服务（127.0.0.1、localhost、::1），收到 --host ${opts.host}；对外提供服务前请先配置访问令牌`,
    );
  }
  if (opts.db !== undefined && cfg.databaseUrl !== undefined)
    write(cmd, 'err', '已设置 DATABASE_URL，使用 PostgreSQL，忽略 --db\n');
  const calendar = (deps.calendar ?? (() => loadCalendar([], { localDir: localDataDir(process.cwd()) })))();
  const clock: Clock = { today: deps.today ?? chinaToday };
  const store = await openStore(databaseTarget(cfg, opts.db));
  const services = storeServices(store, { clock, calendar }, { cipher: configuredIdentityCipher(cfg) });
  const app = buildServer(
    { services, calendar, clock, auth, noticeDir: cfg.noticeDir },
    { logger: { level: 'info', stream: process.stderr } },
  );
  // Listen for signals before announcing the URL: a signal that finds no listener kills the
  // process at once, without closing the store.
  const signals = deps.stopped ? undefined : stopSignals();
  try {
    await listen(app, port, opts.host);
    write(cmd, 'out', announcement(app, opts.host, store.location, auth));
    await (signals?.received ?? deps.stopped?.());
  } finally {
    signals?.dispose();
    await app.close();
    await store.close();
  }
  write(cmd, 'out', '接口已停止\n');
}

function announcement(app: FastifyInstance, host: string, location: string, auth: Auth): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const who =
    auth.mode === 'local'
      ? `未配置访问令牌：只接受本机访问，调用者按经办人“${auth.caller.actor}”办理（全部机关）`
      : `已配置${auth.callers.size}个访问令牌，请求须带 Authorization: Bearer <令牌>`;
  return `Gongkai 接口已启动：${base}/api/v1\n接口说明（OpenAPI）：${base}/openapi.json\n数据库：${location}\n${who}\n按 Ctrl+C 停止\n`;
}

async function listen(app: FastifyInstance, port: number, host: string): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`端口 ${port} 已被占用，请用 --port 指定其他端口`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new UsageError(`无法在地址 ${host} 上监听，请检查 --host`);
    throw error;
  }
}

/** Resolves on the first SIGINT or SIGTERM; dispose() removes the listeners. */
function stopSignals(): { received: Promise<void>; dispose(): void } {
  let stop = () => {};
  const received = new Promise<void>((resolve) => {
    stop = () => resolve();
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    received,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
