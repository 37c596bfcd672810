// The merged cells of the printed template tables (国办公开办函〔2021〕30号, 〔2019〕60号).
import { describe, expect, it } from 'vitest';
import { blankReport } from '../report/blank-report.ts';
import { placeCells, table3Grid, table4Grid } from './table-grid.ts';

const find = (cells: ReturnType<typeof placeCells>, text: string) => cells.find((p) => p.cell.text === text)!;

describe('table 3 grid', () => {
  it.each([
    ['2021', 22],
    ['2019', 20],
  ] as const)(
    '%s template: note over 3×3, 申请人情况 over 7, 三、本年度办理结果 over %i rows',
    (v, outcomeRows) => {
      const grid = table3Grid(blankReport(v));
      const cells = placeCells(grid);
      expect(grid.width).toBe(10);
      expect(
        find(cells, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
      ).toMatchObject({
        row: 0,
        col: 0,
        cell: { rowSpan: 3, colSpan: 3 },
      });
      expect(find(cells, '申请人情况').cell.colSpan).toBe(7);
      expect(find(cells, '自然人').cell.rowSpan).toBe(2);
      expect(find(cells, '法人或其他组织').cell.colSpan).toBe(5);
      expect(find(cells, '总计')).toMatchObject({ row: 1, col: 9, cell: { rowSpan: 2 } });
      expect(find(cells, '三、本年度办理结果')).toMatchObject({ col: 0, cell: { rowSpan: outcomeRows } });
      expect(find(cells, '（三）不予公开')).toMatchObject({ col: 1, cell: { rowSpan: 8 } });
      expect(find(cells, '一、本年新收政府信息公开申请数量').cell.colSpan).toBe(3);
      expect(find(cells, '（七）总计')).toMatchObject({ col: 1, cell: { colSpan: 2 } });
      // Every row fills the 10 columns exactly.
      const filled = grid.rows.map(() => 0);
      for (const p of cells) for (let r = 0; r < p.cell.rowSpan; r++) filled[p.row + r]! += p.cell.colSpan;
      expect(filled.every((n) => n === 10)).toBe(true);
    },
  );
});

describe('table 4 grid', () => {
  it('行政复议 over 5 columns of rowspan 2; 行政诉讼 over two groups of 5', () => {
    const cells = placeCells(table4Grid(blankReport()));
    expect(find(cells, '行政复议').cell.colSpan).toBe(5);
    expect(find(cells, '行政诉讼')).toMatchObject({ col: 5, cell: { colSpan: 10 } });
    expect(find(cells, '复议后起诉')).toMatchObject({ row: 1, col: 10, cell: { colSpan: 5 } });
    expect(
      cells.filter((p) => p.cell.text === '结果维持').map((p) => [p.row, p.col, p.cell.rowSpan]),
    ).toEqual([
      [1, 0, 2],
      [2, 5, 1],
      [2, 10, 1],
    ]);
    expect(cells.filter((p) => p.cell.role === 'value')).toHaveLength(15);
  });
});
