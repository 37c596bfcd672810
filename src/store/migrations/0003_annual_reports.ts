// 0003: annual_reports, the versions of each agency's yearly report: drafts built from records,
// published versions that never change, corrections as new versions with their reason; and an
// index of application events by type and date for the fee statement of section 六.
// Forward-only: a later change is a new file; this one is never edited once released.

import { type Kysely, type Migration, sql } from 'kysely';

export function annualReports(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their day
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('annual_reports')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'published')`))
        // The report and the clerk's edits as JSON text in both databases (not jsonb): a
        // published version is kept byte for byte as it was published.
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('edits', 'text', (c) => c.notNull())
        // Why a correction was made; required for every version after a published one.
        .addColumn('reason', 'text')
        // Optimistic concurrency of a draft: every write moves it on by one.
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text')
        .addColumn('published_at', 'text')
        .addPrimaryKeyConstraint('annual_reports_pk', ['agency_id', 'year', 'version'])
        .execute();

      // At most one draft per agency and year: two clerks cannot start two corrections.
      await db.schema
        .createIndex('annual_reports_one_draft')
        .on('annual_reports')
        .columns(['agency_id', 'year'])
        .unique()
        .where(sql.ref('state'), '=', 'draft')
        .execute();

      // The report's fee statement: the fee events of a year by type (a small share of all events).
      await db.schema
        .createIndex('application_events_type_at')
        .on('application_events')
        .columns(['type', 'at'])
        .execute();
    },
  };
}
