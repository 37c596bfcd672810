// The text Word shows for a list counter in each number format (ECMA-376 Part 1, 17.18.59
// ST_NumberFormat). Reports number their sections 一、 （一） 1. ⑴ ①, so the Chinese and enclosed
// formats matter most; a format not known here shows as a decimal, as LibreOffice shows it.

// The digit forms (ideographDigital) write zero 〇; counting writes a zero inside a number 零.
const CN_DIGITS = '〇一二三四五六七八九';
const CN_COUNTING = '零一二三四五六七八九';
const CN_UNITS = ['', '十', '百', '千'];
const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const LEGAL_UNITS = ['', '拾', '佰', '仟'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** The counter `n` in format `numFmt` (a w:numFmt value); null for bullets, which show no number. */
export function formatListNumber(n: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'bullet':
      return null;
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n) ?? String(n);
    case 'decimalEnclosedParen':
      return inRange(n, 1, 20) ? String.fromCodePoint(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return inRange(n, 1, 20) ? String.fromCodePoint(0x2488 + n - 1) : String(n);
    case 'ideographEnclosedCircle':
      return inRange(n, 1, 10) ? String.fromCodePoint(0x3220 + n - 1) : String(n);
    case 'lowerLetter':
    case 'upperLetter':
      return letters(n, numFmt === 'upperLetter');
    case 'lowerRoman':
    case 'upperRoman':
      return roman(n, numFmt === 'upperRoman');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return counting(n, CN_COUNTING, CN_UNITS, true);
    case 'chineseLegalSimplified':
      return counting(n, LEGAL_SIMPLIFIED, LEGAL_UNITS, false);
    case 'ideographLegalTraditional':
      return counting(n, LEGAL_TRADITIONAL, LEGAL_UNITS, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12]! : String(n);
    default:
      return String(n);
  }
}

function inRange(n: number, lo: number, hi: number): boolean {
  return n >= lo && n <= hi;
}

// ①–⑳ are U+2460…, ㉑–㉟ U+3251…, ㊱–㊿ U+32B1…
function enclosedCircle(n: number): string | undefined {
  if (inRange(n, 1, 20)) return String.fromCodePoint(0x2460 + n - 1);
  if (inRange(n, 21, 35)) return String.fromCodePoint(0x3251 + n - 21);
  if (inRange(n, 36, 50)) return String.fromCodePoint(0x32b1 + n - 36);
  return undefined;
}

// Word goes a…z, then aa…zz, aaa…: the letter repeated, not a base-26 number.
function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.ceil(n / 26));
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, text] of ROMAN) {
    for (; rest >= value; rest -= value) out += text;
  }
  return upper ? out.toUpperCase() : out;
}

/**
 * Chinese counting below 10 000: 十一, 二十, 一百零五, 一千零一十. `shortTen` writes 10–19 as 十…
 * (counting); the legal forms keep the one (壹拾壹).
 */
function counting(n: number, digits: string, units: string[], shortTen: boolean): string {
  if (n === 0) return digits[0]!;
  if (n < 0 || n >= 10000) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + unit;
  });
  return shortTen && n >= 10 && n < 20 ? out.slice(1) : out;
}
