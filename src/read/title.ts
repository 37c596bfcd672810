// The report's title: where it stands (a container's title, the top of the text, a sentence
// announcing it, an attachment name), the agency and year it names, and the titles of links to
// other pages (上一篇/相关链接) that must never be taken for it.
import { type FlatDoc, toFlat } from './flat-doc.ts';
import { compact } from './normalize.ts';

// What follows the phrase a title turns on (政府信息公开, or 政务公开): 工作, 的 (关于…工作的年度报告),
// a year (…工作2023年度报告), 年度, then 报告 or 年报, and a year in brackets (…年度报告（2023年度）).
const TITLE_TAIL =
  /(?:政府信息公开|政务公开)(?:工作)?(的)?(?:((?:19|20)\d{2})年度?)?(?:工作)?(?:年度)?(?:报告|年报)(?:（((?:19|20)\d{2})年度?）)?/y;
const TITLE_PHRASES = ['政府信息公开', '政务公开'];
const LEAD_IN =
  /^.*?(?:现(?:向社会)?(?:予以)?(?:公布|发布|公开)|现将|公布|发布|印发|附件\d*|标题|编制了|编制完成了)/;
const ORG_SUFFIX = /[局厅委办府区县市镇乡道心院署会所站部处室馆队司社校盟旗州]$/;
const NOT_AGENCY = /通知|关于|做好|根据|条例|规定|办法|编制|印发/;
// Standard short forms of committees, expanded so that reports compare by the full name.
const ABBREVIATIONS: [RegExp, string][] = [
  [/科委$/, '科学技术委员会'],
  [/发改委$/, '发展和改革委员会'],
  [/卫健委$/, '卫生健康委员会'],
  [/经信委$/, '经济和信息化委员会'],
  [/住建委$/, '住房和城乡建设委员会'],
  [/教委$/, '教育委员会'],
  [/国资委$/, '国有资产监督管理委员会'],
];

export interface TitleHit {
  agency: string | null;
  year: number;
  raw: string;
  how: string;
  rank: number;
}

/**
 * Years written in Chinese digits ('二〇二四年', '二零二三年度') in Arabic digits, one character for
 * one, so that offsets stay those of the text.
 */
export function arabicYears(s: string): string {
  if (!/[〇○零]/.test(s)) return s;
  return s.replace(CHINESE_YEAR, (y) => [...y].map((c) => YEAR_DIGITS[c] ?? c).join(''));
}

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  Ｏ: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
// 一九九九 … 二〇九九, then 年: four digits, the second a 〇 or 九.
const CHINESE_YEAR = /(?:二[〇○零Ｏ]|一九)[〇○零Ｏ一二三四五六七八九]{2}(?=年)/g;

/** Title candidates: in the container's title, then in the text (compact, years in Arabic digits). */
export function titleHits(doc: FlatDoc, text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  if (doc.source.title) {
    const title = compact(doc.source.title);
    for (const m of titleMatches(arabicYears(title))) {
      const agency = m.text.slice(m.nameFrom, m.nameTo);
      hits.push({
        agency: agency && !NOT_AGENCY.test(agency) ? agency : null,
        year: m.year,
        raw: title.slice(m.start, m.end),
        how: '网页标题',
        rank: m.quoted ? 50 : 0,
      });
    }
  }
  for (const m of titleMatches(text)) {
    if (isLink(doc, m)) continue;
    const { agency, how, from } = agencyOf(doc, m);
    hits.push({
      agency,
      year: m.year,
      raw: doc.compact.slice(from, m.end),
      how,
      rank: 10 + m.start / 1e3 + (m.quoted ? 50 : 0),
    });
  }
  return hits;
}

/** A title found in a compact string: offsets, year, and the name before or after the year. */
interface TitleMatch {
  start: number;
  end: number;
  /** Where the phrase 政府信息公开/政务公开 starts. */
  phraseAt: number;
  year: number;
  /** Compact offsets of the agency as titled; equal when the title names none. */
  nameFrom: number;
  nameTo: number;
  /** The string searched. */
  text: string;
  /** Cited rather than titled: in 《》, or in a notice 关于做好…年度报告. */
  quoted: boolean;
}

