// Reads and writes of annual_reports, and the record queries behind a report's facts. A published
// row is never updated: every update below is conditioned on state = 'draft' and the revision the
// caller read (optimistic concurrency).

import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApplicationEvent } from '../cases/index.ts';
import type { StoreDialect } from './dialect.ts';
import { fromEventRow } from './event-rows.ts';
import type { AnnualReportTable, Database } from './schema.ts';

export type AnnualReportRow = Selectable<AnnualReportTable>;

/** The fee events that the report's 信息处理费 statement counts. */
const FEE_EVENTS = ['feeNoticeIssued', 'feeReduced', 'feeWaived', 'feePaid'] as const;

export class AnnualReportRepository {
  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
  ) {}

  /** Runs `fn` with a repository bound to one write transaction. */
  inWriteTransaction<T>(fn: (repo: AnnualReportRepository) => Promise<T>): Promise<T> {
    return this.dialect.writeTransaction(this.db, (trx) => fn(new AnnualReportRepository(trx, this.dialect)));
  }

  async agencyName(agency: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('agencies')
      .select('name')
      .where('id', '=', agency)
      .executeTakeFirst();
    return row?.name;
  }

  /** The highest version of the agency's report for `year` (the draft, if there is one). */
  async latest(agency: string, year: number): Promise<AnnualReportRow | undefined> {
    return this.db
      .selectFrom('annual_reports')
      .selectAll()
      .where('agency_id', '=', agency)
      .where('year', '=', year)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async get(agency: string, year: number, version: number): Promise<AnnualReportRow | undefined> {
    return this.db
      .selectFrom('annual_reports')
      .selectAll()
      .where('agency_id', '=', agency)
      .where('year', '=', year)
      .where('version', '=', version)
      .executeTakeFirst();
  }

  /** Every version, oldest first. */
  async list(agency: string, year: number): Promise<AnnualReportRow[]> {
    return this.db
      .selectFrom('annual_reports')
      .selectAll()
      .where('agency_id', '=', agency)
      .where('year', '=', year)
      .orderBy('version')
      .execute();
  }

  /** A new version (a duplicate version or a second draft violates a unique constraint). */
  async insert(row: Insertable<AnnualReportTable>): Promise<void> {
    await this.db.insertInto('annual_reports').values(row).execute();
  }

  /**
   * Rewrites a draft seen at `revision`, moving it on by one. False when it is no longer that
   * draft: someone else wrote or published it first.
   */
  async updateDraft(
    key: VersionKey,
    revision: number,
    change: Pick<AnnualReportTable, 'content' | 'edits' | 'updated_by' | 'updated_at'>,
  ): Promise<boolean> {
    const result = await this.whereDraft(key, revision)
      .set({ ...change, revision: revision + 1 })
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Publishes a draft seen at `revision`; false when it is no longer that draft. */
  async publish(key: VersionKey, revision: number, by: string, at: string): Promise<boolean> {
    const result = await this.whereDraft(key, revision)
      .set({
        state: 'published',
        published_by: by,
        published_at: at,
        updated_by: by,
        updated_at: at,
        revision: revision + 1,
      })
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  private whereDraft(key: VersionKey, revision: number) {
    return this.db
      .updateTable('annual_reports')
      .where('agency_id', '=', key.agency)
      .where('year', '=', key.year)
      .where('version', '=', key.version)
      .where('state', '=', 'draft')
      .where('revision', '=', revision);
  }

  /**
   * The fee events of the agency's applications that happened in `year`, oldest first.
   *   select e.type, e.at, e.actor, e.payload from application_events e
   *   join applications a on a.id = e.application_id
   *   where a.agency_id = :agency and e.type in (:fee events) and e.at between :from and :to
   */
  async feeEvents(agency: string, year: number): Promise<ApplicationEvent[]> {
    const rows = await this.db
      .selectFrom('application_events as e')
      .innerJoin('applications as a', 'a.id', 'e.application_id')
      .select(['e.type', 'e.at', 'e.actor', 'e.payload'])
      .where('a.agency_id', '=', agency)
      .where('e.type', 'in', FEE_EVENTS)
      .where('e.at', '>=', `${year}-01-01`)
      .where('e.at', '<=', `${year}-12-31`)
      .orderBy('e.at')
      .execute();
    return rows.map(fromEventRow);
  }
}

export interface VersionKey {
  agency: string;
  year: number;
  version: number;
}
