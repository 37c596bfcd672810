import { describe, expect, it } from 'vitest';
import { chineseNumeral } from './chinese-numeral.ts';

describe('chineseNumeral', () => {
  it('reads counts in their usual spelling', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['两', 2],
      ['十', 10],
      ['十五', 15],
      ['一十五', 15],
      ['二十三', 23],
      ['一百', 100],
      ['一百零五', 105],
      ['一百一十', 110],
      ['两百', 200],
      ['一千零五', 1005],
      ['一千零五十', 1050],
      ['一千二百三十四', 1234],
      ['九千九百九十九', 9999],
      ['一〇五', Number.NaN],
    ];
    for (const [s, n] of cases) expect(chineseNumeral(s) ?? Number.NaN).toBe(n);
  });

  it('does not read other strings of numerals', () => {
    for (const s of ['二二', '十百', '百', '零', '一百五', '两十', '十十', '一万']) {
      expect(chineseNumeral(s)).toBeNull();
    }
  });
});
