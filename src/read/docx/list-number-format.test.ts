import { describe, expect, it } from 'vitest';
import { formatListNumber } from './list-number-format.ts';

const shown = (numFmt: string, ns: number[]) => ns.map((n) => formatListNumber(n, numFmt));

describe('formatListNumber: the number Word shows in each w:numFmt', () => {
  it('Chinese counting, as sections and items are numbered (一、 （十一）)', () => {
    for (const fmt of ['chineseCounting', 'chineseCountingThousand', 'japaneseCounting']) {
      expect(shown(fmt, [1, 6, 10, 11, 19, 20, 21, 99])).toEqual([
        '一',
        '六',
        '十',
        '十一',
        '十九',
        '二十',
        '二十一',
        '九十九',
      ]);
    }
    expect(shown('chineseCounting', [100, 105, 110, 1010])).toEqual([
      '一百',
      '一百零五',
      '一百一十',
      '一千零一十',
    ]);
  });

  it('legal forms keep the one before 拾', () => {
    expect(shown('chineseLegalSimplified', [3, 10, 12])).toEqual(['叁', '壹拾', '壹拾贰']);
    expect(shown('ideographLegalTraditional', [3, 10])).toEqual(['參', '壹拾']);
  });

  it('digit by digit, stems and branches', () => {
    expect(shown('ideographDigital', [3, 10, 2024])).toEqual(['三', '一〇', '二〇二四']);
    expect(shown('ideographTraditional', [1, 2, 10, 11])).toEqual(['甲', '乙', '癸', '甲']);
    expect(shown('ideographZodiac', [1, 12])).toEqual(['子', '亥']);
  });

  it('decimal forms', () => {
    expect(shown('decimal', [1, 12])).toEqual(['1', '12']);
    expect(shown('decimalZero', [1, 12])).toEqual(['01', '12']);
    expect(shown('decimalFullWidth', [3, 12])).toEqual(['３', '１２']);
    expect(shown('decimalEnclosedCircle', [1, 20, 21, 36, 51])).toEqual(['①', '⑳', '㉑', '㊱', '51']);
    expect(shown('decimalEnclosedCircleChinese', [3])).toEqual(['③']);
    expect(shown('decimalEnclosedParen', [1, 20])).toEqual(['⑴', '⒇']);
    expect(shown('decimalEnclosedFullstop', [1])).toEqual(['⒈']);
    expect(shown('ideographEnclosedCircle', [1, 10])).toEqual(['㈠', '㈩']);
  });

  it('letters repeat after z, roman numerals', () => {
    expect(shown('lowerLetter', [1, 26, 27, 28])).toEqual(['a', 'z', 'aa', 'bb']);
    expect(shown('upperLetter', [3])).toEqual(['C']);
    expect(shown('lowerRoman', [4, 9, 14])).toEqual(['iv', 'ix', 'xiv']);
    expect(shown('upperRoman', [1994])).toEqual(['MCMXCIV']);
  });

  it('a bullet shows no number, none an empty one, an unknown format a decimal', () => {
    expect(formatListNumber(1, 'bullet')).toBeNull();
    expect(formatListNumber(1, 'none')).toBe('');
    expect(formatListNumber(7, 'koreanCounting')).toBe('7');
  });
});
