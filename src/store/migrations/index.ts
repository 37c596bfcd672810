// The migrations in order. Names sort in the order they run; a new migration is a new file
// added at the end of this list.

import type { Migration } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import { initial } from './0001_initial.ts';
import { registers } from './0002_registers.ts';
import { annualReports } from './0003_annual_reports.ts';
import { dueListIndex } from './0004_due_list_index.ts';

export function migrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_registers': registers(),
    '0003_annual_reports': annualReports(),
    '0004_due_list_index': dueListIndex(),
  };
}
