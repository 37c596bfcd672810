// Developer aid: read each development report and list the cells that differ from its truth file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/read-report.ts';
import { type TruthTables, truthMismatches } from '../test/support/truth-cells.ts';

const dir = process.argv[2] ?? 'test/corpus/dev';
let wrong = 0;
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
  const cells = truthMismatches(report, truth as TruthTables);
  diffs.push(...cells);
  wrong += cells.length;
  console.log(`${f}: ${diffs.length ? `${diffs.length} diffs` : 'ok'}`);
  for (const d of diffs.slice(0, 30)) console.log(`   ${d}`);
}
console.log(`cells wrong: ${wrong}`);
