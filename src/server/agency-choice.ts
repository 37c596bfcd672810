// Which agency a request is about: the one named by its `agency` parameter (which the caller must
// be allowed to see), or, when it names none, the only agency the caller may see.

import { z } from 'zod';
import type { IsoDate } from '../calendar/index.ts';
import { NotFoundError } from '../store/index.ts';
import { type Caller, mayRead, requireRead } from './auth.ts';
import type { ServerDeps } from './deps.ts';
import { ApiError } from './errors.ts';

/** The `agency` query parameter of the routes about one agency's data. */
export const AgencyQuery = z.object({
  agency: z.string().min(1).optional().describe('机关编号（调用者只能查看一个机关时可省略）'),
});

/** A reporting year. */
export const Year = z.coerce.number().int().min(2019).max(2100).describe('年度');

/**
 * A reporting year that has begun by `today` (422 `future-year` otherwise): the tables and the
 * report of a later year would show an empty year's zeros as if they were the agency's figures.
 */
export function requireYearBegun(year: number, today: IsoDate): number {
  if (year > Number(today.slice(0, 4)))
    throw new ApiError(422, 'future-year', `${year}年度尚未开始（今天是${today}），还没有可统计的记录`);
  return year;
}

/**
 * The agency asked for, or the only one the caller may see (404 unknown, 403 not the caller's).
 * `what` names the act for the 403 ("修改登记簿"); without it, the message of requireRead.
 */
export async function chooseAgency(
  deps: ServerDeps,
  caller: Caller,
  id: string | undefined,
  what?: string,
): Promise<string> {
  const agencies = (await deps.services.applications.agencies()).filter((a) => mayRead(caller, a.id));
  if (id !== undefined) {
    if (what !== undefined && !mayRead(caller, id))
      throw new ApiError(403, 'forbidden', `无权${what}：不负责机关“${id}”`);
    requireRead(caller, id);
    if (!agencies.some((a) => a.id === id)) throw new NotFoundError(`没有编号为“${id}”的机关`);
    return id;
  }
  if (agencies.length === 1) return agencies[0]!.id;
  if (agencies.length === 0) throw new NotFoundError('还没有可以查看的机关');
  throw new ApiError(
    400,
    'agency-required',
    `请用 agency 参数指定机关：${agencies.map((a) => `${a.id}（${a.name}）`).join('、')}`,
  );
}
