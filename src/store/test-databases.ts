// Every storage test runs over each database (as Kysely's own test setup does): SQLite in a
// temporary file, and PostgreSQL in a fresh database created for the run on the local server
// (scripts/ensure-postgres.sh finds, starts or installs one) and dropped afterwards.
// Test support only; not part of the public surface.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseTarget } from '../config/index.ts';
import type { DialectName } from './dialect.ts';
import { openStore, type Store } from './store.ts';

const ENSURE_SCRIPT = fileURLToPath(new URL('../../scripts/ensure-postgres.sh', import.meta.url));

function postgresServer(): string | undefined {
  try {
    const out = execFileSync('bash', [ENSURE_SCRIPT], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 10 * 60_000,
    });
    return out.trim().split('\n').at(-1) || undefined;
  } catch {
    return undefined;
  }
}

export const POSTGRES_SERVER = postgresServer();
if (POSTGRES_SERVER === undefined) {
  console.error(
    `\n${'!'.repeat(78)}\n!! PostgreSQL did not answer, even after scripts/ensure-postgres.sh tried to start\n` +
      `!! or install it. The PostgreSQL half of the storage tests is SKIPPED.\n${'!'.repeat(78)}\n`,
  );
}

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A new, empty database of the given kind. */
export async function createTestDatabase(name: DialectName): Promise<TestDatabase> {
  if (name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-store-'));
    return {
      target: { kind: 'sqlite', file: join(dir, 'test.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (POSTGRES_SERVER === undefined) throw new Error('no PostgreSQL server');
  const database = `gongkai_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_SERVER });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${database}`);
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${database}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => admin(`drop database if exists ${database} with (force)`),
  };
}

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export function available(name: DialectName): boolean {
  return name === 'sqlite' || POSTGRES_SERVER !== undefined;
}

/** Runs `body` once per database, each with its own fresh store (migrated, empty). */
export function describeEachDatabase(
  title: string,
  body: (store: () => Store, name: DialectName) => void,
): void {
  for (const name of DIALECTS) {
    (available(name) ? describe : describe.skip)(`${title} [${name}]`, () => {
      let database: TestDatabase;
      let store: Store;
      beforeAll(async () => {
        database = await createTestDatabase(name);
        store = await openStore(database.target);
      });
      afterAll(async () => {
        await store?.close();
        await database?.drop();
      });
      body(() => store, name);
    });
  }
}
