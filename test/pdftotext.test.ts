// Text that poppler's pdftotext extracts from the PDF fixtures, read as plain text. With -layout
// (and -raw), rows stay together: every cell as in the report the PDF was made from. Without
// options, pdftotext may emit a table column by column, each cell on its own line after the
// labels (LibreOffice PDFs): the cells it cannot place must be null with a reason, never a wrong
// number (or a zero for a table taken to be blank).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/read/read-report.ts';
import { truthMismatches } from './support/truth-cells.ts';

const DIR = 'test/fixtures/pdftotext';
const MODE = /\.(layout|raw|default)\.txt$/;

function read(f: string) {
  const expected = JSON.parse(
    readFileSync(join('test/fixtures/pdf', `${f.replace(MODE, '')}.expected.json`), 'utf8'),
  );
  return { report: readReport({ text: readFileSync(join(DIR, f), 'utf8') }), expected };
}

const files = readdirSync(DIR).filter((x) => MODE.test(x));

describe('pdftotext output read as text', () => {
  for (const f of files.filter((x) => !x.endsWith('.default.txt'))) {
    it(f, () => {
      const { report, expected } = read(f);
      expect(truthMismatches(report, expected)).toEqual([]);
    });
  }
  for (const f of files.filter((x) => x.endsWith('.default.txt'))) {
    it(`${f}: no wrong number, null with a reason where a cell cannot be placed`, () => {
      const { report, expected } = read(f);
      expect(truthMismatches(report, expected).filter((m) => !m.includes(': read null,'))).toEqual([]);
      for (const table of ['table3', 'table4'] as const) {
        for (const [row, cols] of Object.entries(report[table] as Record<string, Record<string, unknown>>)) {
          for (const [col, v] of Object.entries(cols)) {
            if (v === null) expect(report.provenance[table][row]?.[col]?.reason).toBeTruthy();
          }
        }
      }
    });
  }
});
