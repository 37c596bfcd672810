// 0001: agencies, applications (a row derived from the events), application_events (append-only).
// Forward-only: a later change is a new file; this one is never edited once released.

import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

export function initial(dialect: StoreDialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their day
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('agencies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('applications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('applicant_type', 'text', (c) => c.notNull())
        .addColumn('received_date', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('disposition', 'text')
        .addColumn('closed_date', 'text')
        .addColumn('due_date', 'text')
        .addColumn('paused_until', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('application_events')
        .addColumn('id', dialect.types.serialId, (c) => c.primaryKey())
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('payload', dialect.types.json, (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        // Two writers appending the same seq: the second fails here (optimistic concurrency).
        .addUniqueConstraint('application_events_application_seq', ['application_id', 'seq'])
        .execute();

      // Table 3, "received in the year" and "open at the end of a day" (received_date <= X).
      await db.schema
        .createIndex('applications_received')
        .on('applications')
        .columns(['agency_id', 'received_date', 'applicant_type'])
        .execute();
      // Table 3, "closed in the year" by disposition, and "closed after X" for carry-over.
      await db.schema
        .createIndex('applications_closed')
        .on('applications')
        .columns(['agency_id', 'closed_date', 'applicant_type', 'disposition', 'received_date'])
        .execute();
      // Due list: open applications only (a small share of all rows), by due date.
      await db.schema
        .createIndex('applications_open_due')
        .on('applications')
        .columns(['agency_id', 'due_date'])
        .where(sql.ref('closed_date'), 'is', null)
        .execute();
    },
  };
}
