// The three tables of the template read from their regions into the keys of docs/template.md.
import type { CellProvenance, Table2, Table3, Table4 } from '../report/annual-report.ts';
import type { Template } from '../report/template.ts';
import type { RowSpec } from './align.ts';
import type { Candidate } from './candidates.ts';
import { TOTAL_FIRST, table3ColumnOrder } from './column-order.ts';
import { type FlatDoc, locAt, toCompact } from './flat-doc.ts';
import { convertAmount, declaredUnit, printedUnit, unitName } from './money-unit.ts';
import { compact } from './normalize.ts';
import type { Region } from './outline.ts';
import type { Constraint } from './solver.ts';
import { cellProvenance, type RowRead, readTable, type TableRead } from './table-reading.ts';

export interface TableResult<T> {
  table: T;
  provenance: Record<string, Record<string, CellProvenance>>;
  read?: TableRead;
}

const TAIL_ROWS = new Set(['otherHandling.other', 'totalHandled']);

const specsCache = new WeakMap<Template, RowSpec[]>();

export function table3Specs(t: Template): RowSpec[] {
  let specs = specsCache.get(t);
  if (!specs) {
    specs = buildTable3Specs(t);
    specsCache.set(t, specs);
  }
  return specs;
}

function buildTable3Specs(t: Template): RowSpec[] {
  return t.table3Rows.map((r) => ({
    key: r.key,
    anchors: TAIL_ROWS.has(r.key) ? r.anchors : [...r.anchors, numberedStart(r.number, r.label)],
    tail: TAIL_ROWS.has(r.key),
    width: 7,
    label: compact(r.label),
    numbered: compact(`${r.number ?? ''}${r.label}`),
    ...(r.group && { heading: headingName(r.group) }),
  }));
}

