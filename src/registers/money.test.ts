import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYuan, sumFen, wanFromFen, wanTextFromFen, yuanFromFen } from './money.ts';

describe('parseYuan', () => {
  it.each([
    ['0.1', 10],
    ['0.2', 20],
    ['1234567.89', 123_456_789],
    ['1,234,567.89', 123_456_789],
    ['¥12.5', 1_250],
    ['300元', 30_000],
    ['0', 0],
  ])('%s 元 → %i 分', (text, fen) => {
    expect(parseYuan(text)).toEqual({ fen });
  });

  it.each([
    ['1.234', '最多保留两位小数'],
    ['-5', '不能为负数'],
    ['abc', '以元为单位'],
    ['1e3', '以元为单位'],
    ['', '为空'],
  ])('rejects %s', (text, reason) => {
    const r = parseYuan(text);
    expect('error' in r && r.error).toContain(reason);
  });
});

describe('exact sums', () => {
  it('0.1 元 + 0.2 元 is 0.3 元, not 0.30000000000000004', () => {
    const total = sumFen([parseYuan('0.1'), parseYuan('0.2')].map((r) => ('fen' in r ? r.fen : Number.NaN)));
    expect(yuanFromFen(total)).toBe('0.3');
    expect(wanTextFromFen(total)).toBe('0.00003');
    expect(wanFromFen(total)).toBe(0.00003);
  });

  it('1234567.89 元 is 123.456789 万元', () => {
    expect(wanTextFromFen(123_456_789n)).toBe('123.456789');
    expect(wanFromFen(123_456_789n)).toBe(123.456789);
  });

  it('ten thousand amounts of 0.01 元 make exactly 100 元 = 0.01 万元', () => {
    expect(wanTextFromFen(sumFen(Array.from({ length: 10_000 }, () => 1)))).toBe('0.01');
  });

  it('the number of 万元 prints back as the exact decimal (totals below 10^15 分)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999_999 }), { maxLength: 50 }), (amounts) => {
        const total = sumFen(amounts);
        const text = wanTextFromFen(total);
        expect(String(wanFromFen(total))).toBe(text);
        // 万元 × 1,000,000 is the 分 again, digit for digit.
        const [whole, fraction = ''] = text.split('.');
        expect(BigInt(whole! + fraction.padEnd(6, '0'))).toBe(total);
      }),
    );
  });
});
