// The application row's derived columns, computed by the core from the event log. They exist so
// that table 3 and the due list are plain indexed queries; they are rewritten whenever events are
// appended and never edited on their own.

import { CalendarError, type WorkingCalendar } from '../calendar/index.ts';
import { type ApplicationState, replyDeadline } from '../cases/index.ts';
import type { ApplicationTable } from './schema.ts';

export type DerivedColumns = Pick<
  ApplicationTable,
  'stage' | 'disposition' | 'closed_date' | 'due_date' | 'paused_until'
>;

export function derivedColumns(state: ApplicationState, calendar: WorkingCalendar): DerivedColumns {
  const open = state.closure === undefined;
  const answerDues = state.consultations.filter((c) => c.endedOn === undefined).map((c) => c.answerDue);
  return {
    stage: state.stage,
    disposition: state.closure?.disposition ?? null,
    closed_date: state.closure?.on ?? null,
    due_date: open ? dueDate(state, calendar) : null,
    paused_until: open && answerDues.length > 0 ? answerDues.sort().at(-1)! : null,
  };
}

/**
 * The reply deadline, or null while it is not running (补正) or cannot be computed yet because
 * the calendar lacks a year it runs into: the due list then shows the application for
 * attention, and adding the year's data lets the deadline be computed.
 */
function dueDate(state: ApplicationState, calendar: WorkingCalendar): string | null {
  try {
    return replyDeadline(state, calendar)?.dueDate ?? null;
  } catch (error) {
    if (error instanceof CalendarError) return null;
    throw error;
  }
}
