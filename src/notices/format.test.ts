import { describe, expect, it } from 'vitest';
import { chineseDate, clause, rmbInWords } from './format.ts';

describe('rmbInWords (大写金额)', () => {
  it.each([
    [0, '人民币零元整'],
    [1, '人民币壹分'],
    [50, '人民币伍角'],
    [10_000, '人民币壹佰元整'],
    [70_000, '人民币柒佰元整'],
    [110_000, '人民币壹仟壹佰元整'],
    [470_000, '人民币肆仟柒佰元整'],
    [100_500, '人民币壹仟零伍元整'],
    [123_405, '人民币壹仟贰佰叁拾肆元零伍分'],
    [1_000_005_00, '人民币壹佰万零伍元整'],
    [1_001_000_00, '人民币壹佰万壹仟元整'],
    [10_000_000_000, '人民币壹亿元整'],
    [10_000_100_000, '人民币壹亿零壹仟元整'],
    [1_230, '人民币壹拾贰元叁角'],
  ])('%i 分 → %s', (fen, words) => {
    expect(rmbInWords(fen)).toBe(words);
  });

  it('rejects a non-integer amount (a bug in the caller)', () => {
    expect(() => rmbInWords(1.5)).toThrow(RangeError);
  });
});

describe('dates and clauses', () => {
  it('writes dates as GB/T 9704 asks: full year, no leading zeros', () => {
    expect(chineseDate('2025-03-05')).toBe('2025年3月5日');
    expect(chineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(chineseDate('')).toBe('');
  });

  it('strips closing punctuation from free text, so templates punctuate it once', () => {
    expect(clause(' 申请人书面撤回。 ')).toBe('申请人书面撤回');
    expect(clause('见附件；')).toBe('见附件');
    expect(clause(undefined)).toBe('');
  });
});
