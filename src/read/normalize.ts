// Character normalisation shared by the readers: full-width digits and punctuation to their ASCII
// forms where it helps matching, odd spaces to plain spaces, invisible characters removed.

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/** Full-width ASCII (！-～) to half-width. */
function halfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Normalise a line of source text, keeping tabs (cell boundaries) when asked. */
export function normalizeText(s: string, keepTabs = false): string {
  let t = s.replace(INVISIBLE, '');
  t = keepTabs
    ? t.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/g, ' ')
    : t.replace(ODD_SPACES, ' ');
  return halfWidth(t).replace(/\r/g, '');
}

const COMPACT_MAP: Record<string, string> = {
  '(': '（',
  ')': '）',
  '"': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  "'": "'",
  '‘': "'",
  '’': "'",
  ',': '，',
  ':': '：',
  ';': '；',
};

const MAPPED = /[()“”„‟″"‘’',:;]|(?<=\d)[.．、]/g;

/**
 * A compact form for matching labels: no white space, unified brackets, quotes and list
 * punctuation. '（一）' and '(一)' compare equal; '1．' and '1、' become '1.'. Characters are
 * replaced one for one (only white space is removed), so offsets map back simply.
 */
export function compact(s: string): string {
  return s.replace(/\s+/g, '').replace(MAPPED, (ch) => COMPACT_MAP[ch] ?? '.');
}

/** Chinese numerals 一 … 二十 to numbers (enough for list numbering). */
export function chineseNumeral(s: string): number | null {
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? digits[m[1]]! : 1) * 10 + (m[2] ? digits[m[2]]! : 0);
  return s.length === 1 && digits[s] ? digits[s] : null;
}

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
