// Numbers written in Chinese numerals: counts in the narrative ('收到申请十五件') and list and
// section numbering ('三是', '（十二）', '十一、').

/**
 * A number written in Chinese numerals, 1–9999, in its usual spelling ('十五', '一十五', '二十三',
 * '一百零五', '一千零五十', '两', '两百'); null for any other string of numerals ('二二', '十百').
 */
export function chineseNumeral(s: string): number | null {
  SPELLINGS ??= spellings();
  return SPELLINGS.get(s.replace(/〇/g, '零')) ?? null;
}

let SPELLINGS: Map<string, number> | undefined;

function spellings(): Map<string, number> {
  const map = new Map<string, number>();
  for (let n = 1; n < 10000; n++) {
    const c = canonical(n);
    map.set(c, n);
    if (n >= 10 && n < 20) map.set(`一${c}`, n);
    // 两 for 二 before 百 and 千, and alone: '两件', '两百', '一千两百'
    const liang = c.replace(/^二$|二(?=[百千])/g, '两');
    if (liang !== c) map.set(liang, n);
  }
  return map;
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
