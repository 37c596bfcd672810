// The queries behind table 3 and the due list: grouped counts and candidate rows over the
// derived columns of applications, each served by an index of 0001_initial.ts. Dates are ISO
// text, so range conditions compare the same way in SQLite and PostgreSQL.

import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface TypeCount {
  applicant_type: string;
  n: number;
}

export interface OutcomeCount extends TypeCount {
  disposition: string;
}

export interface DueCandidate {
  id: string;
  agency_id: string;
}

export class OverviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   *   select applicant_type, count(*) from applications
   *   where agency_id = :agency and received_date between :from and :to group by applicant_type
   */
  async receivedBetween(agency: string, from: string, to: string): Promise<TypeCount[]> {
    const rows = await this.db
      .selectFrom('applications')
      .select(['applicant_type', (eb) => eb.fn.countAll().as('n')])
      .where('agency_id', '=', agency)
      .where('received_date', '>=', from)
      .where('received_date', '<=', to)
      .groupBy('applicant_type')
      .execute();
    return rows.map((r) => ({ applicant_type: r.applicant_type, n: Number(r.n) }));
  }

  /**
   *   select applicant_type, disposition, count(*) from applications
   *   where agency_id = :agency and closed_date between :from and :to
   *   group by applicant_type, disposition
   */
  async closedBetween(agency: string, from: string, to: string): Promise<OutcomeCount[]> {
    const rows = await this.db
      .selectFrom('applications')
      .select(['applicant_type', 'disposition', (eb) => eb.fn.countAll().as('n')])
      .where('agency_id', '=', agency)
      .where('closed_date', '>=', from)
      .where('closed_date', '<=', to)
      .groupBy(['applicant_type', 'disposition'])
      .execute();
    return rows.map((r) => ({
      applicant_type: r.applicant_type,
      disposition: r.disposition ?? '',
      n: Number(r.n),
    }));
  }

  /**
   * Open at the end of `day`: received by then and not closed by then.
   *   select applicant_type, count(*) from applications
   *   where agency_id = :agency and received_date <= :day
   *     and (closed_date is null or closed_date > :day)
   *   group by applicant_type
   */
  async openAtEndOf(agency: string, day: string): Promise<TypeCount[]> {
    const rows = await this.db
      .selectFrom('applications')
      .select(['applicant_type', (eb) => eb.fn.countAll().as('n')])
      .where('agency_id', '=', agency)
      .where('received_date', '<=', day)
      .where((eb) => eb.or([eb('closed_date', 'is', null), eb('closed_date', '>', day)]))
      .groupBy('applicant_type')
      .execute();
    return rows.map((r) => ({ applicant_type: r.applicant_type, n: Number(r.n) }));
  }

  /**
   * Open applications that may be due, overdue or paused on `day`: a superset that the core's
   * dueStatus() then decides exactly. `soon` is `day` plus the due-soon working days.
   *   select id, agency_id from applications
   *   where closed_date is null [and agency_id = :agency]
   *     and (stage <> 'processing' or due_date is null or due_date <= :soon or paused_until >= :day)
   *   order by due_date, id
   */
  async dueCandidates(agency: string | undefined, day: string, soon: string): Promise<DueCandidate[]> {
    // Two parts, each served by its own index: open now (applications_open_due, a partial index
    // of the few open rows) and closed since `day` (applications_closed_date). The due date and
    // stage stored on a row are today's; for an application closed since `day` the service
    // judges its events up to `day` instead.
    const base = () => {
      const q = this.db
        .selectFrom('applications')
        .select(['id', 'agency_id', 'due_date'])
        .where('received_date', '<=', day);
      return agency === undefined ? q : q.where('agency_id', '=', agency);
    };
    const openNow = base()
      .where('closed_date', 'is', null)
      .where((eb) =>
        eb.or([
          eb('stage', '<>', 'processing'),
          eb('due_date', 'is', null),
          eb('due_date', '<=', soon),
          eb('paused_until', '>=', day),
        ]),
      );
    const closedSince = base().where('closed_date', '>', day);
    const rows = await openNow.unionAll(closedSince).execute();
    return rows
      .sort((a, b) => compareNullsLast(a.due_date, b.due_date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ id, agency_id }) => ({ id, agency_id }));
  }
  /**
   * Whether `clerk` registered any application (the actor of a first event): a due list for a
   * clerk nobody knows is a typing mistake, not an empty list. Not indexed: asked only when the
   * list came out empty.
   *   select 1 from application_events where seq = 1 and actor = :clerk limit 1
   */
  async isClerk(clerk: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('application_events')
      .select('application_id')
      .where('seq', '=', 1)
      .where('actor', '=', clerk)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

/** Due dates in order, applications without one last (as ORDER BY due_date in PostgreSQL). */
function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
