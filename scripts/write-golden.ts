// Writes the golden file of each seed: its tables as read. A golden file is a reviewed
// expectation: after running this, compare every changed cell with the report's text by hand
// (git diff) before committing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/read-report.ts';

const dir = 'test/corpus/seeds';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const r = readReport({ text: readFileSync(join(dir, f), 'utf8') });
  const golden = {
    agency: r.agency,
    year: r.year,
    template: r.template,
    table2: r.table2,
    table3: r.table3,
    table4: r.table4,
  };
  writeFileSync(join(dir, f.replace(/\.txt$/, '.golden.json')), `${JSON.stringify(golden, null, 1)}\n`);
}
