// Amounts in 分 printed as yuan for the report's text, in integer arithmetic (no float rounding):
// 30000 -> '300', 12345 -> '123.45', 5 -> '0.05'.

const FEN_PER_YUAN = 100;

export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额应为非负整数（分），收到：${fen}`);
  const yuan = Math.floor(fen / FEN_PER_YUAN);
  const rest = fen % FEN_PER_YUAN;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}
