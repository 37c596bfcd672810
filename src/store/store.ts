// Opening the store: the dialect chosen from the configured target, the migrations run at start.

import { Kysely, Migrator } from 'kysely';
import type { DatabaseTarget } from '../config/index.ts';
import type { StoreDialect } from './dialect.ts';
import { StoreUnavailableError } from './errors.ts';
import { migrations } from './migrations/index.ts';
import { postgresDialect } from './postgres.dialect.ts';
import type { Database } from './schema.ts';
import { sqliteDialect } from './sqlite.dialect.ts';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /** Where it is, for messages (the file, or the URL without its password). */
  readonly location: string;
  close(): Promise<void>;
}

export async function openStore(target: DatabaseTarget): Promise<Store> {
  const location = target.kind === 'sqlite' ? target.file : withoutPassword(target.url);
  let dialect: StoreDialect;
  try {
    dialect = target.kind === 'sqlite' ? sqliteDialect(target.file) : postgresDialect(target.url);
  } catch (error) {
    throw unavailable(target, location, error);
  }
  const db = new Kysely<Database>({ dialect: dialect.createKyselyDialect() });
  try {
    await migrate(db, dialect);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw unavailable(target, location, error);
  }
  return { db, dialect, location, close: () => db.destroy() };
}

/** Runs the migrations not yet applied, in order (forward only). */
export async function migrate(db: Kysely<Database>, dialect: StoreDialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function unavailable(target: DatabaseTarget, location: string, error: unknown): StoreUnavailableError {
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    target.kind === 'sqlite'
      ? `无法打开数据库文件 ${location}（${detail}）：请检查路径与权限，或确认它是本系统的数据库文件`
      : `无法连接 PostgreSQL 数据库 ${location}（${detail}）：请检查 DATABASE_URL 与数据库服务是否已启动`;
  return new StoreUnavailableError(message, { cause: error });
}

function withoutPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
