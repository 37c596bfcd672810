// PostgreSQL through pg, selected by DATABASE_URL.

import { type Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { errorCode, type StoreDialect } from './dialect.ts';
import type { Database } from './schema.ts';

/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = '23505';

export function postgresDialect(url: string): StoreDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return {
    name: 'postgres',
    createKyselyDialect: () => new PostgresDialect({ pool }),
    // Read committed: a concurrent writer of the same application blocks on the row's version
    // update, then sees the new version and gets a ConflictError (application.service.ts).
    writeTransaction: <T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>) =>
      db.transaction().execute(fn),
    isUniqueViolation: (error) => errorCode(error) === UNIQUE_VIOLATION,
    types: { json: 'jsonb', serialId: 'bigserial' },
  };
}
