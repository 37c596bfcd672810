// The audit trail of one application (办理全过程留痕): every event as recorded, with the state of
// the application before and after it. The events are the only record; the before/after
// snapshots are folded from them here, so they can never disagree with the log.

import type { WorkingCalendar } from '../calendar/index.ts';
import { type ApplicationEvent, applicationState, EVENT_LABELS } from '../cases/index.ts';
import type { ApplicationRepository } from './application.repository.ts';
import { type DerivedColumns, derivedColumns } from './derived-columns.ts';

/** The application's standing: stage, reply deadline, pause, closure. */
export interface HistorySnapshot {
  stage: string;
  dueDate: string | null;
  pausedUntil: string | null;
  disposition: string | null;
  closedDate: string | null;
}

export interface HistoryEntry {
  seq: number;
  type: ApplicationEvent['type'];
  /** The step in Chinese. */
  label: string;
  /** When the step legally happened. */
  at: string;
  actor: string;
  /** When the store recorded it. */
  recordedAt: string;
  event: ApplicationEvent;
  /** null for the first event (there was no application before it). */
  before: HistorySnapshot | null;
  after: HistorySnapshot;
}

export class HistoryService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly calendar: WorkingCalendar,
  ) {}

  /** The whole trail, oldest first; undefined when there is no such application. */
  async of(id: string): Promise<HistoryEntry[] | undefined> {
    const recorded = await this.applications.recordedEvents(id);
    if (recorded.length === 0) return undefined;
    const log: ApplicationEvent[] = [];
    let before: HistorySnapshot | null = null;
    return recorded.map(({ seq, recordedAt, event }) => {
      log.push(event);
      const after = snapshot(derivedColumns(applicationState(log), this.calendar));
      const entry: HistoryEntry = {
        seq,
        type: event.type,
        label: EVENT_LABELS[event.type],
        at: event.at,
        actor: event.actor,
        recordedAt,
        event,
        before,
        after,
      };
      before = after;
      return entry;
    });
  }
}

function snapshot(d: DerivedColumns): HistorySnapshot {
  return {
    stage: d.stage,
    dueDate: d.due_date,
    pausedUntil: d.paused_until,
    disposition: d.disposition,
    closedDate: d.closed_date,
  };
}
