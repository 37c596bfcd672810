// Bad input never crashes the reader or the checker: truncated, line-shuffled, edited and random
// variants of the seeds and the development corpus either read to a well-formed AnnualReport
// (every cell a number or null, never NaN/undefined/negative; findings with rule, severity,
// message) or throw a ReadError. Deterministic: a fixed seed, the same inputs on every run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/check/index.ts';
import { ReadError } from '../../src/read/read-error.ts';
import { readReport } from '../../src/read/read-report.ts';
import type { AnnualReport } from '../../src/report/annual-report.ts';
import { TEMPLATES } from '../../src/report/template.ts';
import { seededRandom as prng } from '../../src/util/seeded-random.ts';

const CORPUS = ['test/corpus/seeds', 'test/corpus/dev'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
);

const SEVERITIES = new Set(['error', 'warning', 'info']);
const ERROR_CODES = new Set([
  'empty',
  'binary',
  'not-report',
  'no-tables',
  'unsupported',
  'missing',
  'scanned',
  'damaged',
]);

type Outcome = 'report' | 'read-error';

/** What a well-formed result looks like; returns a description of the first problem, if any. */
function problemOf(report: AnnualReport): string | null {
  if (report.template !== '2021' && report.template !== '2019') return `template ${report.template}`;
  const t = TEMPLATES[report.template];
  const count = (where: string, v: unknown): string | null =>
    v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0) ? null : `${where} = ${String(v)}`;
  for (const row of t.table3Rows) {
    for (const col of t.table3Columns) {
      const p = count(`table3.${row.key}.${col.key}`, report.table3[row.key]?.[col.key]);
      if (p) return p;
    }
  }
  for (const g of t.table4Groups) {
    for (const col of t.table4Columns) {
      const p = count(`table4.${g.key}.${col.key}`, report.table4[g.key]?.[col.key]);
      if (p) return p;
    }
  }
  for (const row of t.table2) {
    for (const col of row.columns) {
      const v = report.table2[row.key]?.[col.key];
      const where = `table2.${row.key}.${col.key}`;
      if (v === null) continue;
      if (col.kind === 'text') {
        // As printed, with its unit; a cell with no trace in the source comes back as the number 0.
        if (typeof v !== 'string' && v !== 0) return `${where} = ${String(v)}`;
      } else if (typeof v !== 'number' || !Number.isFinite(v)) return `${where} = ${String(v)}`;
      else if (col.kind !== 'signed' && v < 0) return `${where} = ${v}`;
      else if (col.kind === 'count' && !Number.isInteger(v)) return `${where} = ${v}`;
    }
  }
  if (report.year !== null && !Number.isInteger(report.year)) return `year ${report.year}`;
  if (!Array.isArray(report.sections)) return 'sections';
  for (const f of checkReport(report)) {
    if (typeof f.rule !== 'string' || f.rule === '') return `finding rule ${String(f.rule)}`;
    if (!SEVERITIES.has(f.severity)) return `finding severity ${String(f.severity)}`;
    if (typeof f.message !== 'string' || f.message === '') return `finding message of ${f.rule}`;
    if (typeof f.where !== 'object' || f.where === null) return `finding where of ${f.rule}`;
  }
  JSON.stringify(report); // serialisable (no cycles, no BigInt)
  return null;
}

interface Case {
  kind: string;
  from: string;
  text: string;
}

interface Tally {
  report: number;
  'read-error': number;
  slowest: { ms: number; kind: string; from: string };
  /** Milliseconds spent per kind of input (the part of the kind before any number). */
  time: Record<string, number>;
}

