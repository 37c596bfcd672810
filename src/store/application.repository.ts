// Reads and writes of applications and their events. Events are only ever inserted; the
// application row is inserted once and then only its derived columns and version change, always
// in the same transaction as the events they are derived from (application.service.ts).

import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApplicationEvent } from '../cases/index.ts';
import type { DerivedColumns } from './derived-columns.ts';
import type { StoreDialect } from './dialect.ts';
import { eventRowReader, toEventRow } from './event-rows.ts';
import type { IdentityCipher } from './identity-cipher.ts';
import type { ApplicationTable, Database } from './schema.ts';

export interface LoadedLog {
  version: number;
  events: ApplicationEvent[];
}

/** Which applications a list shows (GET /applications). */
export interface ApplicationFilter {
  /** Only these agencies (the caller's); undefined: all. */
  agencies?: readonly string[];
  stage?: string;
  /** Received (收到申请之日) in this year. */
  year?: number;
}

export type ApplicationRow = Pick<
  Selectable<ApplicationTable>,
  'id' | 'agency_id' | 'stage' | 'received_date' | 'due_date' | 'closed_date' | 'disposition' | 'version'
>;

export interface RecordedEvent {
  seq: number;
  /** When the store recorded it (ISO timestamp); the event's own `at` is when it legally happened. */
  recordedAt: string;
  event: ApplicationEvent;
}

/** Bound parameters per statement stay well below SQLite's 32766 and PostgreSQL's 65535. */
const CHUNK = 500;

export class ApplicationRepository {
  private readonly readEvent: ReturnType<typeof eventRowReader>;

