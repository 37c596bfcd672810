// The registers behind table 2 and table 4: import (all or nothing, in one write transaction),
// single-record changes (validated by the core), lists, and the two tables of a year.

import type { Clock } from '../cases/index.ts';
import {
  crossRecordIssues,
  futureIssues,
  type ImportFormat,
  type LocatedRecord,
  type RecordIssue,
  type RegisterKind,
  type RegisterRecord,
  type RegisterRecords,
  type RowError,
  readRegisterFile,
  recordKey,
  rowError,
  table2For,
  table4For,
  validateRecord,
} from '../registers/index.ts';
import type { Table2, Table4 } from '../report/annual-report.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import type { RegisterRepository } from './register.repository.ts';

export type ImportResult = { imported: number } | { errors: RowError[] };
export type SaveResult<K extends RegisterKind> = { saved: RegisterRecord<K> } | { issues: RecordIssue[] };

export class RegisterService {
  /** `clock`: today, after which no record may be dated (the server's, or the command line's). */
  constructor(
    private readonly repo: RegisterRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads a CSV or XLSX register file and stores every record, or none: any bad row, or a record
   * whose identity is already in the database, is returned as a row error and nothing is written.
   * Throws RegisterFileError when the bytes are not a table at all.
   */
  async importRecords(
    agencyId: string,
    kind: RegisterKind,
    bytes: Uint8Array,
    format: ImportFormat,
  ): Promise<ImportResult> {
    await this.requireAgency(agencyId);
    const parsed = await readRegisterFile(kind, bytes, format);
    if ('errors' in parsed) return parsed;
    const located = parsed.records.map((record, i) => ({ record, line: parsed.lines[i]! }));
    return this.insertAll(agencyId, kind, located);
  }

  /**
   * Stores records given as data (the demo, a bulk API), all or none, with the same checks as an
   * import; a record's line in the errors is its position in `records`, from 1.
   */
  async addRecords<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    records: readonly RegisterRecord<K>[],
  ): Promise<ImportResult> {
    await this.requireAgency(agencyId);
    const located = records.map((record, i) => ({ record, line: i + 1 }));
    const invalid = located.flatMap(({ record, line }) =>
      validateRecord(kind, record).map((issue) => rowError(kind, { ...issue, line })),
    );
    if (invalid.length > 0) return { errors: invalid };
    return this.insertAll(agencyId, kind, located);
  }

  private insertAll<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    located: readonly LocatedRecord<K>[],
  ): Promise<ImportResult> {
    const today = this.clock.today();
    const future = located.flatMap(({ record, line }) =>
      futureIssues(kind, record, today).map((issue) => ({ ...issue, line })),
    );
    return this.write(agencyId, kind, async (repo, existing) => {
      const errors = [...future, ...crossRecordIssues(kind, located, existing)]
        .sort((a, b) => a.line - b.line)
        .map((e) => rowError(kind, e));
      if (errors.length > 0) return { errors };
      await repo.insert(
        kind,
        agencyId,
        located.map((l) => l.record),
      );
      return { imported: located.length };
    });
  }

  async create<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    record: RegisterRecord<K>,
  ): Promise<SaveResult<K>> {
    return this.save(agencyId, kind, undefined, record);
  }

  /** Replaces the record whose key (recordKey) is `key`; the new record may change the key. */
  async update<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    key: string,
    record: RegisterRecord<K>,
  ): Promise<SaveResult<K>> {
    return this.save(agencyId, kind, key, record);
  }

  /** Deletes the record whose key is `key`; false when there was none. */
  async delete(agencyId: string, kind: RegisterKind, key: string): Promise<boolean> {
    return this.repo.inWriteTransaction((repo) => repo.delete(kind, agencyId, key));
  }

  /** The records of a register; with a year, those that count in that year's tables. */
  async list<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    year?: number,
  ): Promise<RegisterRecords[K][]> {
    return this.repo.records(kind, agencyId, year === undefined ? undefined : { from: year, to: year });
  }

  /** Table 2 of the year, for the template in force that year (src/registers/table2.ts). */
  async table2(agencyId: string, year: number): Promise<Table2> {
    // The 2019 template compares with the year before, so both years are read.
    const years = { from: year - 1, to: year };
    const [documents, decisions, fees] = await Promise.all([
      this.repo.documents(agencyId, years),
      this.repo.decisions(agencyId, years),
      this.repo.fees(agencyId, years),
    ]);
    return table2For({ documents, decisions, fees }, year);
  }

  /** Table 4 of the year (src/registers/table4.ts). */
  async table4(agencyId: string, year: number): Promise<Table4> {
    return table4For(await this.repo.cases(agencyId, { from: year, to: year }), year);
  }

  private async save<K extends RegisterKind>(
    agencyId: string,
    kind: K,
    replacing: string | undefined,
    record: RegisterRecord<K>,
  ): Promise<SaveResult<K>> {
    await this.requireAgency(agencyId);
    const invalid = validateRecord(kind, record);
    if (invalid.length === 0) invalid.push(...futureIssues(kind, record, this.clock.today()));
    if (invalid.length > 0) return { issues: invalid };
    return this.write(agencyId, kind, async (repo, existing) => {
      if (replacing !== undefined && !existing.some((r) => recordKey(kind, r) === replacing))
        throw new NotFoundError(`登记簿中没有“${replacing}”这条记录`);
      const others = existing.filter((r) => recordKey(kind, r) !== replacing);
      const located: LocatedRecord<K>[] = [{ record, line: 0 }];
      const issues = crossRecordIssues(kind, located, others).map(
        ({ field, message }): RecordIssue => (field === undefined ? { message } : { field, message }),
      );
      if (issues.length > 0) return { issues };
      if (replacing !== undefined) await repo.delete(kind, agencyId, replacing);
      await repo.insert(kind, agencyId, [record]);
      return { saved: record };
    });
  }

  /**
   * One write transaction that sees every existing record of the register. The agency row is
   * locked first (a no-op update), so two writers of one agency's registers run one after the
   * other on PostgreSQL too, and the checks against existing records stay true until commit.
   */
  private write<K extends RegisterKind, T>(
    agencyId: string,
    kind: K,
    fn: (repo: RegisterRepository, existing: RegisterRecords[K][]) => Promise<T>,
  ): Promise<T> {
    return this.repo
      .inWriteTransaction(async (repo) => {
        await repo.lockAgency(agencyId);
        return fn(repo, await repo.records(kind, agencyId));
      })
      .catch((error: unknown) => {
        if (this.repo.dialect.isUniqueViolation(error))
          throw new ConflictError('登记簿已被他人修改，请刷新后重试');
        throw error;
      });
  }

  private async requireAgency(agencyId: string): Promise<void> {
    if (!(await this.repo.agencyExists(agencyId)))
      throw new NotFoundError(`数据库中没有编号为“${agencyId}”的机关`);
  }
}
