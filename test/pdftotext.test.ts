// Text that poppler's pdftotext extracts from the PDF fixtures (with -layout, and one in its raw
// reading order), read as plain text: every cell as in the report the PDF was made from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/read/read-report.ts';
import { truthMismatches } from './support/truth-cells.ts';

const DIR = 'test/fixtures/pdftotext';

describe('pdftotext output read as text', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
    it(f, () => {
      const expected = JSON.parse(
        readFileSync(
          join('test/fixtures/pdf', `${f.replace(/\.(layout|raw)\.txt$/, '')}.expected.json`),
          'utf8',
        ),
      );
      const r = readReport({ text: readFileSync(join(DIR, f), 'utf8') });
      expect(truthMismatches(r, expected)).toEqual([]);
    });
  }
});
