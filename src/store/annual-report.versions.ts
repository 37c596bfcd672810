// The versions of a yearly report as the service hands them out, its refusals (data, with a
// Chinese reason), and the draft operations over the repository: rebuilt from records with the
// clerk's edits kept, edited, inserted. Every write is conditioned on the revision read.

import { applyEdits, type SectionEdit } from '../annual/index.ts';
import type { Finding } from '../check/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { SECTIONS } from '../report/template.ts';
import { chinaDate } from '../util/china-date.ts';
import type { AnnualReportRepository, AnnualReportRow, VersionKey } from './annual-report.repository.ts';
import { ConflictError } from './errors.ts';

export type ReportState = 'draft' | 'published';

export interface ReportVersion {
  agency: string;
  year: number;
  version: number;
  state: ReportState;
  /** Optimistic concurrency: pass it back to edit or publish what you saw. */
  revision: number;
  /** The report with its findings. */
  report: AnnualReport;
  /** The clerk's section texts, kept when the draft is rebuilt from records. */
  edits: SectionEdit[];
  /** Why this version corrects a published one; null for the first version. */
  reason: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
}

export type ReportRefusalCode =
  | 'noRecords' // nothing recorded for the year
  | 'noDraft' // nothing to edit or publish, or nothing published to correct
  | 'published' // the latest version is published and never changes
  | 'draftExists' // a correction while a draft is open
  | 'noReason' // a correction without its reason
  | 'badSection' // an edit of a section the template does not have
  | 'emptyText' // an edit that leaves a section without text
  | 'changed' // the records changed since the draft was built: rebuilt, to be reviewed again
  | 'errors' // the checker finds errors
  | 'pending'; // placeholder text left to fill

export interface ReportRefusal {
  ok: false;
  code: ReportRefusalCode;
  /** Chinese, for the user: what is wrong and what to do. */
  reason: string;
  /** The findings that block publishing (code 'errors'). */
  findings?: Finding[];
  /** The version concerned, as it now stands. */
  current?: ReportVersion;
}

export type ReportResult = { ok: true; version: ReportVersion } | ReportRefusal;

// ---------------------------------------------------------------- rows

export type Draft = { ok: true; row: AnnualReportRow } | ReportRefusal;

/** The open draft, as the caller saw it when `expectedRevision` is given. */
export async function openDraft(
  repo: AnnualReportRepository,
  agency: string,
  year: number,
  expectedRevision: number | undefined,
): Promise<Draft> {
  const latest = await repo.latest(agency, year);
  if (!latest) return refusal('noDraft', `还没有${year}年度报告的草稿，请先生成草稿`);
  if (latest.state === 'published') return publishedRefusal(latest);
  if (expectedRevision !== undefined && expectedRevision !== latest.revision) throw conflict();
  return { ok: true, row: latest };
}

/** The draft with the tables and drafted texts of `assembled` and its own edits; unchanged if equal. */
export async function rebuild(
  repo: AnnualReportRepository,
  row: AnnualReportRow,
  assembled: AnnualReport,
  actor: string,
  at: string,
): Promise<AnnualReportRow> {
  const edits = parseEdits(row.edits);
  const report = applyEdits(assembled, edits);
  if (JSON.stringify(report) === row.content) return row;
  return updateDraft(repo, row, report, edits, actor, at);
}

export async function updateDraft(
  repo: AnnualReportRepository,
  row: AnnualReportRow,
  report: AnnualReport,
  edits: SectionEdit[],
  actor: string,
  at: string,
): Promise<AnnualReportRow> {
  const change = {
    content: JSON.stringify(report),
    edits: JSON.stringify(edits),
    updated_by: actor,
    updated_at: at,
  };
  if (!(await repo.updateDraft(keyOf(row), row.revision, change))) throw conflict();
  return { ...row, ...change, revision: row.revision + 1 };
}

export async function insertDraft(
  repo: AnnualReportRepository,
  key: VersionKey,
  assembled: AnnualReport,
  edits: SectionEdit[],
  reason: string | null,
  actor: string,
  at: string,
): Promise<AnnualReportRow> {
  const row: AnnualReportRow = {
    agency_id: key.agency,
    year: key.year,
    version: key.version,
    state: 'draft',
    content: JSON.stringify(applyEdits(assembled, edits)),
    edits: JSON.stringify(edits),
    reason,
    revision: 1,
    created_by: actor,
    created_at: at,
    updated_by: actor,
    updated_at: at,
    published_by: null,
    published_at: null,
  };
  await repo.insert(row);
  return row;
}

export function toVersion(row: AnnualReportRow): ReportVersion {
  return {
    agency: row.agency_id,
    year: row.year,
    version: row.version,
    state: row.state,
    revision: row.revision,
    report: JSON.parse(row.content) as AnnualReport,
    edits: parseEdits(row.edits),
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

export const keyOf = (row: AnnualReportRow): VersionKey => ({
  agency: row.agency_id,
  year: row.year,
  version: row.version,
});

export const parseEdits = (json: string) => JSON.parse(json) as SectionEdit[];

/** Edits in section order, so that the same texts are stored the same way. */
export function sortEdits(edits: SectionEdit[]): SectionEdit[] {
  const order = SECTIONS.map((s) => s.number);
  return [...edits].sort((a, b) => order.indexOf(a.sectionNumber) - order.indexOf(b.sectionNumber));
}

// ---------------------------------------------------------------- results

export const ok = (row: AnnualReportRow): ReportResult => ({ ok: true, version: toVersion(row) });

export function refusal(
  code: ReportRefusalCode,
  reason: string,
  more: Pick<ReportRefusal, 'findings' | 'current'> = {},
): ReportRefusal {
  return { ok: false, code, reason, ...more };
}

export function publishedRefusal(row: AnnualReportRow): ReportRefusal {
  return refusal(
    'published',
    `${row.year}年度报告第${row.version}版已于${row.published_at ? chinaDate(row.published_at) : ''}发布，已发布的报告不能修改；如需更正，请创建更正版本并说明理由`,
    { current: toVersion(row) },
  );
}

export const conflict = () => new ConflictError('该年度报告已被他人修改或发布，请刷新后重试');
