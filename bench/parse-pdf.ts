// Benchmark: PDF and DOCX fixtures read and checked (layout reader + readSourceDoc + checkReport),
// against poppler's `pdftotext -layout` on the same files as the baseline for raw text-layer
// extraction. Run: node --import tsx bench/parse-pdf.ts [rounds]
// Targets (issue 3): a 6-page PDF report read and checked in under 150 ms on one core, and all
// fixtures within 3x of pdftotext -layout.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../src/check/index.ts';
import { readDocxLayout } from '../src/read/docx/index.ts';
import { readPdfLayout } from '../src/read/pdf/index.ts';
import { openPdf } from '../src/read/pdf/load.ts';
import { readSourceDoc } from '../src/read/read-report.ts';

const rounds = Number(process.argv[2] ?? 7);
const SIX_PAGE_TARGET_MS = 150;
const RATIO_TARGET = 3;
const root = join(import.meta.dirname, '..', 'test', 'fixtures');
const list = (sub: string, ext: string) =>
  readdirSync(join(root, sub))
    .filter((f) => f.endsWith(ext))
    .map((f) => join(root, sub, f));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Pages of a PDF: the last page any block was read from. */
async function pagesOf(bytes: Uint8Array): Promise<number> {
  const doc = await readPdfLayout(bytes);
  return Math.max(
    ...doc.blocks.map((b) => (b.kind === 'text' ? b.loc.page : b.rows.at(-1)?.[0]?.loc.page) ?? 1),
  );
}

/** pdfjs' text layer alone (open, text items of every page): the part pdftotext also does. */
async function textLayer(bytes: Uint8Array): Promise<void> {
  const doc = await openPdf(bytes);
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await doc.destroy();
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

async function benchPdf(): Promise<void> {
  const files = list('pdf', '.pdf');
  // Warm up pdfjs (module, worker, CMaps) once: a CLI pays this once per run, not per file.
  await readPdfLayout(new Uint8Array(readFileSync(files[0]!)));
  let ours = 0;
  let theirs = 0;
  let layer = 0;
  let pages = 0;
  const sixPage: number[] = [];
  console.log('file                               pages   ours ms  text layer ms  pdftotext ms');
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const t: number[] = [];
    for (let i = 0; i < rounds; i++)
      t.push(await time(async () => checkReport(readSourceDoc(await readPdfLayout(bytes)))));
    const l: number[] = [];
    for (let i = 0; i < rounds; i++) l.push(await time(() => textLayer(bytes)));
    layer += median(l);
    const p: number[] = [];
    if (hasPdftotext) {
      for (let i = 0; i < rounds; i++)
        p.push(await time(() => execFileSync('pdftotext', ['-layout', file, '-'])));
    }
    const n = await pagesOf(bytes);
    if (n === 6) sixPage.push(median(t));
    pages += n;
    ours += median(t);
    theirs += p.length ? median(p) : 0;
    const name = file.slice(root.length + 5).padEnd(34);
    console.log(
      `${name} ${String(n).padStart(5)} ${median(t).toFixed(1).padStart(9)} ${median(l).toFixed(1).padStart(14)} ${p.length ? median(p).toFixed(1).padStart(13) : '            -'}`,
    );
  }
  console.log(
    `PDF: ${files.length} reports, ${pages} pages; ${(pages / (ours / 1000)).toFixed(1)} pages/s, ${(files.length / (ours / 1000)).toFixed(1)} reports/s (median per file, summed: ${ours.toFixed(0)} ms)`,
  );
  if (hasPdftotext) {
    console.log(
      `pdftotext -layout (process spawn included): ${theirs.toFixed(0)} ms, ${(pages / (theirs / 1000)).toFixed(1)} pages/s; ratio ours/pdftotext = ${(ours / theirs).toFixed(2)}`,
    );
    console.log(
      `text layer alone (pdfjs open + text items, all pages): ${layer.toFixed(0)} ms; ratio to pdftotext = ${(layer / theirs).toFixed(2)}`,
    );
    console.log(
      `target: within ${RATIO_TARGET}x of pdftotext -layout: ${ours / theirs <= RATIO_TARGET ? 'MET' : 'NOT MET'}`,
    );
  } else console.log('pdftotext not found (apt-get install poppler-utils): baseline skipped');
  for (const ms of sixPage) {
    console.log(
      `target: a 6-page report read and checked in under ${SIX_PAGE_TARGET_MS} ms: ${ms < SIX_PAGE_TARGET_MS ? 'MET' : 'NOT MET'} (${ms.toFixed(1)} ms)`,
    );
  }
}

async function benchDocx(): Promise<void> {
  const files = list('docx', '.docx');
  await readDocxLayout(new Uint8Array(readFileSync(files[0]!)));
  let total = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const t: number[] = [];
    for (let i = 0; i < rounds; i++)
      t.push(await time(async () => checkReport(readSourceDoc(await readDocxLayout(bytes)))));
    total += median(t);
  }
  console.log(
    `DOCX: ${files.length} reports; ${(files.length / (total / 1000)).toFixed(1)} reports/s (${(total / files.length).toFixed(1)} ms median per report)`,
  );
}

await benchPdf();
await benchDocx();
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
