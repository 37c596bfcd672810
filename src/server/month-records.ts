// The records 按件计收 counts over (国办函〔2020〕109号): the agency's applications received in the
// calendar month of the application at hand. Identity numbers are encrypted at rest with a random
// nonce, so the applicant cannot be matched in SQL: the month's applications are read (their logs
// decrypted by the repository) and the core's monthlyOrdinal() picks out the applicant's own.

import type { ApplicationEvent, ApplicationId } from '../cases/index.ts';
import type { ApplicationRepository } from '../store/index.ts';
import type { MonthRecords } from './application-steps.ts';

const PAGE = 1000;

/** The event logs of the applications of `id`'s agency received in the month `id` was received. */
export async function monthRecords(
  applications: Pick<ApplicationRepository, 'load' | 'list' | 'logs'>,
  id: ApplicationId,
): Promise<MonthRecords> {
  const first = (await applications.load(id))?.events[0];
  if (first?.type !== 'received') return [];
  const month = first.at.slice(0, 7);
  const ids: string[] = [];
  // Most recently received first: stop at the first row before the month.
  for (let offset = 0; ; offset += PAGE) {
    const { rows } = await applications.list(
      { agencies: [first.agency], year: Number(first.at.slice(0, 4)) },
      { offset, limit: PAGE },
    );
    for (const row of rows) if (row.received_date.startsWith(month)) ids.push(row.id);
    const last = rows.at(-1);
    if (rows.length < PAGE || (last && last.received_date < `${month}-01`)) break;
  }
  const logs = await applications.logs(ids);
  return ids.map((x) => logs.get(x) ?? ([] as ApplicationEvent[]));
}
