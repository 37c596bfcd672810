// The report's agency, year and template version, from its title (or, failing that, the
// statistics period and the text). The title may sit in a container (HTML <title>, a crawler's
// 标题 line), at the top, in a sentence (现公布…年度报告) or as an attachment name at the end.
import type { ValueProvenance } from '../report/annual-report.ts';
import type { TemplateVersion } from '../report/template.ts';
import type { FlatDoc } from './flat-doc.ts';
import { compact } from './normalize.ts';

const TITLE =
  /([\u4e00-\u9fff（）()·《]{0,40}?)((?:19|20)\d{2})年度?([\u4e00-\u9fff（）()·]{0,30}?)政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/g;
const LEAD_IN =
  /^.*?(?:现(?:向社会)?(?:予以)?(?:公布|发布|公开)|现将|公布|发布|印发|附件\d*|标题|编制了|编制完成了)/;
const ORG_SUFFIX = /[局厅委办府区县市镇乡道心院署会所站部处室馆队司社校盟旗州]$/;
const NOT_AGENCY = /通知|关于|做好|根据|条例|规定|办法|编制|印发/;
const ORG_IN_TEXT =
  /([\u4e00-\u9fff]{1,8}?(?:省|市|自治区|县|区|州|盟|旗)[\u4e00-\u9fff]{2,18}?(?:厅|局|委员会|办公室|管理委员会|管委会|人民政府|政府|院|署|中心))(?=[，,。\s]|坚持|认真|深入|以|在|围绕|始终|紧紧|全面|严格|高度)/;

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

export interface Meta {
  agency: string | null;
  year: number | null;
  agencyProvenance?: ValueProvenance;
  yearProvenance?: ValueProvenance;
  /** Years stated by the title and by the statistics period, for the year-mismatch rule. */
  titleYear?: number;
  periodYear?: number;
}

interface TitleHit {
  agency: string | null;
  year: number;
  raw: string;
  how: string;
  rank: number;
}

export function readMeta(doc: FlatDoc): Meta {
  const text = arabicYears(doc.compact);
  const hits = titleHits(doc, text);
  const withAgency = hits.filter((h) => h.agency);
  const best = withAgency.sort((a, b) => a.rank - b.rank)[0];
  const firstTitle = hits.sort((a, b) => a.rank - b.rank)[0];
  const period = periodYear(text);
  const meta: Meta = { agency: null, year: null };
  if (best?.agency) {
    meta.agency = expand(best.agency);
    meta.agencyProvenance = { raw: best.raw, how: best.how };
  } else {
    const m = ORG_IN_TEXT.exec(doc.text.slice(0, 3000).replace(/\s+/g, ''));
    if (m) {
      meta.agency = m[1]!;
      meta.agencyProvenance = { raw: m[1]!, how: '正文首次出现的机关名称' };
    }
  }
  const titleYear = best?.year ?? firstTitle?.year;
  if (titleYear !== undefined) meta.titleYear = titleYear;
  if (period !== undefined) meta.periodYear = period;
  const year = titleYear ?? period;
  if (year !== undefined) {
    meta.year = year;
    meta.yearProvenance =
      titleYear !== undefined
        ? { raw: (best ?? firstTitle)!.raw, how: '标题' }
        : { raw: String(period), how: '统计时限' };
  }
  return meta;
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

/** Title candidates in `text` (the compact text, years in Arabic digits). */
function titleHits(doc: FlatDoc, text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  // `printed` is `window` as printed (the same length): raw quotes keep the year as written.
  const scan = (window: string, printed: string, how: string, baseRank: number) => {
    for (const m of window.matchAll(TITLE)) {
      const pre = m[1]!.replace(LEAD_IN, '').replace(/关于$/, '');
      const post = m[3]!;
      // an organ with a second name ('城市管理局（区综合行政执法局）') ends with the bracket
      const name = [clean(pre), clean(post)].find((n) => ORG_SUFFIX.test(withoutAlias(n))) ?? '';
      const before = window.slice(Math.max(0, m.index - 2), m.index);
      const quoted = /《$/.test(before) || /关于/.test(m[1]!);
      hits.push({
        agency: name && !NOT_AGENCY.test(name) ? name : null,
        year: Number(m[2]),
        raw: printed.slice(m.index, m.index + m[0].length),
        how,
        rank: baseRank + (quoted ? 50 : 0) + m.index / 1e6,
      });
    }
  };
  if (doc.source.title) {
    const title = compact(doc.source.title);
    scan(arabicYears(title), title, '网页标题', 0);
  }
  // Only around the phrase a title must contain: the pattern is costly to try everywhere.
  for (let at = text.indexOf('政府信息公开'); at >= 0; at = text.indexOf('政府信息公开', at + 1)) {
    const from = Math.max(0, at - 50);
    const window = text.slice(from, at + 16);
    if (!/(?:19|20)\d{2}年/.test(window) || !/(?:报告|年报)/.test(window)) continue;
    scan(window, doc.compact.slice(from, at + 16), '标题', 10 + from / 1e3);
  }
  return hits;
}

/** The name without a trailing bracketed second name. */
function withoutAlias(name: string): string {
  return name.replace(/（[^（）]+）$/, '');
}

function clean(name: string): string {
  return name.replace(/^[（(·《]+|[（(·《]+$/g, '').replace(/^(?:关于|本|我|的)+/, '');
}

function expand(name: string): string {
  for (const [re, full] of ABBREVIATIONS) if (re.test(name)) return name.replace(re, full);
  return name;
}

/** 统计时限/期限/周期 … 自2023年1月1日 … : the reporting year the period states. */
function periodYear(c: string): number | undefined {
  const m = /(?:统计|数据)[^。]{0,30}?((?:19|20)\d{2})年(?:1|01)月(?:1|01)日/.exec(c);
  return m ? Number(m[1]) : undefined;
}

const MARKERS_2019 = [
  '上一年项目数量',
  '本年新制作数量',
  '对外公开总数量',
  '其他对外管理服务事项',
  '本年新公开数量',
];
const MARKERS_2021 = ['本年制发件数', '现行有效件数', '逾期不补正', '不补正', '缴纳费用'];

// The markers by their first character, to find them all in one scan of the text; a small filter
// on the character code skips the others quickly.
const MARKER_STARTS = new Map<number, string[]>();
const MAY_START = new Uint8Array(1024);
for (const m of [...MARKERS_2019, ...MARKERS_2021]) {
  const c = m.charCodeAt(0);
  MARKER_STARTS.set(c, [...(MARKER_STARTS.get(c) ?? []), m]);
  MAY_START[c & 1023] = 1;
}

/** The template markers the text contains. */
function markersIn(c: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (MAY_START[code & 1023] === 0) continue;
    const starting = MARKER_STARTS.get(code);
    if (starting) for (const m of starting) if (c.startsWith(m, i)) found.add(m);
  }
  return found;
}

/** The template the tables follow: by their labels first, by the reporting year otherwise. */
export function detectTemplate(doc: FlatDoc, year: number | null): { version: TemplateVersion; how: string } {
  const found = markersIn(doc.compact);
  const has2019 = MARKERS_2019.filter((m) => found.has(m)).length;
  const has2021 = MARKERS_2021.filter((m) => found.has(m)).length;
  if (has2019 > has2021) return { version: '2019', how: '表格标签（2019年模板）' };
  if (has2021 > has2019) return { version: '2021', how: '表格标签（2021年模板）' };
  if (year !== null && year <= 2020) return { version: '2019', how: '报告年度' };
  return { version: '2021', how: year === null ? '默认' : '报告年度' };
}