/** Runs one input; throws (with the input described) on anything but a clean result. */
function run(c: Case, tally: Tally): Outcome {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    const report = readReport({ text: c.text, file: `${c.from}#${c.kind}` });
    const problem = problemOf(report);
    if (problem) throw new Error(`malformed report (${problem})`);
    outcome = 'report';
  } catch (e) {
    if (!(e instanceof ReadError)) {
      const err = e as Error;
      throw new Error(
        `${c.kind} of ${c.from}: ${err?.stack ?? String(e)}\n--- input (${c.text.length} chars) ---\n${c.text.slice(0, 600)}`,
      );
    }
    expect(ERROR_CODES.has(e.code), `ReadError code ${e.code}`).toBe(true);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    outcome = 'read-error';
  }
  const ms = performance.now() - t0;
  if (ms > tally.slowest.ms) tally.slowest = { ms, kind: c.kind, from: c.from };
  // FUZZ_DUMP=DIR keeps the slow inputs (over 300 ms) for profiling.
  if (ms > 300 && process.env.FUZZ_DUMP) {
    writeFileSync(`${process.env.FUZZ_DUMP}/slow-${Math.round(ms)}ms.txt`, c.text);
  }
  const kind = c.kind.replace(/ [x\d].*$/, '');
  tally.time[kind] = (tally.time[kind] ?? 0) + ms;
  tally[outcome]++;
  return outcome;
}

// ------------------------------------------------------------------ variants of real reports

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

function shuffle<T>(rand: Rand, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rand, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function variants(rand: Rand, name: string, text: string, scale: number): Case[] {
  const out: Case[] = [];
  const n = (k: number) => Math.max(2, Math.round(k * scale));
  // Truncated: every (length/k)-th prefix, plus a few at random places.
  const prefixes = n(20);
  for (let i = 1; i <= prefixes; i++) {
    out.push({
      kind: `prefix ${i}/${prefixes}`,
      from: name,
      text: text.slice(0, Math.floor((text.length * i) / (prefixes + 1))),
    });
  }
  for (let i = 0; i < n(4); i++)
    out.push({ kind: 'prefix random', from: name, text: text.slice(0, int(rand, text.length)) });
  // Suffixes (the start cut off).
  for (let i = 0; i < n(3); i++)
    out.push({ kind: 'suffix', from: name, text: text.slice(int(rand, text.length)) });
  // Lines shuffled: all of them, or a few swapped, or a block moved.
  const lines = text.split('\n');
  for (let i = 0; i < n(3); i++)
    out.push({ kind: 'lines shuffled', from: name, text: shuffle(rand, lines).join('\n') });
  for (let i = 0; i < n(4); i++) {
    const ls = [...lines];
    for (let k = 0; k < 1 + int(rand, 6); k++) {
      const a = int(rand, ls.length);
      const b = int(rand, ls.length);
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
    }
    out.push({ kind: 'lines swapped', from: name, text: ls.join('\n') });
  }
  for (let i = 0; i < n(2); i++) {
    const a = int(rand, lines.length);
    const block = lines.slice(a, a + 1 + int(rand, 20));
    const rest = [...lines.slice(0, a), ...lines.slice(a + block.length)];
    const at = int(rand, rest.length);
    out.push({
      kind: 'block moved',
      from: name,
      text: [...rest.slice(0, at), ...block, ...rest.slice(at)].join('\n'),
    });
  }
  // Characters deleted, duplicated, replaced (digits most often: they are what the reader splits).
  for (let i = 0; i < n(16); i++) {
    const chars = [...text];
    const edits = 1 + int(rand, i % 3 === 0 ? 200 : 8);
    for (let k = 0; k < edits; k++) {
      const at = int(rand, chars.length);
      const op = int(rand, 4);
      if (op === 0) chars.splice(at, 1 + int(rand, 3));
      else if (op === 1) chars.splice(at, 0, ...chars.slice(at, at + 1 + int(rand, 5)));
      else if (op === 2) chars[at] = String(int(rand, 10));
      else
        chars.splice(
          at,
          0,
          ['\n', '\t', ' ', '|', '　', '．', '、', '（', '）', '<td>', '</tr>'][int(rand, 11)]!,
        );
    }
    out.push({ kind: `edited x${edits}`, from: name, text: chars.join('') });
  }
  return out;
}

// ------------------------------------------------------------------ random inputs

const KEYWORDS = [
  '政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '第二十条第（一）项',
  '信息内容',
  '本年新收',
  '上年结转',
  '（一）予以公开',
  '（三）不予公开',
  '1.属于国家秘密',
  '2.',
  '（七）总计',
  '四、结转下年度继续办理',
  '行政复议',
  '结果维持',
  '总计',
  '自然人',
  '行政事业性收费',
  '2023年',
  '0',
  '00000000',
  '１２３',
  '-',
  '/',
  '——',
  '+5',
  '3.14',
  '\t',
  '\n',
  ' ',
  '|',
  '| --- |',
];

const HTML_BITS = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<tbody>',
  '&nbsp;',
  '&#12345;',
  '&amp;',
  '<p>',
  '<br>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<td rowspan="%">',
  '<td colspan="%">',
  '<td rowspan="%" colspan="%">',
];
const SPANS = ['0', '1', '2', '3', '7', '25', '1000', '65534', '-1', 'x', ''];

