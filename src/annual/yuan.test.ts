import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuanText } from './yuan.ts';

describe('yuanText', () => {
  it.each([
    [0, '0'],
    [5, '0.05'],
    [30, '0.30'],
    [30000, '300'],
    [12345, '123.45'],
    [900719925474099, '9007199254740.99'],
  ])('%i 分 -> %s 元', (fen, text) => expect(yuanText(fen)).toBe(text));

  it('is exact where float arithmetic is not (0.1 + 0.2 元)', () => {
    expect(yuanText(10 + 20)).toBe('0.30');
  });

  it('reads back as the same number of 分 for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        const [yuan, cents = '00'] = yuanText(fen).split('.');
        expect(BigInt(yuan!) * 100n + BigInt(cents)).toBe(BigInt(fen));
      }),
    );
  });

  it('refuses amounts that are not whole 分', () => {
    expect(() => yuanText(1.5)).toThrow(RangeError);
    expect(() => yuanText(-1)).toThrow(RangeError);
  });
});
