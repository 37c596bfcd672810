// How the registers commands print for people: records as the import file writes them, tables
// 2 and 4 with the template's labels. Chinese throughout.

import {
  choiceLabel,
  REGISTER_COLUMNS,
  type RegisterKind,
  type RegisterRecord,
  yuanFromFen,
} from '../registers/index.ts';
import type { Table2, Table4 } from '../report/annual-report.ts';
import { TABLE4_COLUMNS, TABLE4_GROUPS, templateForYear } from '../report/template.ts';

/** A record's cells as the import file writes them (Chinese names of coded values, 元). */
function recordCells(kind: RegisterKind, record: RegisterRecord): string[] {
  const values = record as unknown as Record<string, string | number | undefined>;
  return REGISTER_COLUMNS[kind].map((c) => {
    const v = values[c.field];
    if (v === undefined) return '';
    if (c.type === 'amount') return yuanFromFen(Number(v));
    return c.choices ? choiceLabel(c.choices, String(v)) : String(v);
  });
}

export function listText(kind: RegisterKind, records: readonly RegisterRecord[]): string {
  return grid([REGISTER_COLUMNS[kind].map((c) => c.header), ...records.map((r) => recordCells(kind, r))]);
}

export function table2Text(table: Table2, year: number): string {
  const lines = templateForYear(year).table2.map((row) => {
    const cells = row.columns.map((c) => `${c.label} ${formatCell(table[row.key]?.[c.key])}`);
    return [`${row.article} ${row.label}`, cells.join('；')];
  });
  const note = lines.some((l) => l.some((c) => c.includes(' —')))
    ? '（“—”：登记簿不记录此项，请在报告中据实填写）\n'
    : '';
  return grid(lines) + note;
}

function formatCell(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

export function table4Text(table: Table4): string {
  const header = ['', ...TABLE4_COLUMNS.map((c) => c.label)];
  const rows = TABLE4_GROUPS.map((g) => [
    `${'group' in g ? `${g.group} ` : ''}${g.label}`,
    ...TABLE4_COLUMNS.map((c) => String(table[g.key][c.key] ?? 0)),
  ]);
  return grid([header, ...rows]);
}

/** Display width: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

function grid(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - width(c))))
      .join('  ')
      .trimEnd();
  return `${rows.map(line).join('\n')}\n`;
}
