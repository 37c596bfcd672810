// Every change to an application goes through here: one write transaction that loads the event
// log, runs a command of the core, appends the new events and rewrites the derived row. A
// refusal of the core is returned as data and writes nothing; a stale version is a ConflictError
// and writes nothing.

import type { Insertable } from 'kysely';
import type { WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationEvent,
  type ApplicationId,
  type ApplicationState,
  applicationState,
  type CommandContext,
  type CommandResult,
  type Refusal,
  type RegisterInput,
  register,
} from '../cases/index.ts';
import type { ApplicationRepository } from './application.repository.ts';
import { derivedColumns } from './derived-columns.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import type { ApplicationTable } from './schema.ts';

/** A command of the core, bound to its input: `(log, ctx) => reply(log, input, ctx)`. */
export type BoundCommand = (log: readonly ApplicationEvent[], ctx: CommandContext) => CommandResult;

export type ServiceResult =
  | { ok: true; version: number; events: ApplicationEvent[]; state: ApplicationState }
  | Refusal;

export class ApplicationService {
  constructor(
    private readonly repo: ApplicationRepository,
    private readonly ctx: CommandContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Registers a new application (version 1). */
  async register(input: RegisterInput): Promise<ServiceResult> {
    return this.write(async (repo, at) => {
      if (!(await repo.agencyExists(input.agency))) {
        throw new NotFoundError(`机关“${input.agency}”不存在，请先添加该机关`);
      }
      const result = register(input, this.ctx);
      if (!result.ok) return result;
      const state = applicationState(result.events);
      await repo.insert(rowOf(state, this.ctx.calendar, result.events.length, at), result.events, at);
      return { ok: true, version: result.events.length, events: result.events, state };
    }, '申请编号已存在，不能重复登记');
  }

  /**
   * Runs `command` on the application as the caller last saw it (`expectedVersion`). When the
   * application has changed since, nothing is written and a ConflictError is thrown.
   */
  async run(id: ApplicationId, expectedVersion: number, command: BoundCommand): Promise<ServiceResult> {
    return this.write(async (repo, at) => {
      const loaded = await repo.load(id);
      if (!loaded) throw new NotFoundError(`没有编号为“${id}”的申请`);
      if (loaded.version !== expectedVersion) throw new ConflictError();
      const result = command(loaded.events, this.ctx);
      if (!result.ok) return result;
      const state = applicationState([...loaded.events, ...result.events]);
      const version = expectedVersion + result.events.length;
      // Claim the version first: a concurrent writer waits here (PostgreSQL row lock) and then
      // finds the version moved on.
      const claimed = await repo.advance(
        id,
        expectedVersion,
        version,
        derivedColumns(state, this.ctx.calendar),
        at,
      );
      if (!claimed) throw new ConflictError();
      await repo.append(id, expectedVersion, result.events, at);
      return { ok: true, version, events: result.events, state };
    });
  }

  /** The current version and state, for a caller that is about to run a command. */
  async get(id: ApplicationId): Promise<{ version: number; state: ApplicationState } | undefined> {
    const loaded = await this.repo.load(id);
    return loaded && { version: loaded.version, state: applicationState(loaded.events) };
  }

  private async write(
    fn: (repo: ApplicationRepository, at: string) => Promise<ServiceResult>,
    duplicateMessage?: string,
  ): Promise<ServiceResult> {
    const at = this.now().toISOString();
    try {
      return await this.repo.inWriteTransaction((repo) => fn(repo, at));
    } catch (error) {
      if (this.repo.dialect.isUniqueViolation(error)) throw new ConflictError(duplicateMessage);
      throw error;
    }
  }
}

/** The row of an application whose log (of `version` events) folds to `state`. */
export function rowOf(
  state: ApplicationState,
  calendar: WorkingCalendar,
  version: number,
  at: string,
): Insertable<ApplicationTable> {
  return {
    id: state.id,
    agency_id: state.agency,
    applicant_type: state.applicant.type,
    received_date: state.receiptDate,
    ...derivedColumns(state, calendar),
    version,
    updated_at: at,
  };
}
