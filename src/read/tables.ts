// The three tables of the template read from their regions into the keys of docs/template.md.
import type { CellProvenance, Table2, Table3, Table4 } from '../report/annual-report.ts';
import type { Template } from '../report/template.ts';
import type { RowSpec } from './align.ts';
import type { Candidate } from './candidates.ts';
import type { FlatDoc } from './flat-doc.ts';
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
  }));
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
  const read = region
    ? readTable(doc, region, specs, (ix) => cachedConstraints(t, ix), { lastAlwaysPrinted: true })
    : undefined;
  const cols = t.table3Columns.map((c) => c.key);
  return assemble(specs, read, () => cols, '未找到表三') as TableResult<Table3>;
}

const TABLE4_SPECS: RowSpec[] = [{ key: 'table4', anchors: [], width: 15 }];
// Each group of five: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
const TABLE4_CONSTRAINTS: Constraint[] = [0, 1, 2].map((g) =>
  sumIs(
    [0, 1, 2, 3].map((c) => ({ row: 0, col: g * 5 + c })),
    { row: 0, col: g * 5 + 4 },
  ),
);

export function readTable4(doc: FlatDoc, region: Region | undefined, t: Template): TableResult<Table4> {
  const read = region
    ? readTable(doc, region, TABLE4_SPECS, () => TABLE4_CONSTRAINTS, { single: true })
    : undefined;
  const table: Record<string, Record<string, number | null>> = {};
  const provenance: Record<string, Record<string, CellProvenance>> = {};
  t.table4Groups.forEach((g, gi) => {
    table[g.key] = {};
    provenance[g.key] = {};
    t.table4Columns.forEach((c, ci) => {
      const cell = read?.rows[0]?.cells[gi * 5 + ci];
      const found = read && read.groups > 0 && cell;
      table[g.key]![c.key] = found ? (cell.value as number | null) : null;
      provenance[g.key]![c.key] = found ? cellProvenance(cell) : missing('未找到表四的数字');
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
  return assemble(
    specs,
    read,
    (r) => t.table2[r]!.columns.map((c) => c.key),
    '未找到表二',
  ) as TableResult<Table2>;
}

function assemble(
  specs: RowSpec[],
  read: TableRead | undefined,
  columns: (row: number) => readonly string[],
  notFound: string,
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
      values[cols[c]!] = cell ? cell.value : null;
      cells[cols[c]!] = cell ? cellProvenance(cell) : missing(notFound);
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
