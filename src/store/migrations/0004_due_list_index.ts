// 0004: the due list as of a past day also looks at applications closed after that day. Without
// an agency (the whole installation's list) no index led with the closing date, and PostgreSQL
// scanned every application (229 ms at 1,000,000 in bench/cases.ts). This index serves that part
// of the query; open applications are served by applications_open_due (0001).
// Forward-only: a later change is a new file; this one is never edited once released.

import type { Kysely, Migration } from 'kysely';

export function dueListIndex(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their day
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('applications_closed_date')
        .on('applications')
        .column('closed_date')
        .execute();
    },
  };
}
