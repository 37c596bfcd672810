// An import table (header row + data rows, cells as text) to register records. Every row is
// checked and every problem of every row reported with its line, so that one correction round
// fixes the file; any error means no record at all.

import { normalizeLabel, parseCell } from './cells.ts';
import { REGISTER_COLUMNS, type RegisterColumn } from './columns.ts';
import { crossRecordIssues, type LocatedRecord, type RowError, rowError } from './cross-record.ts';
import type { RegisterKind, RegisterRecord } from './records.ts';
import { validateRecord } from './validate.ts';

export type ParseResult<K extends RegisterKind> =
  | { records: RegisterRecord<K>[] /** The line of each record, in the same order. */; lines: number[] }
  | { errors: RowError[] };

/**
 * `table[0]` is the header row (after blank rows); `lines[i]` is the line or sheet row of
 * `table[i]` as the user sees it (default: i + 1). Blank rows are skipped; unknown columns are
 * ignored (a 序号 column, say).
 */
export function parseRegisterRows<K extends RegisterKind>(
  kind: K,
  table: readonly (readonly string[])[],
  lines: readonly number[] = table.map((_, i) => i + 1),
): ParseResult<K> {
  const rows = table.map((cells, i) => ({ cells, line: lines[i] ?? i + 1 })).filter((r) => !isBlank(r.cells));
  const [header, ...data] = rows;
  if (header === undefined)
    return { errors: [{ line: 1, message: '文件中没有内容：第一行应为列名，其后每行一条记录' }] };
  const mapped = mapHeader(kind, header.cells, header.line);
  if ('errors' in mapped) return mapped;
  if (data.length === 0) return { errors: [{ line: header.line, message: '只有列名，没有记录' }] };

  const errors: RowError[] = [];
  const valid: LocatedRecord<K>[] = [];
  const identified: LocatedRecord<K>[] = [];
  for (const { cells, line } of data) {
    const row = parseRow(kind, mapped.columns, cells, line);
    errors.push(...row.errors);
    if (row.errors.length === 0) valid.push({ record: row.record, line });
    // A row with other errors still takes part in the duplicate checks when its identity reads.
    if (IDENTITY[kind].every((f) => f in row.record)) identified.push({ record: row.record, line });
  }
  errors.push(...crossRecordIssues(kind, identified, []).map((e) => rowError(kind, e)));
  if (errors.length > 0) return { errors: errors.sort((a, b) => a.line - b.line) };
  return { records: valid.map((l) => l.record), lines: valid.map((l) => l.line) };
}

/** The fields that make a record's identity (recordKey) and period. */
const IDENTITY: Record<RegisterKind, readonly string[]> = {
  documents: ['id'],
  decisions: ['category', 'period'],
  fees: ['item', 'period'],
  cases: ['id'],
};

type Mapped = { columns: { column: RegisterColumn; index: number }[] } | { errors: RowError[] };

function mapHeader(kind: RegisterKind, cells: readonly string[], line: number): Mapped {
  const titles = cells.map(normalizeLabel);
  const errors: RowError[] = [];
  const columns: { column: RegisterColumn; index: number }[] = [];
  for (const column of REGISTER_COLUMNS[kind]) {
    const names = [column.header, ...column.variants].map(normalizeLabel);
    const found = titles.flatMap((t, i) => (names.includes(t) ? [i] : []));
    if (found.length > 1) {
      errors.push({
        line,
        column: column.header,
        message: `列“${column.header}”出现了${found.length}次，只能有一列`,
      });
    } else if (found.length === 1) {
      columns.push({ column, index: found[0]! });
    } else if (column.required) {
      errors.push({
        line,
        column: column.header,
        message: `缺少列“${column.header}”：第一行应为列名，可下载模板（gongkai registers template）对照`,
      });
    }
  }
  return errors.length > 0 ? { errors } : { columns };
}

/** The row's record (partial when a cell is bad) and its errors. */
function parseRow<K extends RegisterKind>(
  kind: K,
  columns: readonly { column: RegisterColumn; index: number }[],
  cells: readonly string[],
  line: number,
): { record: RegisterRecord<K>; errors: RowError[] } {
  const errors: RowError[] = [];
  const fields: Record<string, unknown> = {};
  for (const { column, index } of columns) {
    const cell = parseCell(column, cells[index] ?? '');
    if ('error' in cell) errors.push({ line, column: column.header, message: cell.error });
    else if (cell.value !== undefined) fields[column.field] = cell.value;
    else if (column.required)
      errors.push({ line, column: column.header, message: `${column.header}不能为空` });
  }
  if (kind === 'cases' && fields.note === undefined) fields.note = '';
  const record = fields as unknown as RegisterRecord<K>;
  // Rules across fields (a repeal before the issue, a result without a conclusion) are checked
  // once every cell of the row reads; with a bad cell they would only repeat its error.
  if (errors.length > 0) return { record, errors };
  return { record, errors: validateRecord(kind, record).map((i) => rowError(kind, { ...i, line })) };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
