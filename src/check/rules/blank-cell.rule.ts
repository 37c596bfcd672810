// Blank cells are read as 0 but stay distinguishable from a written 0 (provenance). A blank
// 总计 is a departure from the template worth a warning; other blanks are worth a note.
import type { CellProvenance } from '../../report/annual-report.ts';
import { everyCell } from '../cells.ts';
import { tableName } from '../labels.ts';
import type { FindingDraft } from '../rule.ts';
import { defineRule } from '../rule.ts';

const BLANK = new Set(['blank', 'dash']);

export const blankCell = defineRule({
  id: 'blank-cell',
  severity: 'warning',
  description: '表格中有空白单元格（按 0 计，总计列空白为警告）',
  check(report) {
    const out: FindingDraft[] = [];
    for (const table of ['table2', 'table3', 'table4'] as const) {
      let blank = 0;
      let totals = 0;
      let unknown = 0;
      everyCell(report.provenance[table], (p, col) => {
        if (BLANK.has(p.status)) {
          blank++;
          if (col === 'total') totals++;
        } else if (isBlankNull(p)) unknown++;
        return true;
      });
      const name = tableName(table);
      if (unknown > 0) {
        out.push({
          message: `${name}有 ${unknown} 个空白单元格按表内勾稽关系不应为 0，已置为无法确定`,
          where: { part: table },
        });
      }
      if (totals > 0) {
        out.push({
          message: `${name}“总计”列有 ${totals} 个空白单元格（按 0 计）`,
          where: { part: table, column: 'total' },
        });
      }
      const others = blank - totals;
      if (others > 0) {
        out.push({
          severity: 'info',
          message: `${name}有 ${others} 个空白或以“/”“—”填写的单元格，已按 0 计`,
          where: { part: table },
        });
      }
    }
    if (report.provenance.vanishingBlanks.length > 0) {
      out.push({
        severity: 'info',
        message: `原文中的空白单元格未留痕迹（网页抓取时被删除），${report.provenance.vanishingBlanks.map(tableName).join('、')}中位置无法确定的数字已置为无法确定`,
        where: { part: 'document' },
      });
    }
    return out;
  },
});

function isBlankNull(p: CellProvenance): boolean {
  return p.status === 'unreadable' && p.raw === '';
}
