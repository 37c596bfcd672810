// A table of the template that the report does not contain (or that could not be found).
import { everyCell, type TableProvenance } from '../cells.ts';
import { defineRule } from '../rule.ts';

const NAMES = {
  table2: '表二（主动公开政府信息情况）',
  table3: '表三（收到和处理政府信息公开申请情况）',
  table4: '表四（政府信息公开行政复议、行政诉讼情况）',
};

export const tableMissing = defineRule({
  id: 'table-missing',
  severity: 'warning',
  description: '报告中没有模板要求的统计表，或表格无法找到',
  check(report) {
    return (['table2', 'table3', 'table4'] as const).flatMap((table) =>
      notFound(report.provenance[table])
        ? [{ message: `未找到${NAMES[table]}的数字`, where: { part: table } }]
        : [],
    );
  },
});

/** Every cell of the table unreadable because the table was not found (and at least one cell). */
function notFound(rows: TableProvenance): boolean {
  let cells = 0;
  const all = everyCell(rows, (p) => {
    cells++;
    return p.status === 'unreadable' && p.reason?.startsWith('未找到表') === true;
  });
  return all && cells > 0;
}
