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

export function readTable4(doc: FlatDoc, region: Region | undefined, t: Template): TableResult<Table4> {
  const spec: RowSpec = { key: 'table4', anchors: [], width: 15 };
  const constraints = (): Constraint[] =>
    [0, 1, 2].map((g) =>
      sumIs(
        [0, 1, 2, 3].map((c) => ({ row: 0, col: g * 5 + c })),
        { row: 0, col: g * 5 + 4 },
      ),
    );
  const read = region ? readTable(doc, region, [spec], constraints, { single: true }) : undefined;
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

export function readTable2(
  doc: FlatDoc,
  region: Region | undefined,
  t: Template,
  prefer: (row: RowSpec, cands: Candidate[]) => Candidate[],
): TableResult<Table2> {
  const specs: RowSpec[] = t.table2.map((r) => ({ key: r.key, anchors: r.anchors, width: r.columns.length }));
  const kinds = (spec: RowSpec) => t.table2.find((r) => r.key === spec.key)?.columns.map((c) => c.kind);
  const read = region
    ? readTable(doc, region, specs, () => [], { kinds, prefer, unordered: true })
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
  specs.forEach((spec, r) => {
    const row: RowRead | undefined = found ? read.rows[r] : undefined;
    table[spec.key] = {};
    provenance[spec.key] = {};
    columns(r).forEach((col, c) => {
      const cell = row?.cells[c];
      table[spec.key]![col] = cell ? cell.value : null;
      provenance[spec.key]![col] = cell ? cellProvenance(cell) : missing(notFound);
    });
  });
  return { table, provenance, ...(read && { read }) };
}

/** The rule 'the parts add up to the total'. */
function sumIs(parts: { row: number; col: number }[], total: { row: number; col: number }): Constraint {
  return { terms: [...parts.map((p) => ({ ...p, sign: 1 as const })), { ...total, sign: -1 as const }] };
}

function missing(reason: string): CellProvenance {
  return { status: 'unreadable', raw: null, reason };
}
