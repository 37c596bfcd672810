// Formatting values for the reader of a notice: dates, money in words, forms and delivery.

import type { DeliveryMethod, InformationForm } from '../cases/index.ts';

/**
 * '2025年3月5日': GB/T 9704-2012 7.3.5 writes dates in Arabic numerals, the year in full, months
 * and days without a leading zero. '' stays ''.
 */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿'];

/** 1 ≤ n ≤ 9999 in capital numerals, zeros between digits written once: 1005 → 壹仟零伍. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    out += `${zero ? '零' : ''}${DIGITS[digit]}${PLACES[place]}`;
    zero = false;
  }
  return out;
}

function yuanInWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.unshift(rest % 10_000);
  let out = '';
  let zero = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      zero = out !== '';
      return;
    }
    if (out !== '' && (zero || g < 1000)) out += '零';
    out += group(g) + GROUPS[groups.length - 1 - i];
    zero = false;
  });
  return out;
}

/**
 * The amount in capital numerals as on receipts (大写金额): 70000 分 → '人民币柒佰元整',
 * 123405 分 → '人民币壹仟贰佰叁拾肆元零伍分'. Integer 分, below 一万亿元.
 */
export function rmbInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额应为非负整数分，收到：${fen}`);
  if (fen === 0) return '人民币零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let out = yuan > 0 ? `${yuanInWords(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `人民币${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  return `人民币${out}`;
}

/**
 * Free text a clerk typed, as a clause: trimmed, without closing punctuation, so that templates
 * punctuate it themselves ('{{reply.note}}。' never prints '。。').
 */
export function clause(text: string | undefined): string {
  return (text ?? '').trim().replace(/[。；，、,.;\s]+$/u, '');
}

const FORM_LABELS: Record<InformationForm, string> = {
  paper: '纸质',
  electronic: '电子',
  inspection: '查阅',
  copy: '复制件',
};

const DELIVERY_LABELS: Record<DeliveryMethod, string> = {
  post: '邮寄',
  email: '电子邮件',
  pickup: '当面领取',
  online: '网上获取',
  fax: '传真',
};

export const formsText = (forms: readonly InformationForm[]) => forms.map((f) => FORM_LABELS[f]).join('、');
export const deliveryText = (method: DeliveryMethod) => DELIVERY_LABELS[method];