function randomCases(rand: Rand, count: number): Case[] {
  const out: Case[] = [];
  const randomString = (len: number, pick: () => string) => Array.from({ length: len }, pick).join('');
  // Kinds in turn; the two soups (which reach the table solver) half as often as the rest.
  const kinds = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3];
  for (let i = 0; i < count; i++) {
    const len = 1 + int(rand, i % 10 === 0 ? 20000 : 2000);
    switch (kinds[i % kinds.length]) {
      case 0: {
        const bytes = Uint8Array.from({ length: len }, () => int(rand, 256));
        out.push({ kind: 'random bytes utf8', from: '-', text: new TextDecoder().decode(bytes) });
        break;
      }
      case 1: {
        const bytes = Uint8Array.from({ length: len }, () => int(rand, 256));
        out.push({ kind: 'random bytes latin1', from: '-', text: new TextDecoder('latin1').decode(bytes) });
        break;
      }
      case 2:
        out.push({
          kind: 'random CJK',
          from: '-',
          text: randomString(len, () => String.fromCharCode(0x4e00 + int(rand, 0x9fff - 0x4e00))),
        });
        break;
      case 3:
        out.push({
          kind: 'random digits',
          from: '-',
          text: `政府信息公开${randomString(len, () => '0123456789          \n\t.'[int(rand, 23)]!)}`,
        });
        break;
      case 4:
        out.push({
          kind: 'keyword soup',
          from: '-',
          text: randomString(1 + int(rand, 100), () =>
            rand() < 0.4
              ? String(int(rand, rand() < 0.8 ? 10 : 100000))
              : KEYWORDS[int(rand, KEYWORDS.length)]!,
          ),
        });
        break;
      default:
        out.push({
          kind: 'html soup',
          from: '-',
          text: `<html><body>${randomString(1 + int(rand, 150), () => {
            const r = rand();
            if (r < 0.5)
              return HTML_BITS[int(rand, HTML_BITS.length)]!.replace(
                /%/g,
                () => SPANS[int(rand, SPANS.length)]!,
              );
            if (r < 0.8) return KEYWORDS[int(rand, KEYWORDS.length)]!;
            return String(int(rand, 1000));
          })}`,
        });
    }
  }
  return out;
}

// ------------------------------------------------------------------ the tests

describe('fuzz: the reader and checker give a clean result or a ReadError', () => {
  const tally: Tally = { report: 0, 'read-error': 0, slowest: { ms: 0, kind: '', from: '' }, time: {} };

  for (const { name, text } of CORPUS) {
    it(`variants of ${name}`, () => {
      const rand = prng(0x5eed ^ name.length ^ text.length);
      // The large HTML page is slow to read: fewer variants of it.
      const cases = variants(rand, name, text, text.length > 50_000 ? 0.4 : 1);
      const outcomes = cases.map((c) => run(c, tally));
      // The unchanged report still reads (sanity: the variants start from real reports).
      expect(run({ kind: 'original', from: name, text }, tally)).toBe('report');
      expect(outcomes.length).toBeGreaterThan(20);
    });
  }

  it('random inputs', () => {
    const cases = randomCases(prng(20240131), 1500);
    for (const c of cases) run(c, tally);
    expect(tally['read-error']).toBeGreaterThan(0);
  });

  it('tally', () => {
    // Printed for the record: how many inputs read, how many were refused, the slowest one.
    console.info(
      `fuzz: ${tally.report} read, ${tally['read-error']} ReadError; slowest ${tally.slowest.ms.toFixed(0)} ms (${tally.slowest.kind} of ${tally.slowest.from}); ms by kind ${JSON.stringify(Object.fromEntries(Object.entries(tally.time).map(([k, v]) => [k, Math.round(v)])))}`,
    );
    expect(tally.report + tally['read-error']).toBeGreaterThan(2000);
  });
});
