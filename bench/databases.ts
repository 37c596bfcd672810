// The databases a benchmark runs on: a fresh SQLite file and a fresh database on the PostgreSQL
// server found by scripts/ensure-postgres.sh, each dropped at the end. `only` keeps one of them.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../src/config/index.ts';

export interface BenchDatabase {
  name: string;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export async function benchDatabases(prefix: string, only?: string): Promise<BenchDatabase[]> {
  const list: BenchDatabase[] = [];
  if (only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
    list.push({
      name: 'SQLite',
      target: { kind: 'sqlite', file: join(dir, 'bench.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    });
  }
  if (only !== 'sqlite') {
    const server = execFileSync('bash', ['scripts/ensure-postgres.sh'], { encoding: 'utf8' }).trim();
    const name = `${prefix}_${Date.now()}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await admin(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    list.push({
      name: 'PostgreSQL',
      target: { kind: 'postgres', url: url.toString() },
      drop: () => admin(`drop database if exists ${name} with (force)`),
    });
  }
  return list;
}
