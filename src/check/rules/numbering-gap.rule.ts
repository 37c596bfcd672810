// List numbering in the narrative: 一是/二是/三是, （一）（二）, 1. 2., （1）（2）. A list that skips
// a number (一是 … 三是) is a slip worth a warning.
import { chineseNumeral } from '../../read/chinese-numeral.ts';
import type { FindingDraft } from '../rule.ts';
import { defineRule } from '../rule.ts';

interface Marker {
  name: string;
  /** A character every marker of this kind contains (a cheap test before the pattern). */
  key: RegExp;
  re: RegExp;
  show: (n: string) => string;
}

// A marker starts a list item only after a boundary (start, punctuation, space, a closing
// bracket); checked on the character before the match, which is cheaper than a look-behind.
const BOUNDARY = /[。；;：:，,、！？!?\s）)”"】]/;
// White space may fall inside a marker where a PDF line wrapped ('一\n是').
const MARKERS: Marker[] = [
  {
    name: '一是',
    key: /是/,
    re: /([一二三四五六七八九十]{1,3})\s*是/g,
    show: (n) => `${n}是`,
  },
  {
    name: '（一）',
    key: /[（(]/,
    re: /[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]/g,
    show: (n) => `（${n}）`,
  },
  {
    name: '1.',
    key: /\d/,
    re: /(\d{1,2})\s*[.．、](?=\s*(?:[\u4e00-\u9fff“"]|\d{4}年))/g,
    show: (n) => `${n}.`,
  },
  {
    name: '（1）',
    key: /[（(]/,
    re: /[（(]\s*(\d{1,2})\s*[)）]/g,
    show: (n) => `（${n}）`,
  },
];

const NARRATIVE = new Set(['一', '五', '六']);

export const numberingGap = defineRule({
  id: 'numbering-gap',
  severity: 'warning',
  description: '正文中的序号不连续（如“一是”之后直接出现“三是”）',
  check(report) {
    const out: FindingDraft[] = [];
    for (const section of report.sections.filter((s) => NARRATIVE.has(s.number))) {
      for (const marker of MARKERS) {
        if (marker.key.test(section.text)) out.push(...gaps(section.text, section.number, marker));
      }
    }
    return out;
  },
});

function gaps(text: string, section: string, marker: Marker): FindingDraft[] {
  const out: FindingDraft[] = [];
  let prev = 0;
  let prevRaw = '';
  marker.re.lastIndex = 0;
  for (let m = marker.re.exec(text); m !== null; m = marker.re.exec(text)) {
    if (m.index > 0 && !BOUNDARY.test(text[m.index - 1]!)) continue;
    const raw = m[1]!;
    const n = /\d/.test(raw) ? Number(raw) : chineseNumeral(raw);
    if (n === null) continue;
    if (n > prev + 1 && prev >= 1) {
      const missing = Array.from({ length: n - prev - 1 }, (_, i) => marker.show(numeral(prev + 1 + i, raw)));
      out.push({
        message: `第${section}部分“${marker.show(prevRaw)}”之后直接出现“${marker.show(raw)}”，缺少“${missing.join('”“')}”`,
        where: { part: 'section', section, quote: text.slice(Math.max(0, m.index - 20), m.index + 10) },
      });
    }
    prev = n;
    prevRaw = raw;
  }
  return out;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function numeral(n: number, like: string): string {
  return /\d/.test(like) ? String(n) : n <= 10 ? CN[n]! : `十${CN[n - 10]}`;
}
