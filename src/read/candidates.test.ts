import { describe, expect, it } from 'vitest';
import { candidatesFor, splitDigits } from './candidates.ts';
import type { ValueGroup } from './value-groups.ts';

const free = (...raws: string[]): ValueGroup => ({
  cells: raws.map((raw) => ({ kind: 'num', raw, loc: {} })),
  structured: false,
  label: '',
  loose: '',
  offset: 0,
});

describe('candidates', () => {
  it('splits glued digits without leading zeros; a fraction stays in the last part', () => {
    expect(splitDigits('640020470', 7)).toContainEqual(['64', '0', '0', '2', '0', '4', '70']);
    expect(splitDigits('100', 2)).toEqual([['10', '0']]);
    expect(splitDigits('12.5', 2)).toEqual([['1', '2.5']]);
    expect(splitDigits('+82179', 2)).toContainEqual(['+82', '179']);
  });
  it('splits digits glued in a line, never a number printed alone on its line', () => {
    expect(
      candidatesFor(free('0', '88'), { k: 3, vanishing: false }).map((c) => c.cells.map((x) => x.value)),
    ).toEqual([[0, 8, 8]]);
    const alone = free('0', '88');
    alone.cells[1]!.alone = true;
    expect(candidatesFor(alone, { k: 3, vanishing: false })).toEqual([]);
  });
  it('gives one reading for exactly k cells and windows for extra cells', () => {
    expect(candidatesFor(free('1', '2', '3'), { k: 3, vanishing: false })).toHaveLength(1);
    const extra = candidatesFor(free('0', '0', '0', '0'), { k: 3, vanishing: false });
    expect(extra.every((c) => c.dropped === 1)).toBe(true);
  });
  it('where blanks vanished, the printed numbers may stand anywhere (the total always printed)', () => {
    const c = candidatesFor(free('11'), { k: 7, vanishing: true, lastAlwaysPrinted: true });
    const withTotalOne = c.filter((x) => x.cells[6]!.value === 1);
    expect(withTotalOne).toHaveLength(6);
  });
  it('rejects readings that put a decimal into a count column', () => {
    const c = candidatesFor(free('225253.168万元'), { k: 2, vanishing: false, kinds: ['count', 'text'] });
    expect(
      c.every((x) => typeof x.cells[1]!.value === 'string' && !String(x.cells[0]!.value).includes('.')),
    ).toBe(true);
  });
  it('keeps a text column as printed, but a dash there is 0 like anywhere else', () => {
    const g: ValueGroup = {
      cells: [
        { kind: 'num', raw: '0', loc: {} },
        { kind: 'dash', raw: '——', loc: {} },
      ],
      structured: true,
      label: '政府集中采购',
      loose: '',
      offset: 0,
    };
    const [c] = candidatesFor(g, { k: 2, vanishing: false, kinds: ['count', 'text'] });
    expect(c!.cells.map((x) => x.value)).toEqual([0, 0]);
    const printed = candidatesFor(free('14', '326.8万元'), {
      k: 2,
      vanishing: false,
      kinds: ['count', 'text'],
    });
    expect(printed[0]!.cells.map((x) => x.value)).toEqual([14, '326.8万元']);
  });
});
