// Recomputing the deadlines of open applications after the calendar changed (a year's holiday
// data added or corrected). The deadlines are derived from the event log and the calendar; the
// derived columns are a cache for queries, so when the calendar changes they are derived again.
// No event is written: nothing happened to the applications, only the calendar became known.

import type { WorkingCalendar } from '../calendar/index.ts';
import { applicationState } from '../cases/index.ts';
import type { ApplicationRepository } from './application.repository.ts';
import { derivedColumns } from './derived-columns.ts';

export interface DeadlineChange {
  id: string;
  dueDateBefore: string | null;
  dueDateAfter: string | null;
}

export interface DeadlineRefresh {
  /** Open applications looked at. */
  checked: number;
  changed: DeadlineChange[];
}

const BATCH = 500;

export async function refreshOpenDeadlines(
  applications: ApplicationRepository,
  calendar: WorkingCalendar,
  now: () => Date = () => new Date(),
): Promise<DeadlineRefresh> {
  const open = await applications.openApplications();
  const changed: DeadlineChange[] = [];
  for (let i = 0; i < open.length; i += BATCH) {
    const batch = open.slice(i, i + BATCH);
    const logs = await applications.logs(batch.map((row) => row.id));
    for (const row of batch) {
      const log = logs.get(row.id) ?? [];
      if (log.length !== row.version) continue; // written meanwhile, and derived by that write
      const derived = derivedColumns(applicationState(log), calendar);
      if (derived.due_date === row.due_date && derived.paused_until === row.paused_until) continue;
      if (await applications.rederive(row.id, row.version, derived, now().toISOString())) {
        changed.push({ id: row.id, dueDateBefore: row.due_date, dueDateAfter: derived.due_date });
      }
    }
  }
  return { checked: open.length, changed };
}
