// Exact money: 元 as written (at most 2 decimals) to integer 分, sums in bigint, 分 to 万元 as an
// exact decimal. No float arithmetic touches an amount; the only number made from a decimal is
// the last step of `wanFromFen`, which reads the exact decimal text the way the report reader
// reads a printed cell.

const YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;
/** 1 万元 = 10,000 元 = 1,000,000 分. */
const FEN_PER_WAN = 1_000_000n;

export type YuanParse = { fen: number } | { error: string };

/** '1,234.5' → 123450 分. Thousands separators and a leading ¥ are tolerated; a sign is not. */
export function parseYuan(text: string): YuanParse {
  const t = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '')
    .replace(/元$/, '');
  if (t === '') return { error: '金额为空' };
  if (t.startsWith('-')) return { error: `金额不能为负数：“${text}”` };
  const m = YUAN.exec(t);
  if (!m) {
    return /^\d+\.\d{3,}$/.test(t)
      ? { error: `金额最多保留两位小数（单位：元），收到：“${text}”` }
      : { error: `金额应为以元为单位的数字，如 1234.56，收到：“${text}”` };
  }
  const fen = BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { error: `金额过大：“${text}”` };
  return { fen: Number(fen) };
}

/** The exact sum of amounts in 分. */
export function sumFen(amounts: Iterable<number>): bigint {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return total;
}

/** 分 as 元 text: 12345 → '123.45', 30000 → '300'. */
export function yuanFromFen(fen: number | bigint): string {
  return decimalText(BigInt(fen), 100n, 2);
}

/** 分 as 万元, exact decimal text without trailing zeros: 123456789 → '123.456789'. */
export function wanTextFromFen(fen: bigint): string {
  return decimalText(fen, FEN_PER_WAN, 6);
}

/**
 * 分 as 万元 for table 2's 'decimal' column: a number, like the reader's reading of a printed
 * cell (src/read/candidates.ts parseNumber). It is the double nearest to the exact decimal of
 * `wanTextFromFen`, so printing it (String(n)) gives that decimal text back exactly.
 */
export function wanFromFen(fen: bigint): number {
  return Number(wanTextFromFen(fen));
}

function decimalText(value: bigint, unit: bigint, digits: number): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
