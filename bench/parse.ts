// Throughput and memory of reading + checking yearly reports, single process, on the corpus
// (test/corpus/seeds and test/corpus/dev). Run by hand:
//   node --import tsx bench/parse.ts                 full run (timed rounds, then 100,000 reports)
//   node --import tsx bench/parse.ts --reports 20000 a shorter memory loop
// Target (issue 2): at least 2,000 seed-sized text reports per second on one core, and memory
// flat over 100,000 reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkReport } from '../src/check/index.ts';
import { readReport } from '../src/read/read-report.ts';

interface Input {
  file: string;
  kind: string;
  text: string;
}

const TARGET = 2000;
const ROUNDS = 7;
const ROUND_MS = 300;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function kindOf(dir: string, file: string, text: string): string {
  if (dir.endsWith('seeds')) return 'seed text';
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.md')) return 'markdown';
  // Crawled page text: white space collapsed, no line structure inside the tables.
  return text.split('\n').length < 40 ? 'crawled text' : 'text';
}

function loadCorpus(): Input[] {
  return ['test/corpus/seeds', 'test/corpus/dev'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .sort()
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return { file: f, kind: kindOf(dir, f, text), text };
      }),
  );
}

let sink = 0;
function parseAndCheck(input: Input): void {
  const report = readReport({ text: input.text, file: input.file });
  sink += checkReport(report).length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Reports per second for a set of inputs, cycling them for about `ms` milliseconds. */
function rate(inputs: Input[], ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    parseAndCheck(inputs[n % inputs.length]!);
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

function throughput(corpus: Input[]): void {
  for (const input of corpus) for (let i = 0; i < 10; i++) parseAndCheck(input); // warm-up
  const kinds = [...new Set(corpus.map((c) => c.kind))];
  const perFile = new Map<string, number[]>();
  const perKind = new Map<string, number[]>();
  const overall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of corpus) {
      const r = rate([input], ROUND_MS / 3);
      perFile.set(input.file, [...(perFile.get(input.file) ?? []), r]);
    }
    for (const kind of kinds) {
      const r = rate(
        corpus.filter((c) => c.kind === kind),
        ROUND_MS,
      );
      perKind.set(kind, [...(perKind.get(kind) ?? []), r]);
    }
    overall.push(rate(corpus, ROUND_MS * 2));
  }
  console.log(`\nthroughput: readReport + checkReport, median of ${ROUNDS} rounds (reports/s)`);
  console.log('per file:');
  for (const input of corpus) {
    const r = median(perFile.get(input.file)!);
    console.log(
      `  ${input.file.padEnd(28)} ${input.kind.padEnd(13)} ${String(input.text.length).padStart(7)} chars ${r.toFixed(0).padStart(7)}/s  ${(1000 / r).toFixed(2)} ms/report`,
    );
  }
  console.log('per file type:');
  for (const kind of kinds) {
    console.log(`  ${kind.padEnd(13)} ${median(perKind.get(kind)!).toFixed(0).padStart(7)}/s`);
  }
  const seeds = median(perKind.get('seed text') ?? [0]);
  console.log(
    `  ${'overall'.padEnd(13)} ${median(overall).toFixed(0).padStart(7)}/s (every corpus file in turn)`,
  );
  console.log(
    `target: ${TARGET} seed-sized text reports/s on one core: ${seeds >= TARGET ? 'MET' : 'NOT MET'} (${seeds.toFixed(0)}/s, ${((seeds / TARGET) * 100).toFixed(0)}% of target)`,
  );
}

/** A full garbage collection before each memory sample, with or without --expose-gc. */
function fullGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function memory(corpus: Input[], total: number): void {
  const every = Math.max(1, Math.round(total / 10));
  const gc = fullGc();
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `\nmemory: ${total} reports, cycling the ${corpus.length} corpus files; sample every ${every}${gc ? ' (after a full GC)' : ' (no --expose-gc: heap includes garbage)'}`,
  );
  console.log('   reports      rss MB   heapUsed MB   elapsed s');
  const samples: { heap: number; rss: number }[] = [];
  const start = performance.now();
  const sample = (n: number) => {
    gc?.();
    const m = process.memoryUsage();
    samples.push({ heap: m.heapUsed, rss: m.rss });
    console.log(
      `${String(n).padStart(10)} ${mb(m.rss).padStart(11)} ${mb(m.heapUsed).padStart(13)} ${((performance.now() - start) / 1000).toFixed(1).padStart(11)}`,
    );
  };
  sample(0);
  for (let n = 1; n <= total; n++) {
    parseAndCheck(corpus[n % corpus.length]!);
    if (n % every === 0) sample(n);
  }
  // Flat: after the first sample (warm-up), the heap and RSS do not keep growing.
  const steady = samples.slice(2);
  const heapGrowth = steady.length > 1 ? steady.at(-1)!.heap - steady[0]!.heap : 0;
  const rssGrowth = steady.length > 1 ? steady.at(-1)!.rss - steady[0]!.rss : 0;
  const maxHeap = Math.max(...steady.map((s) => s.heap));
  const minHeap = Math.min(...steady.map((s) => s.heap));
  const flat = heapGrowth < 10 * 1024 * 1024 && rssGrowth < 50 * 1024 * 1024;
  console.log(
    `memory flat: ${flat ? 'yes' : 'NO'} (from sample 2 to the last: heapUsed ${heapGrowth >= 0 ? '+' : ''}${mb(heapGrowth)} MB, range ${mb(minHeap)}-${mb(maxHeap)} MB; rss ${rssGrowth >= 0 ? '+' : ''}${mb(rssGrowth)} MB)`,
  );
  console.log(`${(total / ((performance.now() - start) / 1000)).toFixed(0)} reports/s over the loop`);
}

const corpus = loadCorpus();
console.log(
  `node ${process.version}, ${corpus.length} corpus files: ${[...new Set(corpus.map((c) => c.kind))]
    .map((k) => `${corpus.filter((c) => c.kind === k).length} ${k}`)
    .join(', ')}`,
);
throughput(corpus);
memory(corpus, arg('--reports', 100_000));
if (sink < 0) console.log(sink); // keep the work observable