  /** `cipher`: identity numbers are written encrypted and read decrypted (identity-cipher.ts). */
  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
    private readonly cipher?: IdentityCipher,
  ) {
    this.readEvent = eventRowReader(cipher);
  }

  /** Runs `fn` with a repository bound to one write transaction. */
  inWriteTransaction<T>(fn: (repo: ApplicationRepository) => Promise<T>): Promise<T> {
    return this.dialect.writeTransaction(this.db, (trx) =>
      fn(new ApplicationRepository(trx, this.dialect, this.cipher)),
    );
  }

  async agencyExists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async addAgency(id: string, name: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('agencies')
      .values({ id, name, created_at: createdAt })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async agencies(): Promise<{ id: string; name: string }[]> {
    return this.db.selectFrom('agencies').select(['id', 'name']).orderBy('id').execute();
  }

  /** The agency an application belongs to, or undefined when there is no such application. */
  async agencyOf(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('applications')
      .select('agency_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.agency_id;
  }

  /** One page of applications, most recently received first, and how many match in all. */
  async list(
    filter: ApplicationFilter,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; rows: ApplicationRow[] }> {
    let query = this.db.selectFrom('applications');
    // '' matches no agency and keeps the list non-empty (an empty IN is not valid SQL).
    if (filter.agencies) query = query.where('agency_id', 'in', ['', ...filter.agencies]);
    if (filter.stage !== undefined) query = query.where('stage', '=', filter.stage);
    if (filter.year !== undefined) {
      query = query
        .where('received_date', '>=', `${filter.year}-01-01`)
        .where('received_date', '<=', `${filter.year}-12-31`);
    }
    const count = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const rows = await query
      .select([
        'id',
        'agency_id',
        'stage',
        'received_date',
        'due_date',
        'closed_date',
        'disposition',
        'version',
      ])
      .orderBy('received_date', 'desc')
      .orderBy('id')
      .offset(page.offset)
      .limit(page.limit)
      .execute();
    return { total: Number(count.n), rows };
  }

  /**
   * The event log of one application and its version (the number of events), or undefined when
   * there is none. One statement, so the version and the events come from the same snapshot.
   */
  async load(id: string): Promise<LoadedLog | undefined> {
    const rows = await this.db
      .selectFrom('application_events')
      .select(['type', 'at', 'actor', 'payload'])
      .where('application_id', '=', id)
      .orderBy('seq')
      .execute();
    return rows.length === 0 ? undefined : { version: rows.length, events: rows.map(this.readEvent) };
  }

  /** Every event of one application with when the store recorded it, for the audit trail. */
  async recordedEvents(id: string): Promise<RecordedEvent[]> {
    const rows = await this.db
      .selectFrom('application_events')
      .select(['seq', 'type', 'at', 'actor', 'payload', 'recorded_at'])
      .where('application_id', '=', id)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({ seq: row.seq, recordedAt: row.recorded_at, event: this.readEvent(row) }));
  }

  /** Event logs of many applications, keyed by id. */
  async logs(ids: readonly string[]): Promise<Map<string, ApplicationEvent[]>> {
    const logs = new Map<string, ApplicationEvent[]>(ids.map((id) => [id, []]));
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('application_events')
        .select(['application_id', 'type', 'at', 'actor', 'payload'])
        .where('application_id', 'in', ids.slice(i, i + CHUNK))
        .orderBy('application_id')
        .orderBy('seq')
        .execute();
      for (const row of rows) logs.get(row.application_id)?.push(this.readEvent(row));
    }
    return logs;
  }

  async insert(row: Insertable<ApplicationTable>, events: readonly ApplicationEvent[], at: string) {
    await this.db.insertInto('applications').values(row).execute();
    await this.append(row.id, 0, events, at);
  }

  /**
   * Moves the row from `expected` to `next` version with new derived columns. False when the
   * row is no longer at `expected`: someone else wrote first.
   */
  async advance(
    id: string,
    expected: number,
    next: number,
    derived: DerivedColumns,
    at: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('applications')
      .set({ ...derived, version: next, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Appends events after `lastSeq`. (application_id, seq) is unique: a second writer fails. */
  async append(id: string, lastSeq: number, events: readonly ApplicationEvent[], at: string) {
    if (events.length === 0) return;
    const rows = events.map((event, i) => toEventRow(id, lastSeq + i + 1, event, at, this.cipher));
    await this.db.insertInto('application_events').values(rows).execute();
  }

  /**
   * Bulk insert of complete logs already produced by the core's commands (imports, benchmarks):
   * the rows and derived columns are the same as the service writes, without one transaction
   * per step. The caller wraps it in a transaction.
   */
  async insertMany(
    items: readonly { row: Insertable<ApplicationTable>; events: readonly ApplicationEvent[] }[],
    at: string,
  ): Promise<void> {
    for (let i = 0; i < items.length; i += CHUNK) {
      const slice = items.slice(i, i + CHUNK);
      await this.db
        .insertInto('applications')
        .values(slice.map((item) => item.row))
        .execute();
      const events = slice.flatMap((item) =>
        item.events.map((e, k) => toEventRow(item.row.id, k + 1, e, at, this.cipher)),
      );
      for (let j = 0; j < events.length; j += CHUNK) {
        await this.db
          .insertInto('application_events')
          .values(events.slice(j, j + CHUNK))
          .execute();
      }
    }
  }

  /** Open applications (not closed) with their version and derived columns, in id order. */
  async openApplications(): Promise<({ id: string; version: number } & DerivedColumns)[]> {
    return this.db
      .selectFrom('applications')
      .select(['id', 'version', 'stage', 'disposition', 'closed_date', 'due_date', 'paused_until'])
      .where('closed_date', 'is', null)
      .orderBy('id')
      .execute();
  }

  /**
   * Rewrites the derived columns of an application whose log did not change but whose
   * derivation did (a calendar year added). False when the log moved on meanwhile: the writer
   * that appended the events also rewrote the columns.
   */
  async rederive(id: string, version: number, derived: DerivedColumns, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('applications')
      .set({ ...derived, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Row counts, for tests that check nothing was written. */
  async counts(): Promise<{ applications: number; events: number }> {
    const count = async (table: 'applications' | 'application_events') => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return { applications: await count('applications'), events: await count('application_events') };
  }
}
