// Page furniture: running headers and footers (the same text at the top or bottom of most pages)
// and page numbers ("- 3 -", "第3页", "3/6"). They sit in the page margins and would otherwise
// land in the middle of sentences and tables that run over a page break.
import type { Line } from './lines.ts';

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

const PAGE_NUMBER_BAND = 0.16;
const BAND = 0.09; // top and bottom margin bands, as a share of the page height
const DECORATED_NUMBER = [
  /^[-—–－_~·.\s]*\d{1,4}[-—–－_~·.\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/** What a running header or footer keeps from page to page: its text less the numbers, and its
 * distance from the top or bottom edge (so a page-1 title is not taken for the running title). */
function shape(line: Line, height: number): string {
  const edge = line.y < height / 2 ? `t${Math.round(line.y / 6)}` : `b${Math.round((height - line.y) / 6)}`;
  return `${edge}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
}

function inBand(line: Line, height: number, band = BAND): boolean {
  return line.y < height * band || line.top > height * (1 - band);
}

function isPageNumber(line: Line, page: number): boolean {
  const t = line.text.trim();
  // A bare number is a page number only if it is this page's number: a lone table value can sit
  // near the bottom of a page too.
  if (/^\d{1,4}$/.test(t)) return Number(t) === page;
  return DECORATED_NUMBER.some((re) => re.test(t));
}

/** The pages' lines without headers, footers and page numbers. */
export function dropFurniture(pages: PageLines[]): PageLines[] {
  const seen = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const line of p.lines) {
      if (!inBand(line, p.height)) continue;
      const key = shape(line, p.height);
      const set = seen.get(key) ?? new Set<number>();
      set.add(p.page);
      seen.set(key, set);
    }
  }
  const repeatedMin = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) => ({
    ...p,
    lines: p.lines.filter((line) => {
      // Official documents (GB/T 9704) print '— 1 —' about 7 mm under a 35 mm bottom margin:
      // further from the edge than running headers, so page numbers get a wider band.
      if (isPageNumber(line, p.page) && inBand(line, p.height, PAGE_NUMBER_BAND)) return false;
      if (!inBand(line, p.height)) return true;
      return pages.length < 2 || (seen.get(shape(line, p.height))?.size ?? 0) < repeatedMin;
    }),
  }));
}
