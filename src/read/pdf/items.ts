// Text items of a page with their geometry, in top-left page coordinates (points): what lines,
// tables and provenance are rebuilt from.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { transform } from './pdfjs.ts';

/** The fields of pdfjs' TextItem used here (marked-content entries have no str). */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface Item {
  page: number;
  str: string;
  /** Left edge and width. */
  x: number;
  w: number;
  /** Baseline, and the glyph height (≈ font size). */
  y: number;
  h: number;
}

export interface PageItems {
  page: number;
  width: number;
  height: number;
  items: Item[];
}

export async function pageItems(page: PDFPageProxy): Promise<PageItems> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const raw of content.items) {
    const it = raw as TextItem;
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    // The text matrix on the page as shown (after /Rotate): [a b c d e f].
    const [a, b, c, d, e, f] = transform(viewport.transform, it.transform);
    // Only left-to-right horizontal text: rotated runs (stamps, margin notes) are not report content.
    if (!(a! > 0) || Math.abs(b!) > 0.01 * a! || Math.abs(c!) > 0.01 * Math.abs(d!)) continue;
    const scale = Math.hypot(a!, b!) / Math.hypot(it.transform[0]!, it.transform[1]!) || 1;
    const h = Math.abs(d!) || Math.abs(it.height) * scale;
    items.push({ page: page.pageNumber, str: it.str, x: e!, w: it.width * scale, y: f!, h });
  }
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, items };
}
