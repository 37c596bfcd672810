// 0002: the registers behind table 2 and table 4 (src/registers): regulatory documents, decision
// counts, administrative fees, review cases. Every row belongs to an agency; the primary key is
// the record's identity within its agency (recordKey in src/registers/records.ts).
// Forward-only: a later change is a new file; this one is never edited once released.

import type { Kysely, Migration } from 'kysely';

export function registers(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their day
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('register_documents')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('document_number', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'text', (c) => c.notNull())
        .addColumn('repealed_on', 'text')
        .addPrimaryKeyConstraint('register_documents_pk', ['agency_id', 'id'])
        .execute();
      // Table 2: documents issued on or before a year's end, by kind.
      await db.schema
        .createIndex('register_documents_issued')
        .on('register_documents')
        .columns(['agency_id', 'issued_on'])
        .execute();

      await db.schema
        .createTable('register_decisions')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('register_decisions_pk', ['agency_id', 'category', 'period'])
        .execute();

      await db.schema
        .createTable('register_fees')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        // Integer 分: exact; bigint because a year of fees can pass 2^31 分 (2147万元).
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('register_fees_pk', ['agency_id', 'item', 'period'])
        .execute();

      await db.schema
        .createTable('register_cases')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('filed_on', 'text', (c) => c.notNull())
        .addColumn('concluded_on', 'text')
        .addColumn('result', 'text')
        .addColumn('note', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('register_cases_pk', ['agency_id', 'id'])
        .execute();
    },
  };
}
