// Finds the six sections and the three tables' regions. Headings are recognised by their titles
// (numbering varies: 一、 （一） 01 第一部分), and tables by their own labels; where a title occurs
// more than once (a sub-heading of 一 may read 主动公开政府信息情况), the occurrence right before
// the table it introduces wins. A heading worded otherwise (三、依申请公开情况, 六、其他事项) is
// recognised by its number and a word of its section, where it fits between its neighbours.
import { SECTIONS, type SectionDef } from '../report/template.ts';
import { type FlatDoc, toCompact, toFlat } from './flat-doc.ts';
import { compact } from './normalize.ts';

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
  const worded = SECTIONS.map(() => [] as Heading[]);
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
    const n = numberOf(m);
    const maybe = sectionsMaybeNamed(head);
    // the section this number would head, and the word it may be titled by ('第（六）项' aside)
    const own = n - 1;
    const word = own > 0 && own < SECTIONS.length && head[0] !== '项' ? SECTION_WORDS[own]!.exec(head) : null;
    if (maybe === 0 && word === null) continue;
    const at = { doc, start: flatStart, titleAt, head, printedNumber: m[0] };
    let named = 0;
    for (let i = 0; maybe !== 0 && i < SECTIONS.length; i++) {
      if ((maybe & (1 << i)) === 0) continue;
      const s = SECTIONS[i]!;
      const hit = bestAnchor(head, s);
      // a sub-heading ('（一）存在的主要问题') is not the section's heading
      if (hit === null || (m[3] && n > 0 && n < i)) continue;
      named |= 1 << i;
      cands[i]!.push(heading(at, i, titleLength(head, s, hit)));
    }
    if (word && word.index <= MAX_ANCHOR_AT && (named & (1 << own)) === 0) {
      const len = wordedTitleLength(doc, titleAt, head, word.index + word[0].length);
      worded[own]!.push(heading(at, own, len));
    }
  }
  return choose(doc, cands, worded);
}

interface HeadingAt {
  doc: FlatDoc;
  /** Flat offset of the numbering, compact offset of the title. */
  start: number;
  titleAt: number;
  head: string;
  printedNumber: string;
}

function heading(at: HeadingAt, i: number, titleLen: number): Heading {
  return {
    section: SECTIONS[i]!,
    start: at.start,
    end: toFlat(at.doc, at.titleAt + titleLen - 1) + 1,
    printedNumber: at.printedNumber,
    title: at.head.slice(0, titleLen),
  };
}

/** The number a heading prefix prints ('第三部分', '三、', '（三）', '03'); 0 past 十. */
function numberOf(m: RegExpExecArray): number {
  const printed = m[1] ?? m[2] ?? m[3];
  if (printed === undefined) return m[4]!.charCodeAt(1) - 48;
  return printed.length === 1 ? NUMERALS.indexOf(printed) + 1 : 0;
}

const NUMERALS = '一二三四五六七八九十';

// The words a section of each number uses when its title is worded otherwise (二、主动公开情况,
// 三、依申请公开情况, 三、政府信息公开申请办理情况, 四、行政复议情况, 五、存在的不足及下一步工作打算,
// 六、其他事项). 一、 has none: its numbering restarts in tables and lists.
const SECTION_WORDS: (RegExp | undefined)[] = [
  undefined,
  /主动公开/,
  /申请/,
  /复议|诉讼/,
  /问题|不足|改进/,
  /其他|其它/,
];

/** A worded heading's title: its line where that is short, else up to its word and a usual tail. */
function wordedTitleLength(doc: FlatDoc, titleAt: number, head: string, wordEnd: number): number {
  const from = toFlat(doc, titleAt);
  const lineEnd = doc.text.indexOf('\n', from);
  if (lineEnd >= 0 && lineEnd - from <= 2 * head.length) {
    const line = compact(doc.text.slice(from, lineEnd));
    if (line.length <= head.length && head.startsWith(line)) return line.length;
  }
  return wordEnd + (WORDED_TAIL.exec(head.slice(wordEnd))?.[0].length ?? 0);
}

const WORDED_TAIL =
  /^(?:政府信息)?(?:公开)?(?:的)?(?:工作)?(?:情况|事项|及改进措施|及改进情况|及整改措施|和改进措施)?/;

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

/**
 * The outline by the titles; where a section is missing, a worded heading of its number may stand
 * in: after the section's found predecessor, before its found successor, numbered in their style.
 */
function choose(doc: FlatDoc, cands: Heading[][], worded: Heading[][]): Outline {
  const anchors = tableAnchors(doc);
  const outline = pick(doc, cands, anchors);
  const found = outline.headings;
  if (found.every((h) => h) || worded.every((w) => w.length === 0)) return outline;
  let filled = false;
  const more = cands.map((c, i) => {
    if (found[i]) return c;
    const fit = worded[i]!.filter((h) => fits(h, i, found));
    filled ||= fit.length > 0;
    return fit;
  });
  if (!filled) return outline;
  const better = pick(doc, more, anchors);
  const misplaced = outline.misplaced.filter((h) => !better.headings[SECTIONS.indexOf(h.section)]);
  return { ...better, misplaced };
}

/**
 * A worded heading for section i: after the found heading before it and before the one after it,
 * numbered in their style. (pick() keeps 四 to 六 past table 3, whose rows read '（六）其他处理'.)
 */
function fits(h: Heading, i: number, found: (Heading | undefined)[]): boolean {
  const prev = found.slice(0, i).findLast((x) => x);
  const next = found.slice(i + 1).find((x) => x);
  const style = prev ?? next;
  return (
    style !== undefined &&
    numberStyle(h) === numberStyle(style) &&
    h.start >= (prev?.end ?? 0) &&
    h.start < (next?.start ?? Number.POSITIVE_INFINITY)
  );
}

function numberStyle(h: Heading): string {
  return h.printedNumber.replace(/[一二三四五六七八九十\d]/g, '').replace(/[.．，]/, '、');
}

/** Where the tables' own labels first occur (flat offsets). */
interface TableAnchors {
  t2: number | undefined;
  t3: number | undefined;
  t4: number | undefined;
}

function tableAnchors(doc: FlatDoc): TableAnchors {
  const t3 = firstAnchor(doc, ['本年新收政府信息公开申请', '本年新收']);
  const t2 = firstAnchor(doc, ['第二十条第']);
  const t4 =
    t3 === undefined ? undefined : firstAnchor(doc, ['复议后起诉', '尚未审结', '未经复议直接起诉'], t3);
  return { t2, t3, t4 };
}

function pick(doc: FlatDoc, cands: Heading[][], { t2, t3, t4 }: TableAnchors): Outline {
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
