// The installation's configuration, read from the environment in exactly this one place and
// frozen. Everything else receives a Config (or a part of it) through its constructor.

import { resolve } from 'node:path';

/** Where the store lives: an embedded SQLite file (the default) or a PostgreSQL server. */
export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  /** From DATABASE_URL (postgres://...); undefined means the embedded SQLite store. */
  readonly databaseUrl: string | undefined;
  /** The embedded database used when neither DATABASE_URL nor --db is given. */
  readonly defaultSqliteFile: string;
  /**
   * GONGKAI_DATA_KEY: the key that encrypts identity numbers at rest (parsed by the store's
   * crypto module); undefined means the key file below.
   */
  readonly dataKey: string | undefined;
  /** Where the data key is kept (created on first use) when GONGKAI_DATA_KEY is not set. */
  readonly dataKeyFile: string;
  /** GONGKAI_API_TOKENS: the API's callers and their roles (parsed by src/server). */
  readonly apiTokens: string | undefined;
  /** GONGKAI_NOTICE_DIR: the agencies' own notice templates (告知书), overriding the built-in ones. */
  readonly noticeDir: string;
}

/** A configuration that cannot be used: a Chinese message saying what to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The default embedded database, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = './data/gongkai.db';
export const DEFAULT_DATA_KEY_FILE = './data/gongkai.key';
export const DEFAULT_NOTICE_DIR = './data/notices';

export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): Config {
  const url = env.DATABASE_URL?.trim() || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError(
      `环境变量 DATABASE_URL 应为 PostgreSQL 连接地址（postgres://用户@主机:端口/数据库），收到：“${url}”`,
    );
  }
  return Object.freeze({
    databaseUrl: url,
    defaultSqliteFile: resolve(cwd, DEFAULT_SQLITE_FILE),
    dataKey: env.GONGKAI_DATA_KEY?.trim() || undefined,
    dataKeyFile: resolve(cwd, env.GONGKAI_DATA_KEY_FILE?.trim() || DEFAULT_DATA_KEY_FILE),
    apiTokens: env.GONGKAI_API_TOKENS?.trim() || undefined,
    noticeDir: resolve(cwd, env.GONGKAI_NOTICE_DIR?.trim() || DEFAULT_NOTICE_DIR),
  });
}

let processConfig: Config | undefined;

/** The configuration of this process: process.env is read once, on first use. */
export function config(): Config {
  processConfig ??= readConfig(process.env);
  return processConfig;
}

/**
 * The database a command uses. DATABASE_URL selects PostgreSQL for every command (issue 4's
 * command-line contract); otherwise `sqliteFile` (the --db option) or the default file.
 */
export function databaseTarget(cfg: Config, sqliteFile?: string): DatabaseTarget {
  if (cfg.databaseUrl !== undefined) return Object.freeze({ kind: 'postgres', url: cfg.databaseUrl });
  return Object.freeze({ kind: 'sqlite', file: resolve(sqliteFile ?? cfg.defaultSqliteFile) });
}