function titleMatches(text: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (const phrase of TITLE_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      TITLE_TAIL.lastIndex = at;
      const tail = TITLE_TAIL.exec(text);
      const m = tail && titleAt(text, at, tail);
      if (m) out.push(m);
    }
  }
  return out;
}

const MAX_PRE = 40;
const MAX_POST = 30;

/** The title whose phrase starts at `at`: what precedes it, up to a year (2023年度) and beyond. */
function titleAt(text: string, at: number, tail: RegExpExecArray): TitleMatch | null {
  let from = nameRunStart(text, at, MAX_PRE);
  let headYear: number | undefined;
  let yearAt = at;
  let postFrom = at;
  if (text.charCodeAt(from) === 0x5e74 && /^(?:19|20)\d{2}$/.test(text.slice(from - 4, from))) {
    // 年 after four digits: the name may stand before the year or between it and the phrase
    if (at - from > MAX_POST + 2) return null;
    headYear = Number(text.slice(from - 4, from));
    yearAt = from - 4;
    postFrom = from + (text.startsWith('年度', from) ? 2 : 1);
    from = nameRunStart(text, yearAt, MAX_PRE);
  }
  const tailYear = tail[2] ?? tail[3];
  if (headYear === undefined && tailYear === undefined) return null;
  const preRaw = text.slice(from, yearAt);
  const lead = LEAD_IN.exec(preRaw)?.[0].length ?? 0;
  const preTo = /关于$/.test(preRaw) ? yearAt - 2 : yearAt;
  const spans = [cleanSpan(text, Math.min(from + lead, preTo), preTo), cleanSpan(text, postFrom, at)];
  const name = spans.find(([a, b]) => ORG_SUFFIX.test(withoutAlias(text.slice(a, b)))) ?? [at, at];
  const end = tail.index + tail[0].length;
  const quoted = text.slice(Math.max(0, from - 2), from).endsWith('《') || (/关于/.test(preRaw) && !tail[1]);
  return {
    start: Math.min(name[0], yearAt),
    end,
    phraseAt: at,
    year: headYear ?? Number(tailYear),
    nameFrom: name[0],
    nameTo: name[1],
    text,
    quoted,
  };
}

/** Start of the run of name characters (CJK, brackets, ·, 《) ending at `to`, at most `max` long. */
function nameRunStart(text: string, to: number, max: number): number {
  let i = to;
  while (i > 0 && to - i < max && isNameChar(text.charCodeAt(i - 1))) i--;
  return i;
}

function isNameChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0xff08 || c === 0xff09 || c === 0xb7 || c === 0x300a;
}

/** The span without brackets at either end and a leading 关于/本/我/的. */
function cleanSpan(text: string, from: number, to: number): [number, number] {
  const s = text.slice(from, to);
  const a = /^[（）·《]*/.exec(s)![0].length;
  const b = s.length - /[（·《]*$/.exec(s)![0].length;
  if (a >= b) return [from, from];
  const more = /^(?:关于|本|我|的)*/.exec(s.slice(a, b))![0].length;
  return [from + Math.min(a + more, b), from + b];
}

/**
 * The agency a title in the text names, trimmed of lines glued before it; else an agency alone on
 * the next line. `from`: where the title starts, as read.
 */
function agencyOf(doc: FlatDoc, m: TitleMatch): { agency: string | null; how: string; from: number } {
  const titled = m.text.slice(m.nameFrom, m.nameTo);
  const name = titled && withoutLeadingLines(doc, m.nameFrom, titled);
  const from = m.nameFrom === m.start ? m.start + titled.length - name.length : m.start;
  if (name && !NOT_AGENCY.test(name)) return { agency: name, how: '标题', from };
  const below = name === '' ? agencyBelow(doc, m) : null;
  return { agency: below, how: below ? '标题下一行' : '标题', from };
}

