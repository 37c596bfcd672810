// What the commands that work on the database share: the user errors they answer with a
// Chinese message and exit 2 (never a stack trace), the choice of agency, the parsing of years
// and counts, today's date in China, and writing through commander's configured output.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CalendarError, type IsoDate } from '../calendar/index.ts';
import { InvalidIdError } from '../cases/index.ts';
import { type Config, ConfigError, type DatabaseTarget, databaseTarget } from '../config/index.ts';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../store/index.ts';

/** A mistake in what the user asked for; its message is shown as is. */
export class UsageError extends Error {}

/** The errors a user can cause or fix; anything else is a bug and keeps its stack trace. */
const USER_ERRORS: readonly (abstract new (...args: never[]) => Error)[] = [
  UsageError,
  ConfigError,
  StoreUnavailableError,
  ConflictError,
  NotFoundError,
  CalendarError,
  // A blank identifier typed by the user (an application number given as "  ").
  InvalidIdError,
];

export function isUserError(
  error: unknown,
  more: readonly (abstract new (...args: never[]) => Error)[] = [],
) {
  return [...USER_ERRORS, ...more].some((E) => error instanceof E);
}

interface AgencyLister {
  agencies(): Promise<{ id: string; name: string }[]>;
}

/** The agency named by --agency, or the only one in the database. */
export async function chooseAgency(
  repo: AgencyLister,
  id: string | undefined,
): Promise<{ id: string; name: string }> {
  const agencies = await repo.agencies();
  if (id !== undefined) {
    const found = agencies.find((a) => a.id === id);
    if (!found) throw new UsageError(`数据库中没有编号为“${id}”的机关`);
    return found;
  }
  if (agencies.length === 1) return agencies[0]!;
  if (agencies.length === 0)
    throw new UsageError('数据库中还没有机关和办理记录：请先登记申请，或运行 gongkai demo seed 生成演示数据');
  throw new UsageError(
    `数据库中有多个机关，请用 --agency 指定：${agencies.map((a) => `${a.id}（${a.name}）`).join('、')}`,
  );
}

/**
 * The database of a command that works on existing records. An SQLite file that does not exist
 * is refused rather than created: a mistyped --db would otherwise print an empty database's
 * zeros as if they were the agency's figures. Only `demo seed` and `serve` create a database.
 */
export function existingDatabase(cfg: Config, db: string | undefined): DatabaseTarget {
  const target = databaseTarget(cfg, db);
  if (target.kind === 'sqlite' && !existsSync(target.file)) {
    throw new UsageError(
      `数据库文件不存在：${target.file}。请用 --db 指定已有的数据库文件，或先运行 gongkai demo seed 生成演示数据（设置 DATABASE_URL 时使用 PostgreSQL）`,
    );
  }
  return target;
}

export function parseYear(text: string): number {
  const year = parseInteger(text, '年度');
  if (year < 2019 || year > 2100) throw new UsageError(`年度应为 2019 年以后的四位年份，收到：“${text}”`);
  return year;
}

/**
 * A reporting year that has begun by `today`: the tables and the report of a later year would
 * show an empty year's zeros (or cases "pending" at a year end still to come) as if they were
 * the agency's figures.
 */
export function requireYearBegun(year: number, today: IsoDate): number {
  if (year > Number(today.slice(0, 4)))
    throw new UsageError(`${year}年度尚未开始（今天是${today}），还没有可统计的记录`);
  return year;
}

export function parseInteger(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${what}必须是整数，收到：“${text}”`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new UsageError(`${what}过大，收到：“${text}”`);
  return n;
}

/** Writes through the command's configured output (tests capture it), else the process's. */
export function write(cmd: Command, to: 'out' | 'err', text: string): void {
  const out = cmd.configureOutput();
  const fallback = (s: string) => (to === 'out' ? process.stdout : process.stderr).write(s);
  ((to === 'out' ? out.writeOut : out.writeErr) ?? fallback)(text);
}
