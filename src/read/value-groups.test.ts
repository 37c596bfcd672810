import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { readTextLayout } from './text-layout.ts';
import { valueGroups } from './value-groups.ts';

const groupsOf = (text: string) => {
  const doc = flatten(readTextLayout(text));
  return valueGroups(doc, 0, doc.text.length).map((g) => ({
    label: g.label,
    cells: g.cells.map((c) => c.raw),
  }));
};

describe('valueGroups', () => {
  it("separates a glued row from the next row's numbering", () => {
    expect(groupsOf('1.属于国家秘密00000002.其他法律行政法规禁止公开0000000')).toEqual([
      { label: '1.属于国家秘密', cells: ['0000000'] },
      { label: '2.其他法律行政法规禁止公开', cells: ['0000000'] },
    ]);
  });
  it('keeps a row whose numbers continue on the next line', () => {
    expect(
      groupsOf('（二）部分公开（区分处理的）\n\n0 0 0 0 0 0\n0\n\n（三）不\n予公开')[0]!.cells,
    ).toHaveLength(7);
  });
  it('takes explicit cells (blanks kept) from tab-separated rows and ignores years', () => {
    const g = groupsOf('→（一）予以公开→→→3→3\n2023年'.replace(/→/g, '\t'));
    expect(g).toEqual([{ label: '（一）予以公开', cells: ['', '', '3', '3'] }]);
  });
});
