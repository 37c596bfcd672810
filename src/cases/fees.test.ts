import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from './events.ts';
import { countFee, formatFen, monthlyOrdinal, volumeFee } from './fees.ts';
import { received } from './test-kit.ts';

describe('按件计收 (国办函〔2020〕109号)', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 10_000], // 100 yuan
    [30, 10_000],
    [31, 20_000], // first band of 10 above 30: 200 yuan
    [40, 20_000],
    [41, 30_000],
    [55, 40_000], // third band (51st-60th): 400 yuan
  ])('application no. %i of the month costs %i 分', (ordinal, fen) => {
    expect(countFee(ordinal).amountFen).toBe(fen);
  });

  it('names the band', () => {
    expect(countFee(35).lines).toEqual([
      { band: '第31—40件', units: 1, unitPriceFen: 20_000, amountFen: 20_000 },
    ]);
  });
});

describe('按量计收 (国办函〔2020〕109号)', () => {
  it.each([
    [30, 0],
    [31, 1_000],
    [100, 70_000], // 70 pages x 10 yuan
    [101, 72_000], // + 1 page x 20 yuan
    [200, 270_000], // 700 + 100 x 20 yuan
    [201, 274_000], // + 1 page x 40 yuan
    [250, 470_000], // 2,700 + 50 x 40 yuan
  ])('%i pages cost %i 分', (pages, fen) => {
    expect(volumeFee(pages).amountFen).toBe(fen);
  });

  it('is an integer sum of its band lines', () => {
    const fee = volumeFee(250);
    expect(fee.lines.map((l) => [l.band, l.units])).toEqual([
      ['第31—100页', 70],
      ['第101—200页', 100],
      ['第201页以上', 50],
    ]);
    expect(Number.isInteger(fee.amountFen)).toBe(true);
    expect(formatFen(fee.amountFen)).toBe('4,700.00元');
  });

  it('rejects a non-integer quantity (a bug in the caller)', () => {
    expect(() => volumeFee(1.5)).toThrow(RangeError);
    expect(() => countFee(0)).toThrow(RangeError);
  });
});

describe('monthlyOrdinal', () => {
  it('counts the same applicant in the same calendar month, by receipt date', () => {
    const logs: ApplicationEvent[][] = [
      received('2025-03-10', 'a'),
      received('2025-03-03', 'b'),
      received('2025-02-28', 'c'), // previous month
      received('2025-03-05', 'd'),
    ];
    expect(monthlyOrdinal(logs, logs[0]!)).toBe(3);
    expect(monthlyOrdinal(logs, logs[1]!)).toBe(1);
    expect(monthlyOrdinal(logs, logs[2]!)).toBe(1);
  });
});
