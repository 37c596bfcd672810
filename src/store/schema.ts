// The tables as Kysely sees them. Dates are ISO text ('YYYY-MM-DD') in both databases, so that
// comparisons and results are identical in SQLite and PostgreSQL; timestamps are ISO text too.

import type { Generated } from 'kysely';

export interface AgencyTable {
  id: string;
  name: string;
  created_at: string;
}

/**
 * One row per application. Apart from id, agency and applicant type, every column is derived
 * from the event log by the core (derived-columns.ts) and rewritten in the transaction that
 * appends events; nothing edits it directly.
 */
export interface ApplicationTable {
  id: string;
  agency_id: string;
  applicant_type: string;
  /** 收到申请之日 (第三十一条): the year it counts as received in table 3. */
  received_date: string;
  /** Stage of the core: processing, awaitingSupplement, awaitingFee, closed. */
  stage: string;
  /** Table-3 outcome row of the closure; null while open. */
  disposition: string | null;
  closed_date: string | null;
  /** Reply deadline while open (provisional during a fee notice); null when closed or not running. */
  due_date: string | null;
  /** While a consultation is open: the last day it pauses the clock (its answer due date). */
  paused_until: string | null;
  /** Number of events: the version for optimistic concurrency. */
  version: number;
  updated_at: string;
}

/** Append-only: rows are inserted and read, never updated or deleted. */
export interface ApplicationEventTable {
  id: Generated<number | string>;
  application_id: string;
  /** 1, 2, 3... within the application; unique with application_id. */
  seq: number;
  type: string;
  /** The date the step legally happened. */
  at: string;
  actor: string;
  /** The rest of the event (JSON text in SQLite, jsonb in PostgreSQL). */
  payload: unknown;
  /** When the store recorded it (ISO timestamp). */
  recorded_at: string;
}

export interface Database {
  agencies: AgencyTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
}
