// The tokens of free text that may be table cells, found by hand: what
//   /([+-]?\d+(?:,\d{3})*(?:\.\d+)?)(?: *(万元|亿元|元))?|(?<=^|\s)(\/|-{1,2}|—{1,2}|－|–)(?=\s|$)/g
// finds (a number with an optional unit; a dash standing alone, read as a blank), match for match,
// and also '无', '\', '〇', '○' or 'O' standing alone (a blank written as 'none' or a zero typed
// as a letter or in Chinese) and numbers signed with '–' or '−'
// (本年增/减 in the 2019 template, typeset with an en dash or a minus sign),
// without a regular-expression call per token: a table of 175 numbers is read for every report.
import { isSpace } from './normalize.ts';

export interface FreeToken {
  /** The token is text[at, end). */
  at: number;
  end: number;
  /** A number: where its digits end (a unit may follow up to `end`). */
  numberEnd: number;
  /** A number printed with a unit (万元, 亿元, 元). */
  unit: boolean;
  /** A dash standing alone rather than a number. */
  dash: boolean;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;
const EM_DASH = 0x2014;
const FULL_MINUS = 0xff0d;
const EN_DASH = 0x2013;
const SLASH = 0x2f;
const MINUS_SIGN = 0x2212;
const NONE = 0x65e0; // 无
const BACKSLASH = 0x5c;
const LING = 0x3007; // 〇, a zero written in Chinese
const CIRCLE = 0x25cb; // ○, typed for 〇
const LETTER_O = 0x4f; // O, typed for 0

/** The first token at or after `from`, written into `t`; false when there is none. */
export function nextFreeToken(text: string, from: number, t: FreeToken): boolean {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (
      isDigit(c) ||
      ((c === PLUS || c === MINUS || c === EN_DASH || c === MINUS_SIGN) && isDigit(text.charCodeAt(p + 1)))
    ) {
      numberAt(text, p, t);
      return true;
    }
    if (
      (c === SLASH ||
        c === MINUS ||
        c === EM_DASH ||
        c === FULL_MINUS ||
        c === EN_DASH ||
        c === NONE ||
        c === BACKSLASH ||
        c === LING ||
        c === CIRCLE ||
        c === LETTER_O) &&
      dashAt(text, p, t)
    ) {
      return true;
    }
  }
  return false;
}

/** [+-]?\d+(?:,\d{3})*(?:\.\d+)? then (万元|亿元|元)? at p (a match is known to start there). */
function numberAt(text: string, p: number, t: FreeToken): void {
  let q = isDigit(text.charCodeAt(p)) ? p : p + 1;
  while (isDigit(text.charCodeAt(q))) q++;
  while (
    text.charCodeAt(q) === 0x2c &&
    isDigit(text.charCodeAt(q + 1)) &&
    isDigit(text.charCodeAt(q + 2)) &&
    isDigit(text.charCodeAt(q + 3))
  ) {
    q += 4;
  }
  if (text.charCodeAt(q) === 0x2e && isDigit(text.charCodeAt(q + 1))) {
    q += 2;
    while (isDigit(text.charCodeAt(q))) q++;
  }
  // the unit may follow after a space ('1286.5 万元'); the space is no part of the cell
  let u = q;
  while (text.charCodeAt(u) === 0x20) u++;
  const unit =
    text.startsWith('万元', u) || text.startsWith('亿元', u) ? 2 : text.startsWith('元', u) ? 1 : 0;
  t.at = p;
  t.numberEnd = q;
  t.end = unit > 0 ? u + unit : q;
  t.unit = unit > 0;
  t.dash = false;
}

/** (?<=^|\s)(\/|-{1,2}|—{1,2}|－|–)(?=\s|$) at p, or one slash of a run ('///'). */
function dashAt(text: string, p: number, t: FreeToken): boolean {
  const c = text.charCodeAt(p);
  // '///' glued (crawled text): each slash of a run is an empty cell; a single '/' between words
  // ('本年增/减') is none
  if (c === SLASH && (text.charCodeAt(p + 1) === SLASH || text.charCodeAt(p - 1) === SLASH)) {
    return dashToken(p, p + 1, t);
  }
  if (p > 0 && !isSpace(text.charCodeAt(p - 1))) return false;
  // '-' and '—' may be doubled: the longer run is tried first, as the pattern's greedy {1,2} does.
  let len = (c === MINUS || c === EM_DASH) && text.charCodeAt(p + 1) === c ? 2 : 1;
  for (; len >= 1; len--) {
    const after = p + len;
    if (after === text.length || isSpace(text.charCodeAt(after))) return dashToken(p, after, t);
  }
  return false;
}

function dashToken(at: number, end: number, t: FreeToken): true {
  t.at = at;
  t.end = end;
  t.numberEnd = end;
  t.unit = false;
  t.dash = true;
  return true;
}