// Where a name on one line is itself complete: it starts with a place (not a level alone, 市场…)
// or with 国家/中国/中共.
const FULL_NAME =
  /^(?:国家|中国|中共|[^省市县区州旗盟镇乡][\u4e00-\u9fff]{0,7}?(?:省|市|县|区|州|旗|盟|镇|乡|街道))/;
// A line ending like this is the first half of a wrapped name ('沈阳市和平区住房和城乡').
const UNFINISHED = /(?:[省市县区州旗盟镇乡和及与、]|街道)$/;

/**
 * The compact text joins lines, so a title's agency may carry the line before it: site chrome
 * ('部门文件', a breadcrumb's '政府信息公开年报') or a wrapped first half of its own name. A leading
 * line goes where the rest is a complete name and the line does not end like an unfinished one.
 */
function withoutLeadingLines(doc: FlatDoc, from: number, name: string): string {
  const flatFrom = toFlat(doc, from);
  const printed = doc.text.slice(flatFrom, toFlat(doc, from + name.length - 1) + 1);
  if (!printed.includes('\n')) return name;
  const lines = printed
    .split('\n')
    .map(compact)
    .filter((l) => l !== '');
  for (let i = lines.length - 1; i > 0; i--) {
    const rest = lines.slice(i).join('');
    if (FULL_NAME.test(rest) && !UNFINISHED.test(lines[i - 1]!)) return rest;
  }
  return name;
}

const AGENCY_LINE = /^[\u4e00-\u9fff（）]{4,30}$/;

/** A title alone on its line that names no agency: the agency on the next line, alone too. */
function agencyBelow(doc: FlatDoc, m: TitleMatch): string | null {
  const start = toFlat(doc, m.start);
  const end = toFlat(doc, m.end - 1) + 1;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = doc.text.indexOf('\n', end);
  if (lineEnd < 0) return null;
  if (doc.text.slice(lineStart, start).trim() !== '' || doc.text.slice(end, lineEnd).trim() !== '')
    return null;
  let next = '';
  while (next === '' && lineEnd >= 0) {
    const from = lineEnd + 1;
    lineEnd = doc.text.indexOf('\n', from);
    next = compact(doc.text.slice(from, lineEnd < 0 ? undefined : lineEnd));
  }
  const ok =
    AGENCY_LINE.test(next) &&
    FULL_NAME.test(next) &&
    ORG_SUFFIX.test(withoutAlias(next)) &&
    !NOT_AGENCY.test(next);
  return ok ? next : null;
}

// Links to other pages under an article: '上一篇：…', or the lines under '相关链接', '推荐'.
const LINK_IN_LINE = /上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关文章|推荐阅读/;
const LINK_HEADING =
  /^(?:(?:上一篇|下一篇|上一条|下一条).*|(?:相关链接|相关阅读|相关文章|相关新闻|相关信息|相关文件|相关推荐|推荐阅读|推荐文章|推荐)[：:]?)$/;
const NOT_A_LINK = /[：:>。；，]/;

/** A title in a link to another page (上一篇：…, 相关链接 …): never the report's own title. */
function isLink(doc: FlatDoc, m: TitleMatch): boolean {
  const at = toFlat(doc, m.phraseAt);
  let lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
  if (LINK_IN_LINE.test(doc.text.slice(lineStart, at))) return true;
  // up through a list of links, short lines without punctuation, to the heading over them
  for (let n = 0; n < 12 && lineStart > 0; n++) {
    const from = doc.text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = doc.text.slice(from, lineStart - 1).trim();
    lineStart = from;
    if (line === '') continue;
    if (LINK_HEADING.test(line)) return true;
    if (line.length > 60 || NOT_A_LINK.test(line)) return false;
  }
  return false;
}

/** The name without a trailing bracketed second name. */
function withoutAlias(name: string): string {
  return name.replace(/（[^（）]+）$/, '');
}

export function expand(name: string): string {
  for (const [re, full] of ABBREVIATIONS) if (re.test(name)) return name.replace(re, full);
  return name;
}
