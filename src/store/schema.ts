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

/**
 * One version of an agency's yearly report. A draft is rewritten as records and edits change; a
 * published version is never written again (annual-report.service.ts).
 */
export interface AnnualReportTable {
  agency_id: string;
  year: number;
  /** 1, 2, 3... per agency and year; a correction of a published version is the next one. */
  version: number;
  state: 'draft' | 'published';
  /** The AnnualReport as JSON text (with its findings). */
  content: string;
  /** The clerk's section texts as JSON text: [{ sectionNumber, text }]. */
  edits: string;
  /** Why this version corrects the one before; null for the first. */
  reason: string | null;
  /** Optimistic concurrency: moves on by one with every write of the draft. */
  revision: number;
  created_by: string;
  created_at: string;
  /** Who last wrote the draft (built, refreshed, edited, published it) and when. */
  updated_by: string;
  updated_at: string;
  published_by: string | null;
  published_at: string | null;
}

/** 规章 and 行政规范性文件 (register of regulatory documents, table 2). */
export interface RegisterDocumentTable {
  agency_id: string;
  /** 编号, unique within the agency. */
  id: string;
  /** 'rule' | 'normativeDocument'. */
  kind: string;
  title: string;
  document_number: string;
  issued_on: string;
  repealed_on: string | null;
}

/** Decision counts per category and period ('YYYY' or 'YYYY-MM'); one row per both. */
export interface RegisterDecisionTable {
  agency_id: string;
  category: string;
  period: string;
  count: number;
  source: string;
}

/** 行政事业性收费 per item and period, in integer 分 (bigint: pg returns it as a string). */
export interface RegisterFeeTable {
  agency_id: string;
  item: string;
  period: string;
  amount_fen: number | string | bigint;
}

/** 行政复议 / 行政诉讼 cases (table 4). */
export interface RegisterCaseTable {
  agency_id: string;
  id: string;
  /** 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration'. */
  kind: string;
  filed_on: string;
  concluded_on: string | null;
  /** 'upheld' | 'corrected' | 'other'; null exactly while pending. */
  result: string | null;
  note: string;
}

export interface Database {
  agencies: AgencyTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  annual_reports: AnnualReportTable;
  register_documents: RegisterDocumentTable;
  register_decisions: RegisterDecisionTable;
  register_fees: RegisterFeeTable;
  register_cases: RegisterCaseTable;
}