/** '（六）其他处理' -> '其他处理', '三、本年度办理结果' -> '本年度办理结果'. */
function headingName(group: string): string {
  return compact(group).replace(/^(?:[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）)/, '');
}

/**
 * '3.危及"' — the numbering and first words of a label: PDF text often breaks a long label
 * around its numbers, leaving only the start of the label before them.
 */
function numberedStart(number: string | undefined, label: string): string {
  return compact(`${number ?? ''}${label}`).slice(0, compact(number ?? '').length + 3);
}

const constraintsCache = new WeakMap<Template, Constraint[]>();
function cachedConstraints(t: Template, index: (key: string) => number): Constraint[] {
  let c = constraintsCache.get(t);
  if (!c) {
    c = table3Constraints(t, index);
    constraintsCache.set(t, c);
  }
  return c;
}

/** The printed arithmetic of table 3 (本列数据的勾稽关系, row totals, the outcome total). */
export function table3Constraints(t: Template, index: (key: string) => number): Constraint[] {
  const rows = t.table3Rows.map((r) => index(r.key));
  const out: Constraint[] = rows.map((row) =>
    sumIs(
      [0, 1, 2, 3, 4, 5].map((col) => ({ row, col })),
      { row, col: 6 },
    ),
  );
  for (let col = 0; col < 7; col++) {
    const at = (k: string) => index(k);
    out.push({
      terms: [
        { row: at('received'), col, sign: 1 },
        { row: at('carriedOver'), col, sign: 1 },
        { row: at('totalHandled'), col, sign: -1 },
        { row: at('carriedForward'), col, sign: -1 },
      ],
    });
    out.push({
      terms: [
        ...t.outcomeRowKeys.map((k) => ({ row: at(k), col, sign: 1 as const })),
        { row: at('totalHandled'), col, sign: -1 as const },
      ],
    });
  }
  return out;
}

export function readTable3(doc: FlatDoc, region: Region | undefined, t: Template): TableResult<Table3> {
  const specs = table3Specs(t);
  const read3 = (r: Region, columnOrder: readonly number[] | undefined) =>
    readTable(doc, r, specs, (ix) => cachedConstraints(t, ix), {
      // where blanks vanished, the total is printed whenever anything is: last unless moved
      lastAlwaysPrinted: columnOrder === undefined,
      ...(columnOrder && { columnOrder }),
    });
  const columnOrder = region ? table3ColumnOrder(headerText(doc, region, specs[0]!.anchors)) : undefined;
  let read = region ? read3(region, columnOrder) : undefined;
  if (region && read && columnOrder !== undefined && brokenRowTotals(read) > 0) {
    // The header put 总计 before 自然人, but a header extracted row by row does that too when
    // 总计 spans the header's rows from the top (申请人情况 | 总计 / 自然人 …) and is printed
    // last. The arithmetic settles it: the template's order is kept when its rows add up.
    const asTemplate = read3(region, undefined);
    if (brokenRowTotals(asTemplate) < brokenRowTotals(read) && countedRows(asTemplate) >= 1)
      read = asTemplate;
  } else if (region && read && columnOrder === undefined && brokenRowTotals(read) >= 3) {
    // No header says where 总计 is, and the rows do not add up with it last: with 总计 first
    // every row does (a header lost or garbled in conversion), so that is how it was printed.
    const moved = read3(region, TOTAL_FIRST);
    if (brokenRowTotals(moved) === 0 && countedRows(moved) >= 3) read = moved;
  }
  const cols = t.table3Columns.map((c) => c.key);
  const crowded = read && mostPrinted(read) > 2 * cols.length ? mostPrinted(read) : 0;
  if (crowded > 0) {
    // A row with numbers for several rows: the numbers do not stand next to their labels (text
    // extracted column by column, or cells in another order than the labels). Whatever cells
    // such a reading gives would be wrong numbers: the table stays unread, with the reason.
    const reason = `表三的数字与行标题无法对应（有一行印有 ${crowded} 个数字，模板为 ${cols.length} 列；文本可能是按列导出的），未读取`;
    return assemble(specs, undefined, () => cols, reason) as TableResult<Table3>;
  }
  const blank = blankTable(doc, region, read, specs, 2, '表三整表空白（行标题齐全而无任何数字），按 0 计');
  return assemble(specs, read, () => cols, '未找到表三', blank) as TableResult<Table3>;
}

/** The most numbers printed in one row of a reading. */
function mostPrinted(read: TableRead): number {
  return Math.max(0, ...read.rows.map((r) => r.printed));
}

/** Rows whose six applicant columns do not add up to the seventh. */
function brokenRowTotals(read: TableRead): number {
  let n = 0;
  for (const row of read.rows) {
    const v = row.cells.map((c) => c.value);
    if (v.length !== 7 || v.some((x) => typeof x !== 'number')) continue;
    const parts = (v as number[]).slice(0, 6).reduce((a, b) => a + b, 0);
    if (parts !== v[6]) n++;
  }
  return n;
}

/** Rows with a number other than 0. */
function countedRows(read: TableRead): number {
  return read.rows.filter((row) => row.cells.some((c) => typeof c.value === 'number' && c.value !== 0))
    .length;
}

/**
 * A table printed with its row labels and not one number (an agency with nothing to count leaves
 * the cells empty; free text keeps no trace of empty cells): every cell blank, read as 0. At most
 * `unnamed` rows' labels may be missing (reworded).
 */
function blankTable(
  doc: FlatDoc,
  region: Region | undefined,
  read: TableRead | undefined,
  specs: readonly RowSpec[],
  unnamed: number,
  reason: string,
): CellProvenance | undefined {
  if (!region || !read || read.groups > 0 || numbersElsewhere(doc)) return undefined;
  const text = doc.compact.slice(toCompact(doc, region.from), toCompact(doc, region.to));
  const named = specs.filter((r) => r.anchors.some((a) => a !== '' && text.includes(a))).length;
  if (named < specs.length - unnamed) return undefined;
  return { status: 'blank', raw: '', loc: locAt(doc, region.from), reason };
}

const strayCounts = new WeakMap<FlatDoc, number>();

/**
 * Whether the document prints bare numbers on lines of their own: then a table whose labels
 * stand without numbers may have had its cells moved elsewhere (text extracted column by
 * column, every cell on its own line after the labels), and reading it as blank would turn its
 * numbers into zeros. Such a table stays unread (null) instead. A page number alone is one line;
 * three or more are cells.
 */
function numbersElsewhere(doc: FlatDoc): boolean {
  let n = strayCounts.get(doc);
  if (n === undefined) {
    n = doc.text
      .split('\n')
      .filter((line) => /^[ \t]*[0-9０-９]+(?:[ \t]+[0-9０-９]+)*[ \t]*$/.test(line)).length;
    strayCounts.set(doc, n);
  }
  return n >= 3;
}

/** The compact text of a table's header: from the region's start to its first row's label. */
function headerText(doc: FlatDoc, region: Region, firstRow: readonly string[]): string {
  const from = toCompact(doc, region.from);
  const to = toCompact(doc, region.to);
  const ends = firstRow.map((a) => doc.compact.indexOf(a, from)).filter((i) => i >= 0 && i < to);
  return doc.compact.slice(from, ends.length > 0 ? Math.min(...ends) : from);
}

const TABLE4_SPECS: RowSpec[] = [{ key: 'table4', anchors: [], width: 15 }];
// Each group of five: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
const TABLE4_CONSTRAINTS: Constraint[] = [0, 1, 2].map((g) =>
  sumIs(
    [0, 1, 2, 3].map((c) => ({ row: 0, col: g * 5 + c })),
    { row: 0, col: g * 5 + 4 },
  ),
);

// The printed header of table 4: its three groups and the columns every group repeats.
const TABLE4_HEADER = ['行政复议', '直接起诉', '复议后起诉', '维持', '纠正', '尚未审结', '总计'];

/**
 * Table 4 printed with its whole header and not one number up to the next heading: every cell
 * is blank (an agency with no case leaves them empty; PDF text keeps no trace of empty cells).
 */
function blankTable4(doc: FlatDoc, region: Region): boolean {
  if (numbersElsewhere(doc)) return false;
  const text = doc.compact.slice(toCompact(doc, region.from), toCompact(doc, region.to));
  return TABLE4_HEADER.every((w) => text.includes(w)) && !/[0-9]/.test(text);
}

export function readTable4(doc: FlatDoc, region: Region | undefined, t: Template): TableResult<Table4> {
  const read = region
    ? readTable(doc, region, TABLE4_SPECS, () => TABLE4_CONSTRAINTS, { single: true })
    : undefined;
  const table: Record<string, Record<string, number | null>> = {};
  const provenance: Record<string, Record<string, CellProvenance>> = {};
  const blank = region !== undefined && !(read && read.groups > 0) && blankTable4(doc, region);
  t.table4Groups.forEach((g, gi) => {
    table[g.key] = {};
    provenance[g.key] = {};
    t.table4Columns.forEach((c, ci) => {
      const cell = read?.rows[0]?.cells[gi * 5 + ci];
      const found = read && read.groups > 0 && cell;
      table[g.key]![c.key] = found ? (cell.value as number | null) : null;
      if (found) provenance[g.key]![c.key] = cellProvenance(cell);
      else if (blank) {
        table[g.key]![c.key] = 0;
        provenance[g.key]![c.key] = {
          status: 'blank',
          raw: '',
          loc: locAt(doc, region.from),
          reason: '表四整表空白（表头完整而无任何数字），按 0 计',
        };
      } else provenance[g.key]![c.key] = missing('未找到表四的数字');
    });
  });
  return { table: table as Table4, provenance, ...(read && { read }) };
}

const NO_CONSTRAINTS: Constraint[] = [];
const table2SpecsCache = new WeakMap<Template, RowSpec[]>();
function table2Specs(t: Template): RowSpec[] {
  let specs = table2SpecsCache.get(t);
  if (!specs) {
    specs = t.table2.map((r) => ({ key: r.key, anchors: r.anchors, width: r.columns.length }));
    table2SpecsCache.set(t, specs);
  }
  return specs;
}

export function readTable2(
  doc: FlatDoc,
  region: Region | undefined,
  t: Template,
  prefer: (row: RowSpec, cands: Candidate[]) => Candidate[],
): TableResult<Table2> {
  const specs = table2Specs(t);
  const kinds = (spec: RowSpec) => t.table2.find((r) => r.key === spec.key)?.columns.map((c) => c.kind);
  const read = region
    ? readTable(doc, region, specs, () => NO_CONSTRAINTS, { kinds, prefer, unordered: true })
    : undefined;
  const blank = blankTable(doc, region, read, specs, 1, '表二整表空白（行标题齐全而无任何数字），按 0 计');
  const result = assemble(specs, read, (r) => t.table2[r]!.columns.map((c) => c.key), '未找到表二', blank);
  if (read && read.groups > 0) inDeclaredUnits(result, read, t);
  return result as TableResult<Table2>;
}

/**
 * Money columns whose template label declares a unit (本年收费金额（单位：万元）): a value printed
 * with another unit ('3500元') or under a header declaring another ('（单位：元）') is converted.
 */
function inDeclaredUnits(
  result: TableResult<Record<string, Record<string, number | string | null>>>,
  read: TableRead,
  t: Template,
): void {
  t.table2.forEach((def, r) => {
    const row = read.rows[r];
    def.columns.forEach((col, c) => {
      const want = col.kind === 'decimal' ? declaredUnit(col.label) : undefined;
      const cell = row?.cells[c];
      const value = result.table[def.key]?.[col.key];
      if (want === undefined || !cell || typeof value !== 'number') return;
      const printed = printedUnit(cell.raw ?? '');
      const have = printed ?? declaredUnit(row.context ?? '');
      if (have === undefined || have === want) return;
      result.table[def.key]![col.key] = convertAmount(value, have, want);
      const how = printed ? `原表数字带单位“${unitName(have)}”` : `原表表头单位为“${unitName(have)}”`;
      result.provenance[def.key]![col.key]!.reason = `${how}（${cell.raw}），已换算为${unitName(want)}`;
    });
  });
}

function assemble(
  specs: RowSpec[],
  read: TableRead | undefined,
  columns: (row: number) => readonly string[],
  notFound: string,
  blank?: CellProvenance,
): TableResult<Record<string, Record<string, number | string | null>>> {
  const table: Record<string, Record<string, number | string | null>> = {};
  const provenance: Record<string, Record<string, CellProvenance>> = {};
  const found = read !== undefined && read.groups > 0;
  for (let r = 0; r < specs.length; r++) {
    const row: RowRead | undefined = found ? read.rows[r] : undefined;
    const values: Record<string, number | string | null> = {};
    const cells: Record<string, CellProvenance> = {};
    const cols = columns(r);
    for (let c = 0; c < cols.length; c++) {
      const cell = row?.cells[c];
      values[cols[c]!] = cell ? cell.value : blank ? 0 : null;
      cells[cols[c]!] = cell ? cellProvenance(cell) : blank ? { ...blank } : missing(notFound);
    }
    table[specs[r]!.key] = values;
    provenance[specs[r]!.key] = cells;
  }
  return { table, provenance, ...(read && { read }) };
}

/** The rule 'the parts add up to the total'. */
function sumIs(parts: { row: number; col: number }[], total: { row: number; col: number }): Constraint {
  return { terms: [...parts.map((p) => ({ ...p, sign: 1 as const })), { ...total, sign: -1 as const }] };
}

function missing(reason: string): CellProvenance {
  return { status: 'unreadable', raw: null, reason };
}
