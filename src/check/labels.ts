// Chinese names of rows and columns for findings, from the template declaration.
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES, type Template } from '../report/template.ts';

export function templateOf(report: AnnualReport): Template {
  return TEMPLATES[report.template];
}

export function table3RowName(t: Template, key: string): string {
  const row = t.table3Rows.find((r) => r.key === key);
  if (!row) return key;
  return `${row.number ?? ''}${row.label.replace(/（区分处理的.*）$/, '')}`;
}

export function table3ColumnName(t: Template, key: string): string {
  return t.table3Columns.find((c) => c.key === key)?.label ?? key;
}

/** The Chinese name of a row of table 2, 3 or 4 ('行政规范性文件', '（三）不予公开…', '行政诉讼·复议后起诉'). */
export function rowName(t: Template, table: string, key: string): string {
  if (table === 'table3') return table3RowName(t, key);
  if (table === 'table2') return t.table2.find((r) => r.key === key)?.label ?? key;
  const group = t.table4Groups.find((g) => g.key === key);
  if (!group) return key;
  return 'group' in group ? `${group.group}·${group.label}` : group.label;
}

/** The Chinese heading of a column of a row of table 2, 3 or 4. */
export function columnName(t: Template, table: string, row: string, key: string): string {
  if (table === 'table3') return table3ColumnName(t, key);
  if (table === 'table2') {
    const columns = t.table2.find((r) => r.key === row)?.columns ?? [];
    return columns.find((c) => c.key === key)?.label ?? key;
  }
  return t.table4Columns.find((c) => c.key === key)?.label ?? key;
}

const SECTION_ORDINALS = ['一', '二', '三', '四', '五', '六'];
export function sectionName(number: string): string {
  return SECTION_ORDINALS.includes(number) ? `第${number}部分` : '正文';
}

const TABLE_NAMES: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四' };
/** '表三' for 'table3'. */
export function tableName(table: string): string {
  return TABLE_NAMES[table] ?? table;
}
