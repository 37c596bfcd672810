// The registers' rows (migrations/0002_registers.ts) as core records (src/registers), one agency
// at a time. Rows and records convert in one place here; PostgreSQL returns bigint as a string.

import type { Kysely } from 'kysely';
import type {
  AdministrativeFee,
  DecisionCount,
  RegisterKind,
  RegisterRecord,
  RegisterRecords,
  RegulatoryDocument,
  ReviewCase,
} from '../registers/index.ts';
import type { StoreDialect } from './dialect.ts';
import type {
  Database,
  RegisterCaseTable,
  RegisterDecisionTable,
  RegisterDocumentTable,
  RegisterFeeTable,
} from './schema.ts';

/** Rows of one register whose period or dates fall within a range of years. */
export interface YearRange {
  from: number;
  to: number;
}

export class RegisterRepository {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
  ) {}

  /** Runs `fn` in one write transaction with a repository bound to it. */
  inWriteTransaction<T>(fn: (repo: RegisterRepository) => Promise<T>): Promise<T> {
    return this.dialect.writeTransaction(this.db, (trx) => fn(new RegisterRepository(trx, this.dialect)));
  }

  /** Takes the agency row's write lock (PostgreSQL); SQLite's BEGIN IMMEDIATE already holds one. */
  async lockAgency(id: string): Promise<void> {
    await this.db
      .updateTable('agencies')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('id', '=', id)
      .execute();
  }

  async agencyExists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Documents issued up to the end of `to` (those can be in force then), or in the range. */
  async documents(agencyId: string, years?: YearRange): Promise<RegulatoryDocument[]> {
    let q = this.db.selectFrom('register_documents').selectAll().where('agency_id', '=', agencyId);
    if (years) {
      // A document issued before the range still matters while it is in force or repealed in it.
      q = q
        .where('issued_on', '<=', `${years.to}-12-31`)
        .where((eb) =>
          eb.or([eb('repealed_on', 'is', null), eb('repealed_on', '>=', `${years.from}-01-01`)]),
        );
    }
    const rows = await q.orderBy('issued_on').orderBy('id').execute();
    return rows.map(documentFromRow);
  }

  async decisions(agencyId: string, years?: YearRange): Promise<DecisionCount[]> {
    let q = this.db.selectFrom('register_decisions').selectAll().where('agency_id', '=', agencyId);
    if (years) q = q.where('period', '>=', `${years.from}`).where('period', '<', `${years.to + 1}`);
    const rows = await q.orderBy('period').orderBy('category').execute();
    return rows.map(decisionFromRow);
  }

  async fees(agencyId: string, years?: YearRange): Promise<AdministrativeFee[]> {
    // 'YYYY' and 'YYYY-MM' both sort between 'from' and 'to + 1' as text.
    let q = this.db.selectFrom('register_fees').selectAll().where('agency_id', '=', agencyId);
    if (years) q = q.where('period', '>=', `${years.from}`).where('period', '<', `${years.to + 1}`);
    const rows = await q.orderBy('period').orderBy('item').execute();
    return rows.map(feeFromRow);
  }

  /** Cases filed by the end of `to` and not concluded before the start of `from`. */
  async cases(agencyId: string, years?: YearRange): Promise<ReviewCase[]> {
    let q = this.db.selectFrom('register_cases').selectAll().where('agency_id', '=', agencyId);
    if (years) {
      q = q
        .where('filed_on', '<=', `${years.to}-12-31`)
        .where((eb) =>
          eb.or([eb('concluded_on', 'is', null), eb('concluded_on', '>=', `${years.from}-01-01`)]),
        );
    }
    const rows = await q.orderBy('filed_on').orderBy('id').execute();
    return rows.map(caseFromRow);
  }

  /** The records of one register, all years or those touching a range. */
  records<K extends RegisterKind>(
    kind: K,
    agencyId: string,
    years?: YearRange,
  ): Promise<RegisterRecords[K][]> {
    const load = {
      documents: () => this.documents(agencyId, years),
      decisions: () => this.decisions(agencyId, years),
      fees: () => this.fees(agencyId, years),
      cases: () => this.cases(agencyId, years),
    }[kind];
    return load() as Promise<RegisterRecords[K][]>;
  }

  async insert<K extends RegisterKind>(kind: K, agencyId: string, records: readonly RegisterRecord<K>[]) {
    const toRow = ROW_OF[kind] as (agencyId: string, record: RegisterRecord<K>) => object;
    // Bounded batches: PostgreSQL allows at most 65535 parameters per statement.
    for (let i = 0; i < records.length; i += 500) {
      const rows = records.slice(i, i + 500).map((r) => toRow(agencyId, r));
      // The table and its row type go together through ROW_OF; Kysely cannot see that link.
      await this.db
        .insertInto(TABLES[kind])
        .values(rows as never)
        .execute();
    }
  }

  /** Deletes the record with this key (recordKey); true when there was one. */
  async delete(kind: RegisterKind, agencyId: string, key: string): Promise<boolean> {
    const result = await this.deleteQuery(kind, agencyId, key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private deleteQuery(kind: RegisterKind, agencyId: string, key: string) {
    const db = this.db;
    if (kind === 'documents' || kind === 'cases') {
      const table = kind === 'documents' ? 'register_documents' : 'register_cases';
      return db.deleteFrom(table).where('agency_id', '=', agencyId).where('id', '=', key);
    }
    // The key of decisions and fees is 'category/period' ('item/period'); the period has no '/'.
    const cut = key.lastIndexOf('/');
    const [name, period] = [key.slice(0, cut), key.slice(cut + 1)];
    return kind === 'decisions'
      ? db
          .deleteFrom('register_decisions')
          .where('agency_id', '=', agencyId)
          .where('category', '=', name)
          .where('period', '=', period)
      : db
          .deleteFrom('register_fees')
          .where('agency_id', '=', agencyId)
          .where('item', '=', name)
          .where('period', '=', period);
  }

  /** Rows of one register for an agency (tests and the demo check counts with it). */
  async count(kind: RegisterKind, agencyId: string): Promise<number> {
    const table = TABLES[kind];
    const row = await this.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

const TABLES = {
  documents: 'register_documents',
  decisions: 'register_decisions',
  fees: 'register_fees',
  cases: 'register_cases',
} as const;

// ---------------------------------------------------------------- rows <-> records

const ROW_OF = {
  documents: documentRow,
  decisions: decisionRow,
  fees: feeRow,
  cases: caseRow,
} as const;

function documentRow(agencyId: string, d: RegulatoryDocument): RegisterDocumentTable {
  return {
    agency_id: agencyId,
    id: d.id,
    kind: d.kind,
    title: d.title,
    document_number: d.documentNumber,
    issued_on: d.issuedOn,
    repealed_on: d.repealedOn ?? null,
  };
}

function documentFromRow(r: RegisterDocumentTable): RegulatoryDocument {
  return {
    id: r.id,
    kind: r.kind as RegulatoryDocument['kind'],
    title: r.title,
    documentNumber: r.document_number,
    issuedOn: r.issued_on,
    ...(r.repealed_on === null ? {} : { repealedOn: r.repealed_on }),
  };
}

function decisionRow(agencyId: string, d: DecisionCount): RegisterDecisionTable {
  return { agency_id: agencyId, category: d.category, period: d.period, count: d.count, source: d.source };
}

function decisionFromRow(r: RegisterDecisionTable): DecisionCount {
  return {
    category: r.category as DecisionCount['category'],
    period: r.period,
    count: Number(r.count),
    source: r.source,
  };
}

function feeRow(agencyId: string, f: AdministrativeFee): RegisterFeeTable {
  return { agency_id: agencyId, item: f.item, period: f.period, amount_fen: f.amountFen };
}

function feeFromRow(r: RegisterFeeTable): AdministrativeFee {
  return { item: r.item, period: r.period, amountFen: safeInteger(r.amount_fen) };
}

function caseRow(agencyId: string, c: ReviewCase): RegisterCaseTable {
  return {
    agency_id: agencyId,
    id: c.id,
    kind: c.kind,
    filed_on: c.filedOn,
    concluded_on: c.concludedOn ?? null,
    result: c.result ?? null,
    note: c.note,
  };
}

function caseFromRow(r: RegisterCaseTable): ReviewCase {
  return {
    id: r.id,
    kind: r.kind as ReviewCase['kind'],
    filedOn: r.filed_on,
    ...(r.concluded_on === null ? {} : { concludedOn: r.concluded_on }),
    ...(r.result === null ? {} : { result: r.result as ReviewCase['result'] }),
    note: r.note,
  };
}

/** A bigint column as a number: pg gives '123' (text), SQLite a number; both exact below 2^53. */
function safeInteger(value: number | string | bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`amount ${String(value)} is not a safe integer`);
  return n;
}
