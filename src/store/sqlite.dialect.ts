// SQLite through better-sqlite3: the embedded default (one file, no server).

import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, SqliteDialect, sql } from 'kysely';
import { makeParents } from '../util/make-parents.ts';
import { errorCode, type StoreDialect } from './dialect.ts';
import type { Database } from './schema.ts';

export function sqliteDialect(file: string): StoreDialect {
  if (file !== ':memory:') makeParents(dirname(file));
  const database = new BetterSqlite3(file);
  // WAL: readers do not block the writer; another process waits up to 5 s for the write lock.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return {
    name: 'sqlite',
    createKyselyDialect: () => new SqliteDialect({ database }),
    writeTransaction: <T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>) =>
      // Kysely's SQLite driver hands out its single connection under a mutex: one writer at a
      // time in this process; BEGIN IMMEDIATE also excludes other processes from the start.
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
      }),
    isUniqueViolation: (error) =>
      ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(errorCode(error) ?? ''),
    types: { json: 'text', serialId: 'integer' },
  };
}
