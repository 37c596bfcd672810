// Finds the six sections and the three tables' regions. Headings are recognised by their titles
// (numbering varies: 一、 （一） 01 第一部分), and tables by their own labels; where a title occurs
// more than once (a sub-heading of 一 may read 主动公开政府信息情况), the occurrence right before
// the table it introduces wins.
import { SECTIONS, type SectionDef } from '../report/template.ts';
import { type FlatDoc, toCompact, toFlat } from './flat-doc.ts';

export interface Heading {
  section: SectionDef;
  /** Flat offsets: start of the numbering, end of the title. */
  start: number;
  end: number;
  printedNumber: string;
  title: string;
}

export interface Outline {
  headings: (Heading | undefined)[];
  /** Out-of-order headings: a section's heading found only before an earlier section's. */
  misplaced: Heading[];
  table2?: Region;
  table3?: Region;
  table4?: Region;
}

export interface Region {
  from: number;
  to: number;
}

const PREFIX =
  /第([一二三四五六七])部分|([一二三四五六七八九十]{1,2})[、.．，]|（([一二三四五六七八九十]{1,2})）|(0[1-9])(?=[\u4e00-\u9fff])/g;
const BOUNDARY_BEFORE = /(^|[\s。；;！？!?：:」”"』】）)\d]|\.)$/;

export function findOutline(doc: FlatDoc): Outline {
  const cands = SECTIONS.map(() => [] as Heading[]);
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(doc.compact); m !== null; m = PREFIX.exec(doc.compact)) {
    const flatStart = toFlat(doc, m.index);
    const before = doc.text.slice(Math.max(0, flatStart - 1), flatStart);
    // Crawled text glues headings to whatever precedes them, so any boundary will do, except
    // inside a numeral ('第三、四部分'); '01 主动公开' counts only at the start of a line.
    if (m[2] && /[一二三四五六七八九十第]$/.test(before)) continue;
    if (m[4] && (!/^$|\n/.test(before) || doc.text.slice(flatStart, flatStart + 2) !== m[4])) continue;
    if (m[1] && !BOUNDARY_BEFORE.test(before) && /[\u4e00-\u9fff]$/.test(before)) continue;
    const titleAt = m.index + m[0].length;
    const head = doc.compact.slice(titleAt, titleAt + 30);
    const maybe = sectionsMaybeNamed(head);
    if (maybe === 0) continue;
    SECTIONS.forEach((s, i) => {
      if ((maybe & (1 << i)) === 0) return;
      const hit = bestAnchor(head, s);
      if (hit === null) return;
      const titleLen = titleLength(head, s, hit);
      cands[i]!.push({
        section: s,
        start: flatStart,
        end: toFlat(doc, titleAt + titleLen - 1) + 1,
        printedNumber: m[0],
        title: head.slice(0, titleLen),
      });
    });
  }
  return choose(doc, cands);
}

// A section's anchor counts where it starts within the first 15 characters of the title.
const MAX_ANCHOR_AT = 14;

// For each character that starts an anchor, the sections (bit i: SECTIONS[i]) with such an anchor.
const ANCHOR_START = new Map<number, number>();
SECTIONS.forEach((s, i) => {
  for (const a of s.anchors) {
    const c = a.charCodeAt(0);
    ANCHOR_START.set(c, (ANCHOR_START.get(c) ?? 0) | (1 << i));
  }
});

/** The sections whose anchor may start in the first 15 characters of `head` (see bestAnchor). */
function sectionsMaybeNamed(head: string): number {
  let mask = 0;
  for (let i = 0; i < head.length && i <= MAX_ANCHOR_AT; i++) {
    mask |= ANCHOR_START.get(head.charCodeAt(i)) ?? 0;
  }
  return mask;
}

function bestAnchor(head: string, s: SectionDef): { at: number; len: number } | null {
  for (const a of s.anchors) {
    const at = head.indexOf(a);
    if (at >= 0 && at <= MAX_ANCHOR_AT) return { at, len: a.length };
  }
  return null;
}

const TITLE_TAIL = /^(的)?(工作)?(情况|事项|及改进情况|及整改情况|及整改措施|及改进措施|和改进情况)?/;

function titleLength(head: string, s: SectionDef, hit: { at: number; len: number }): number {
  for (const t of [s.title, ...(s.variants ?? [])]) if (head.startsWith(t)) return t.length;
  const end = hit.at + hit.len;
  return end + (TITLE_TAIL.exec(head.slice(end))?.[0].length ?? 0);
}

function firstAnchor(doc: FlatDoc, anchors: string[], after = 0): number | undefined {
  const from = toCompact(doc, after);
  let best: number | undefined;
  for (const a of anchors) {
    const i = doc.compact.indexOf(a, from);
    if (i >= 0 && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : toFlat(doc, best);
}

function choose(doc: FlatDoc, cands: Heading[][]): Outline {
  const t3 = firstAnchor(doc, ['本年新收政府信息公开申请', '本年新收']);
  const t2 = firstAnchor(doc, ['第二十条第']);
  const t4 =
    t3 === undefined ? undefined : firstAnchor(doc, ['复议后起诉', '尚未审结', '未经复议直接起诉'], t3);
  const lastBefore = (i: number, lim: number | undefined, after = -1) =>
    cands[i]!.filter((h) => h.start > after && (lim === undefined || h.start < lim)).at(
      lim === undefined ? 0 : -1,
    );
  const firstAfter = (i: number, after: number) => cands[i]!.find((h) => h.start > after);

  const h2 = lastBefore(1, t2 !== undefined && (t3 === undefined || t2 < t3) ? t2 : t3);
  const h3 = lastBefore(2, t3, h2?.start ?? -1);
  const h4 = t4 !== undefined ? lastBefore(3, t4, t3) : firstAfter(3, t3 ?? h3?.start ?? -1);
  const h1 = cands[0]!.find((h) => h.start < (h2?.start ?? h3?.start ?? Number.POSITIVE_INFINITY));
  const after4 = Math.max(h4?.end ?? -1, t4 ?? -1, t3 ?? -1);
  const h5 = firstAfter(4, after4);
  const h6 = firstAfter(5, h5?.end ?? after4);
  const headings = [h1, h2, h3, h4, h5, h6];

  const misplaced = headings.flatMap((h, i) => (h ? [] : cands[i]!.slice(0, 1)));
  const end = doc.text.length;
  const next = (i: number) => headings.slice(i + 1).find((h) => h)?.start ?? end;
  const table2From = h2?.end ?? t2;
  const table3From = h3?.end ?? (t3 !== undefined ? Math.max(table2From ?? 0, t3 - 200) : undefined);
  return {
    headings,
    misplaced,
    ...(table2From !== undefined && { table2: { from: table2From, to: h3?.start ?? t3 ?? next(1) } }),
    ...(table3From !== undefined && { table3: { from: table3From, to: h4?.start ?? t4 ?? next(2) } }),
    ...(h4 || t4 !== undefined
      ? { table4: { from: h4?.end ?? t4!, to: h5?.start ?? h6?.start ?? next(3) } }
      : {}),
  };
}
