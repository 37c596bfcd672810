// The demo report's renderings against the reviewed golden files (test/golden/annual/, written by
// scripts/write-annual-golden.ts, pages looked at with scripts/review-report.sh). Compared as
// normalised content, not zip bytes (DOCX and XLSX carry their creation time): the HTML as is,
// every XML part of the DOCX but its timestamps, and every cell of the XLSX with its formula and
// cached result, and its merges.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cachedResults } from '../../test/support/xlsx-cached.ts';
import { renderDocx, renderHtml, renderXlsx } from '../render/index.ts';
import { assembleReport } from './assemble.ts';
import { demoInput } from './test-kit.ts';

const golden = (ext: string) => readFileSync(`test/golden/annual/demo-2025.${ext}`);
const report = assembleReport(demoInput(2025, 1, 2025, true));
const REGENERATE = 'node --import tsx scripts/write-annual-golden.ts, then review the pages';

/** The XML parts of a DOCX but docProps/core.xml (its timestamps), one element per line. */
async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml' || zip.files[name]!.dir) continue;
    parts[name] = (await zip.file(name)!.async('string')).replace(/></g, '>\n<');
  }
  return parts;
}

/** Every sheet's cells ('D5 =SUM(D7:D27) → 140', 'A1 二、…') and merges. */
async function xlsxCells(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cached = await cachedResults(bytes, wb.worksheets.length);
  const out: Record<string, string[]> = {};
  wb.worksheets.forEach((ws, i) => {
    const lines: string[] = [`merges ${[...(ws.model.merges ?? [])].sort().join(' ')}`];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const shown =
          v && typeof v === 'object' && 'formula' in v
            ? `=${v.formula} → ${cached[i]!.get(cell.address)}`
            : JSON.stringify(v);
        lines.push(`${cell.address} ${shown}${cell.note ? ` [${JSON.stringify(cell.note)}]` : ''}`);
      }),
    );
    out[ws.name] = lines;
  });
  return out;
}

describe(`golden renderings of the demo report (to regenerate: ${REGENERATE})`, () => {
  it('HTML', () => {
    expect(renderHtml(report)).toBe(golden('html').toString('utf8'));
  });

  it('DOCX: document, styles, footers, fonts', async () => {
    expect(await docxParts(await renderDocx(report))).toEqual(await docxParts(golden('docx')));
  });

  it('XLSX: cells, formulas with their results, merges', async () => {
    expect(await xlsxCells(await renderXlsx(report))).toEqual(await xlsxCells(golden('xlsx')));
  });
});
