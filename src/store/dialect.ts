// The one seam for what differs between SQLite and PostgreSQL. Query code is written once
// against Kysely; only what is listed here is chosen per database.

import type { ColumnDataType, Dialect, Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface StoreDialect {
  readonly name: DialectName;
  /** The Kysely dialect over the driver (better-sqlite3 or pg). */
  createKyselyDialect(): Dialect;
  /**
   * Runs `fn` in a transaction that writes. SQLite takes the write lock at BEGIN (BEGIN
   * IMMEDIATE) so that two processes never both read and then fail to upgrade.
   */
  writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** A unique or primary-key constraint was violated (a concurrent writer got there first). */
  isUniqueViolation(error: unknown): boolean;
  /** Column types the migrations choose per database. */
  readonly types: {
    /** Event payloads: text holding JSON in SQLite, jsonb in PostgreSQL. */
    json: ColumnDataType;
    /** An auto-incrementing 64-bit id (SQLite: integer primary key is the rowid). */
    serialId: ColumnDataType;
  };
}

/** Decodes a payload column: SQLite returns JSON text, pg returns jsonb already parsed. */
export function decodeJson(value: unknown): Record<string, unknown> {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return String((error as { code: unknown }).code);
}
