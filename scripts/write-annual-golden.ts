// Writes the golden renderings of the demo yearly report (test/golden/annual/): the draft that
// `gongkai demo seed --year 2025 --seed 1` and `gongkai report build --year 2025` make, as HTML,
// DOCX and XLSX. A golden file is a reviewed expectation: after running this, look at the pages
// (bash scripts/review-report.sh) and at `git diff` of the HTML before committing.
//
//   node --import tsx scripts/write-annual-golden.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleReport } from '../src/annual/index.ts';
import { demoInput } from '../src/annual/test-kit.ts';
import { renderDocx, renderHtml, renderXlsx } from '../src/render/index.ts';

const GOLDEN_DIR = 'test/golden/annual';
const GOLDEN_NAME = 'demo-2025';

const report = assembleReport(demoInput(2025, 1, 2025, true));
mkdirSync(GOLDEN_DIR, { recursive: true });
const path = (ext: string) => join(GOLDEN_DIR, `${GOLDEN_NAME}.${ext}`);
writeFileSync(path('html'), renderHtml(report));
writeFileSync(path('docx'), await renderDocx(report));
writeFileSync(path('xlsx'), await renderXlsx(report));
console.log(`written: ${['html', 'docx', 'xlsx'].map(path).join(', ')}`);
