// Numbers written in Chinese numerals: counts in the narrative ('收到申请十五件') and list and
// section numbering ('三是', '（十二）', '十一、').

/**
 * A number written in Chinese numerals, 1–9999, in its usual spelling ('十五', '一十五', '二十三',
 * '一百零五', '一千零五十', '两', '两百'); null for any other string of numerals ('二二', '十百').
 */
export function chineseNumeral(s: string): number | null {
  const text = s.replace(/〇/g, '零');
  const n = sumOfNumerals(text);
  return n !== null && n >= 1 && n < 10000 && spellings(n).includes(text) ? n : null;
}

const DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value the numerals add up to, however they are spelled; checked against spellings(). */
function sumOfNumerals(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in UNIT) {
      total += (digit ?? 1) * UNIT[c]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** The usual spellings of n: canonical, 一十五 for 10–19, 两 for 二 alone or before 百 and 千. */
function spellings(n: number): string[] {
  const c = canonical(n);
  const out = [c];
  if (n >= 10 && n < 20) out.push(`一${c}`);
  const liang = c.replace(/^二$|二(?=[百千])/g, '两');
  if (liang !== c) out.push(liang);
  return out;
}

/** The usual spelling of 1–9999 in Chinese numerals, with 二 for 两. */
function canonical(n: number): string {
  const digits = '零一二三四五六七八九';
  const places = [
    [Math.floor(n / 1000), '千'],
    [Math.floor(n / 100) % 10, '百'],
    [Math.floor(n / 10) % 10, '十'],
    [n % 10, ''],
  ] as const;
  let out = '';
  let gap = false;
  for (const [d, unit] of places) {
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += unit === '十' && out === '' && d === 1 ? '十' : digits[d] + unit;
  }
  return out;
}
