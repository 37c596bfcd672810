import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './files.ts';

describe('expandInputs', () => {
  it('a folder gives its reports in every form, recursively and sorted, and leaves other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-files-'));
    mkdirSync(join(dir, '2023'));
    const names = ['b.pdf', 'a.htm', '2023/c.docx', '2023/d.mht', '2023/e.xlsx', 'f.txt', 'g.md'];
    const others = ['logo.png', 'style.css', 'a.truth.json', '.hidden.txt'];
    for (const n of [...names, ...others]) writeFileSync(join(dir, n), 'x');
    const found = (await expandInputs([dir])).map((p) => p.slice(dir.length + 1));
    expect(found).toEqual(['2023/c.docx', '2023/d.mht', '2023/e.xlsx', 'a.htm', 'b.pdf', 'f.txt', 'g.md']);
  });

  it('files named on the command line are kept as given, even missing ones', async () => {
    expect(await expandInputs(['no-such.pdf', 'logo.png'])).toEqual(['no-such.pdf', 'logo.png']);
  });
});
