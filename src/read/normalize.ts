// Character normalisation shared by the readers: full-width digits and punctuation to their ASCII
// forms where it helps matching, odd spaces to plain spaces, invisible characters removed.

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/** Whether halfWidth() changes anything in `s` (one search, for text that mostly has none). */
export function hasHalfWidthChanges(s: string): boolean {
  return HALF_WIDTH_CHANGES.test(s);
}
const HALF_WIDTH_CHANGES = /[\uff10-\uff19\uff0e\uff0b\uff0d\u2e80-\u2ef3\u2f00-\u2fd5]/;

/**
 * Full-width digits, '．', '＋' and '－' to half-width, and radicals to the characters they look
 * like: one character for one, so offsets hold.
 */
export function halfWidth(s: string): string {
  const t = s.replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return RADICAL.test(t) ? t.replace(RADICALS, radicalAsCharacter) : t;
}

// PDFs made with some CJK fonts (Chromium's and Word's, with Noto CJK or Source Han) carry the
// text of common characters as their radical look-alikes: ⼀ U+2F00 for 一, ⼯ for 工, ⾏ for 行,
// ⺠ U+2EA0 for 民. The Kangxi radicals decompose to the characters (NFKC); of the supplement's
// radicals only two do, so the look-alikes of characters in use are listed.
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/;
const RADICALS = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂',
  '⺇': '几',
  '⺈': '刀',
  '⺊': '卜',
  '⺋': '卩',
  '⺌': '小',
  '⺍': '小',
  '⺎': '尢',
  '⺏': '尣',
  '⺐': '尢',
  '⺑': '尣',
  '⺒': '巳',
  '⺓': '幺',
  '⺔': '彐',
  '⺖': '心',
  '⺗': '心',
  '⺘': '手',
  '⺙': '攵',
  '⺛': '旡',
  '⺜': '日',
  '⺝': '月',
  '⺞': '歹',
  '⺟': '母',
  '⺠': '民',
  '⺡': '水',
  '⺢': '水',
  '⺣': '火',
  '⺤': '爪',
  '⺥': '爪',
  '⺦': '丬',
  '⺧': '牛',
  '⺨': '犬',
  '⺩': '王',
  '⺪': '疋',
  '⺫': '目',
  '⺬': '示',
  '⺭': '示',
  '⺮': '竹',
  '⺯': '糸',
  '⺰': '纟',
  '⺱': '网',
  '⺲': '罒',
  '⺳': '网',
  '⺴': '网',
  '⺵': '网',
  '⺶': '羊',
  '⺷': '羊',
  '⺸': '羊',
  '⺹': '老',
  '⺺': '聿',
  '⺻': '聿',
  '⺼': '肉',
  '⺽': '臼',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻁': '虎',
  '⻂': '衣',
  '⻃': '西',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻇': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻊': '足',
  '⻋': '车',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻏': '阝',
  '⻐': '钅',
  '⻑': '長',
  '⻒': '镸',
  '⻓': '长',
  '⻔': '门',
  '⻕': '阝',
  '⻖': '阝',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻞': '食',
  '⻟': '食',
  '⻠': '饣',
  '⻡': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '斉',
  '⻬': '齐',
  '⻭': '歯',
  '⻮': '齿',
  '⻯': '竜',
  '⻰': '龙',
  '⻱': '龜',
  '⻲': '亀',
  '⻳': '龟',
};

function radicalAsCharacter(c: string): string {
  if (c >= '\u2f00') return c.normalize('NFKC');
  return SUPPLEMENT[c] ?? c;
}

// Every character the replacements below change, tabs aside: text without any is left as it is
// after one search instead of four.
const CHANGED_BUT_TAB =
  /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v\uff10-\uff19\uff0e\uff0b\uff0d\r\u2e80-\u2ef3\u2f00-\u2fd5]/;

/** Normalise a line of source text, keeping tabs (cell boundaries) when asked. */
export function normalizeText(s: string, keepTabs = false): string {
  if (!CHANGED_BUT_TAB.test(s) && (keepTabs || !s.includes('\t'))) return s;
  let t = s.replace(INVISIBLE, '');
  t = keepTabs
    ? t.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/g, ' ')
    : t.replace(ODD_SPACES, ' ');
  return halfWidth(t).replace(/\r/g, '');
}

// compact(): white space removed; brackets, quotes and list punctuation unified; '.', '．' and
// '、' after a digit become '.'. One table says what happens to each character.
const KEEP = 0;
const SPACE = 1;
const MAPPED = 2;
const DOT = 3; // '.', '．', '、': '.' after a digit
// Up to U+3001 by table; above it (CJK text) only U+FEFF (a space) and U+FF0E (a dot) matter, so
// the common characters never touch the table (a small one stays in the cache).
const TABLE_END = 0x3002;
const COMPACT_CLASS = new Uint8Array(TABLE_END);
const COMPACT_MAP = new Uint16Array(TABLE_END);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000])
  COMPACT_CLASS[c] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) COMPACT_CLASS[c] = SPACE;
for (const [from, to] of [
  ['(', '（'],
  [')', '）'],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['‟', '"'],
  ['″', '"'],
  ['‘', "'"],
  ['’', "'"],
  [',', '，'],
  [':', '：'],
  [';', '；'],
] as const) {
  COMPACT_CLASS[from.charCodeAt(0)] = MAPPED;
  COMPACT_MAP[from.charCodeAt(0)] = to.charCodeAt(0);
}
COMPACT_CLASS[0x2e] = DOT; // '.'
COMPACT_CLASS[0x3001] = DOT; // '、'

function classOf(c: number): number {
  if (c < TABLE_END) return COMPACT_CLASS[c]!;
  return c === 0xfeff ? SPACE : c === 0xff0e ? DOT : KEEP; // U+FF0E '．'
}

/** The characters `\s` matches (the set compact() removes). */
export function isSpace(c: number): boolean {
  return classOf(c) === SPACE;
}

/**
 * A compact form for matching labels: no white space, unified brackets, quotes and list
 * punctuation. '（一）' and '(一)' compare equal; '1．' and '1、' become '1.'. Characters are
 * replaced one for one (only white space is removed), so offsets map back simply.
 */
export function compact(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (classOf(s.charCodeAt(i)) !== KEEP) return compactWithMap(s).compact;
  }
  return s; // nothing to remove or change
}

/**
 * compact(), with the offset in `s` of each character of the result (`map` is null when not
 * asked for). One pass; unchanged runs are copied as slices.
 */
export function compactWithMap(s: string, withMap = false): { compact: string; map: Int32Array | null } {
  const map = withMap ? new Int32Array(s.length) : null;
  let out = '';
  let from = 0; // start of the pending unchanged run
  let n = 0; // characters kept
  let afterDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = classOf(c);
    if (k !== KEEP) {
      if (k === SPACE) {
        if (i > from) out += s.slice(from, i);
        from = i + 1;
        continue;
      }
      const m: number = k === MAPPED ? COMPACT_MAP[c]! : afterDigit ? 0x2e : c;
      if (m !== c) {
        if (i > from) out += s.slice(from, i);
        out += String.fromCharCode(m);
        from = i + 1;
      }
    }
    afterDigit = c >= 0x30 && c <= 0x39;
    if (map) map[n] = i;
    n++;
  }
  if (from === 0) out = s;
  else if (from < s.length) out += s.slice(from);
  return { compact: out, map: map ? map.subarray(0, n) : null };
}
