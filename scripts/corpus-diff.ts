// Developer aid: read each development report and list the cells that differ from its truth file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/read-report.ts';

const dir = process.argv[2] ?? 'test/corpus/dev';
let wrong = 0;
let total = 0;
for (const f of readdirSync(dir)
  .filter((f) => !f.endsWith('.json'))
  .sort()) {
  const truthPath = join(dir, f.replace(/\.[^.]+$/, '.truth.json'));
  let truth: Record<string, unknown>;
  try {
    truth = JSON.parse(readFileSync(truthPath, 'utf8'));
  } catch {
    continue;
  }
  const report = readReport({ text: readFileSync(join(dir, f), 'utf8'), file: f });
  const diffs: string[] = [];
  for (const k of ['agency', 'year', 'template'] as const) {
    if (String(truth[k]) !== String(report[k])) diffs.push(`${k}: got ${report[k]} want ${truth[k]}`);
  }
  for (const t of ['table2', 'table3', 'table4'] as const) {
    const want = truth[t] as Record<string, Record<string, unknown>> | null;
    if (!want) continue;
    const got = report[t] as Record<string, Record<string, unknown>>;
    for (const [row, cols] of Object.entries(want)) {
      const keys = Object.keys(got[row] ?? {});
      for (const col of keys) {
        total++;
        const w = cols?.[col] ?? null;
        const g = got[row]?.[col] ?? null;
        if (w !== g) {
          wrong++;
          diffs.push(`${t}.${row}.${col}: got ${g} want ${w}`);
        }
      }
    }
  }
  console.log(`${f}: ${diffs.length ? `${diffs.length} diffs` : 'ok'}`);
  for (const d of diffs.slice(0, 30)) console.log(`   ${d}`);
}
console.log(`cells wrong: ${wrong}/${total}`);
