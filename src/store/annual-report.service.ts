// The yearly report of an agency, kept as versions: a draft built from the live records (tables
// recomputed every time; the clerk's section texts kept), edited section by section, checked and
// published. A published version never changes; a correction is a new version with its reason.
// Refusals are returned as data with a Chinese reason; a stale write is a ConflictError.

import {
  applyEdits,
  assembleReport,
  EditError,
  feeFacts,
  hasRecords,
  pendingSections,
  type SectionEdit,
  sectionEdit,
} from '../annual/index.ts';
import { checkReport } from '../check/index.ts';
import type { AnnualReport, Table2, Table3, Table4 } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { templateForYear } from '../report/template.ts';
import { AnnualReportRepository } from './annual-report.repository.ts';
import {
  conflict,
  insertDraft,
  keyOf,
  ok,
  openDraft,
  parseEdits,
  publishedRefusal,
  type ReportResult,
  type ReportVersion,
  rebuild,
  refusal,
  sortEdits,
  toVersion,
  updateDraft,
} from './annual-report.versions.ts';
import { NotFoundError } from './errors.ts';
import type { Store } from './store.ts';

export type {
  ReportRefusal,
  ReportRefusalCode,
  ReportResult,
  ReportState,
  ReportVersion,
} from './annual-report.versions.ts';

/** Tables 2 and 4 from the registers (规范性文件, 处理决定, 收费, 复议诉讼案件). */
export interface RegisterFigures {
  table2(agencyId: string, year: number): Promise<Table2>;
  table4(agencyId: string, year: number): Promise<Table4>;
}

/** Table 3 from the applications (OverviewService). */
export interface Table3Figures {
  table3(agencyId: string, year: number): Promise<Table3>;
}

/** Until registers are kept: tables 2 and 4 blank (every figure 0) in the template of the year. */
export const BLANK_REGISTERS: RegisterFigures = {
  table2: async (_agency, year) => blankReport(templateForYear(year).version, year).table2,
  table4: async (_agency, year) => blankReport(templateForYear(year).version, year).table4,
};

export interface Actor {
  /** Who does it (recorded as created_by, updated_by, published_by). */
  actor: string;
}

export class AnnualReportService {
  constructor(
    private readonly repo: AnnualReportRepository,
    private readonly applications: Table3Figures,
    private readonly registers: RegisterFigures,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The report of the year as the records make it now (nothing is written). */
  async assemble(agency: string, year: number): Promise<{ report: AnnualReport; hasRecords: boolean }> {
    const agencyName = await this.repo.agencyName(agency);
    if (agencyName === undefined) throw new NotFoundError(`机关“${agency}”不存在`);
    const table3 = await this.applications.table3(agency, year);
    const table2 = await this.registers.table2(agency, year);
    const table4 = await this.registers.table4(agency, year);
    const fees = feeFacts(await this.repo.feeEvents(agency, year), year);
    const input = { agencyName, year, table2, table3, table4, facts: { fees } };
    return { report: assembleReport(input), hasRecords: hasRecords(input) };
  }

  /**
   * Builds the draft from the records, or rebuilds the open draft (its edited texts kept). A year
   * without any record is refused unless `allowEmpty` (an agency that truly had nothing to report).
   */
  async buildDraft(
    agency: string,
    year: number,
    { actor, allowEmpty = false }: Actor & { allowEmpty?: boolean },
  ): Promise<ReportResult> {
    const fresh = await this.assemble(agency, year);
    return this.write(async (repo, at) => {
      const latest = await repo.latest(agency, year);
      if (latest?.state === 'published') return publishedRefusal(latest);
      if (latest) return ok(await rebuild(repo, latest, fresh.report, actor, at));
      if (!fresh.hasRecords && !allowEmpty) {
        return refusal('noRecords', `没有${year}年度的办理记录或登记数据，无法生成年度报告`);
      }
      return ok(await insertDraft(repo, { agency, year, version: 1 }, fresh.report, [], null, actor, at));
    });
  }

  /** Replaces the text of one section of the draft; the report is re-checked. */
  async editSection(
    agency: string,
    year: number,
    edit: SectionEdit,
    { actor, expectedRevision }: Actor & { expectedRevision?: number },
  ): Promise<ReportResult> {
    let change: SectionEdit;
    try {
      change = sectionEdit(edit.sectionNumber, edit.text);
    } catch (error) {
      if (error instanceof EditError) return refusal(error.code, error.message);
      throw error;
    }
    return this.write(async (repo, at) => {
      const draft = await openDraft(repo, agency, year, expectedRevision);
      if (!draft.ok) return draft;
      const { row } = draft;
      const edits = [
        ...parseEdits(row.edits).filter((e) => e.sectionNumber !== change.sectionNumber),
        change,
      ];
      const report = applyEdits(JSON.parse(row.content) as AnnualReport, [change]);
      return ok(await updateDraft(repo, row, report, sortEdits(edits), actor, at));
    });
  }

  /**
   * Publishes the draft. The draft is first rebuilt from the records: when that changes it, the
   * rebuilt draft is kept and publishing is refused, so that what is published is what the clerk
   * last saw. Refused while the checker finds an error or a placeholder is left.
   */
  async publish(
    agency: string,
    year: number,
    { actor, expectedRevision }: Actor & { expectedRevision?: number },
  ): Promise<ReportResult> {
    const fresh = await this.assemble(agency, year);
    return this.write(async (repo, at) => {
      const draft = await openDraft(repo, agency, year, expectedRevision);
      if (!draft.ok) return draft;
      const current = await rebuild(repo, draft.row, fresh.report, actor, at);
      if (current.revision !== draft.row.revision) {
        return refusal(
          'changed',
          '办理记录或登记数据在草稿生成后有变化，草稿已按最新记录重新生成；请重新核对后再发布',
          { current: toVersion(current) },
        );
      }
      const report = JSON.parse(current.content) as AnnualReport;
      const errors = checkReport(report).filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        return refusal('errors', `报告有${errors.length}个错误，不能发布；请修改后重新核查`, {
          findings: errors,
          current: toVersion(current),
        });
      }
      const pending = pendingSections(report.sections);
      if (pending.length > 0) {
        return refusal(
          'pending',
          `第${pending.join('、')}部分仍有“【待填写：……】”的内容，不能发布；请先填写这些部分`,
          { current: toVersion(current) },
        );
      }
      if (!(await repo.publish(keyOf(current), current.revision, actor, at))) throw conflict();
      return ok({
        ...current,
        state: 'published',
        revision: current.revision + 1,
        published_by: actor,
        published_at: at,
        updated_by: actor,
        updated_at: at,
      });
    });
  }

