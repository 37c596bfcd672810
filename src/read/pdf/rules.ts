// Ruling lines of a page (table borders), from its drawing operators: stroked segments, and the
// thin filled rectangles that Word, LibreOffice and Chromium draw cell borders with.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs, transform } from './pdfjs.ts';

/** A horizontal (at = y, from/to = x) or vertical (at = x, from/to = y) line, page coordinates. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface PageRules {
  h: Rule[];
  v: Rule[];
}

type Matrix = number[];
type Ops = Awaited<ReturnType<typeof loadPdfjs>>['OPS'];
const THIN = 2.5; // a filled rectangle thinner than this (pt) is a line
const MIN_LEN = 3;

export async function pageRules(page: PDFPageProxy): Promise<PageRules> {
  const { OPS } = await loadPdfjs();
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const out: PageRules = { h: [], v: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport.transform;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = transform(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
        ctm = transform(ctm, args[0] as ArrayLike<number>);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) addPath(out, OPS, args[0], args[1]?.[0], ctm);
  }
  return out;
}

function addPath(
  out: PageRules,
  OPS: Ops,
  paint: number,
  path: Float32Array | null | undefined,
  ctm: Matrix,
): void {
  if (!path || paint === OPS.endPath) return; // clipping paths draw nothing
  const filled = paint !== OPS.stroke && paint !== OPS.closeStroke;
  for (const sub of subpaths(path, ctm)) {
    if (sub.curved) continue;
    if (filled) addBox(out, sub.points);
    else for (let k = 1; k < sub.points.length; k++) addSegment(out, sub.points[k - 1]!, sub.points[k]!);
  }
}

/** Subpaths as point lists in page coordinates (pdfjs DrawOPS: 0 moveTo, 1 lineTo, 2/3 curves, 4 close). */
function subpaths(path: Float32Array, ctm: Matrix): { points: number[][]; curved: boolean }[] {
  const subs: { points: number[][]; curved: boolean }[] = [];
  let cur: { points: number[][]; curved: boolean } | null = null;
  const pt = (x: number, y: number) => [
    x * ctm[0]! + y * ctm[2]! + ctm[4]!,
    x * ctm[1]! + y * ctm[3]! + ctm[5]!,
  ];
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === 0) {
      cur = { points: [pt(path[i]!, path[i + 1]!)], curved: false };
      subs.push(cur);
      i += 2;
    } else if (op === 1) {
      cur?.points.push(pt(path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === 2 || op === 3) {
      if (cur) cur.curved = true;
      i += op === 2 ? 6 : 4;
    } else if (op === 4) {
      if (cur && cur.points.length > 1) cur.points.push(cur.points[0]!);
    } else break;
  }
  return subs;
}

function addBox(out: PageRules, points: number[][]): void {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 <= THIN && x1 - x0 >= MIN_LEN) out.h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LEN) out.v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
  // Larger filled areas are shading or images, not borders.
}

function addSegment(out: PageRules, a: number[], b: number[]): void {
  const [dx, dy] = [Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!)];
  if (dy < 0.5 && dx >= MIN_LEN)
    out.h.push({ at: (a[1]! + b[1]!) / 2, from: Math.min(a[0]!, b[0]!), to: Math.max(a[0]!, b[0]!) });
  else if (dx < 0.5 && dy >= MIN_LEN)
    out.v.push({ at: (a[0]! + b[0]!) / 2, from: Math.min(a[1]!, b[1]!), to: Math.max(a[1]!, b[1]!) });
}