  /**
   * A correction of the published report: a new draft version, built from the records with the
   * published version's edited texts, carrying its reason. The published version stays as it was.
   */
  async newVersion(agency: string, year: number, reason: string, { actor }: Actor): Promise<ReportResult> {
    const why = reason.trim();
    if (!why) return refusal('noReason', '更正已发布的年度报告须说明理由');
    const fresh = await this.assemble(agency, year);
    return this.write(async (repo, at) => {
      const latest = await repo.latest(agency, year);
      if (!latest) return refusal('noDraft', `${year}年度报告尚未发布，无需更正；请直接生成草稿`);
      if (latest.state === 'draft') {
        return refusal('draftExists', `已有未发布的第${latest.version}版草稿，请直接修改并发布该草稿`, {
          current: toVersion(latest),
        });
      }
      const edits = parseEdits(latest.edits);
      const key = { agency, year, version: latest.version + 1 };
      return ok(await insertDraft(repo, key, fresh.report, edits, why, actor, at));
    });
  }

  /** Every version, oldest first; published ones exactly as published. */
  async versions(agency: string, year: number): Promise<ReportVersion[]> {
    return (await this.repo.list(agency, year)).map(toVersion);
  }

  /** One version, or the latest when `version` is omitted. */
  async get(agency: string, year: number, version?: number): Promise<ReportVersion | undefined> {
    const row =
      version === undefined
        ? await this.repo.latest(agency, year)
        : await this.repo.get(agency, year, version);
    return row && toVersion(row);
  }

  private async write(
    fn: (repo: AnnualReportRepository, at: string) => Promise<ReportResult>,
  ): Promise<ReportResult> {
    const at = this.now().toISOString();
    try {
      return await this.repo.inWriteTransaction((repo) => fn(repo, at));
    } catch (error) {
      // Two writers creating the same version, or a second draft: the second one is stale.
      if (this.repo.dialect.isUniqueViolation(error)) throw conflict();
      throw error;
    }
  }
}

/** The service over one store: table 3 from the applications, tables 2 and 4 from the registers. */
export function annualReportService(
  store: Pick<Store, 'db' | 'dialect'>,
  applications: Table3Figures,
  registers: RegisterFigures = BLANK_REGISTERS,
): AnnualReportService {
  return new AnnualReportService(
    new AnnualReportRepository(store.db, store.dialect),
    applications,
    registers,
  );
}
