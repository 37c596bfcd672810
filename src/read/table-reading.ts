// Reads a table region into rows of cells: groups -> rows (align) -> readings (candidates) ->
// one reading per row (solver). Shared by tables 2, 3 and 4; each table supplies its rows and
// its arithmetic.
import type { CellProvenance } from '../report/annual-report.ts';
import {
  alignGroups,
  labelNames,
  matchByLabel,
  namesOnlyHeading,
  type RowSpec,
  splitMultiRowGroups,
} from './align.ts';
import { type Candidate, type CandidateCell, type CellKindSpec, candidatesFor } from './candidates.ts';
import { toTemplateOrder } from './column-order.ts';
import type { FlatDoc } from './flat-doc.ts';
import { compact } from './normalize.ts';
import type { Region } from './outline.ts';
import { type Constraint, type SolvedCell, solve, violated } from './solver.ts';
import { digitCount, type ValueGroup, valueGroups } from './value-groups.ts';

export interface RowRead {
  key: string;
  cells: SolvedCell[];
  /** The row's label as printed (compact), when found. */
  label?: string;
  /** The label is a table cell of its own (not free text that may mix in neighbouring words). */
  labelInCell?: boolean;
  /** Everything printed since the previous row (headers above the row, then its label), compact. */
  context?: string;
  /** Printed numbers the reading had to leave out, and cells it could not find. */
  dropped: number;
  missing: number;
  printed: number;
}

export interface TableRead {
  rows: RowRead[];
  /** Empty cells left no trace in this table's source (a crawler dropped them). */
  vanishing: boolean;
  groups: number;
}

export interface ReadOptions {
  /** Join every group of the region into one printed row (table 4 is printed as one row). */
  single?: boolean;
  /** Rows are independent and may be printed in any order: match by label alone (table 2). */
  unordered?: boolean;
  kinds?: (row: RowSpec) => readonly CellKindSpec[] | undefined;
  /** Where empty cells vanished, the last column (a total) is still printed. */
  lastAlwaysPrinted?: boolean;
  /** Choose among readings that no arithmetic separates (table 2: the narrative's figures). */
  prefer?: (row: RowSpec, cands: Candidate[]) => Candidate[];
  /** The template column printed at each position, when the header shows another order. */
  columnOrder?: readonly number[];
}

export function readTable(
  doc: FlatDoc,
  region: Region,
  specs: readonly RowSpec[],
  constraints: (index: (key: string) => number) => Constraint[],
  opts: ReadOptions = {},
): TableRead {
  let groups = valueGroups(doc, region.from, region.to);
  if (opts.single) {
    const printed = groups.filter((g) => g.cells.some((c) => c.kind === 'num'));
    groups = printed.length > 1 ? [joinGroups(printed)] : printed;
  }
  if (!opts.single && !opts.unordered) groups = joinSplitRows(splitMultiRowGroups(groups, specs), specs);
  const assigned = opts.single
    ? specs.map((_, i) => (i === 0 && groups.length ? 0 : -1))
    : opts.unordered
      ? matchByLabel(groups, specs)
      : alignGroups(groups, specs);
  const vanishing = assigned.some((g, r) => g >= 0 && isShort(groups[g]!, specs[r]!.width));
  const rowCands = specs.map((spec, r) => {
    const g = assigned[r]!;
    if (g < 0) {
      const merged = spec.heading ? headingRow(groups, assigned, spec.heading, specs) : undefined;
      if (merged) return [unknownRow(spec.width, merged)];
      if (!vanishing && labelledWithoutNumbers(doc, groups, assigned, r, spec))
        return [noGroup(spec.width, true)]; // its cells vanished
      return [noGroup(spec.width, vanishing)];
    }
    const cands = candidatesFor(groups[g]!, {
      k: spec.width,
      vanishing,
      kinds: opts.kinds?.(spec),
      lastAlwaysPrinted: opts.lastAlwaysPrinted ?? false,
    });
    if (cands.length === 0) return [noGroup(spec.width, false)];
    const ordered = opts.columnOrder ? cands.map((c) => inTemplateOrder(c, opts.columnOrder)) : cands;
    return opts.prefer ? opts.prefer(spec, ordered) : ordered;
  });
  const keyIndex = (key: string) => specs.findIndex((s) => s.key === key);
  const rules = constraints(keyIndex);
  const solution = solve(rowCands, rules, 0);
  repairBlanks(solution.rows, rules);
  const rows = specs.map((spec, r): RowRead => {
    const g = assigned[r]!;
    const group = g >= 0 ? groups[g] : undefined;
    const cells = solution.rows[r]!;
    let missing = 0;
    if (group && !vanishing) for (const c of cells) if (c.status === 'absent') missing++;
    const row: RowRead = {
      key: spec.key,
      cells,
      dropped: solution.chosen[r]?.dropped ?? 0,
      missing,
      printed: group?.cells.length ?? 0,
    };
    if (group) {
      row.label = group.label;
      row.labelInCell = group.structured;
      row.context = group.loose + group.label;
    }
    return row;
  });
  return { rows, vanishing, groups: groups.length };
}

function inTemplateOrder(c: Candidate, order: readonly number[] | undefined): Candidate {
  return { ...c, cells: toTemplateOrder(c.cells, order) };
}

function isShort(group: ValueGroup, width: number): boolean {
  if (group.structured) return false;
  let digits = 0;
  for (const c of group.cells) {
    if (c.kind !== 'num') digits++;
    else digits += digitCount(c.raw);
  }
  return digits > 0 && digits < width;
}

/** An unassigned group printed under the rows' heading alone (the heading as one row), if any. */
function headingRow(
  groups: readonly ValueGroup[],
  assigned: readonly number[],
  heading: string,
  specs: readonly RowSpec[],
): ValueGroup | undefined {
  return groups.find((g, i) => !assigned.includes(i) && namesOnlyHeading(g.label, specs, heading));
}

function unknownRow(width: number, merged: ValueGroup): Candidate {
  const reason = `原表将“${merged.label}”印为一行（模板在其下分为多行），无法拆分到各行`;
  const cell: CandidateCell = { value: null, status: 'unreadable', raw: null };
  return { cells: Array.from({ length: width }, () => ({ ...cell, reason })), cost: 0, dropped: 0 };
}

/**
 * Crawled text (white space collapsed) prints a row whose cells were all empty as its label
 * alone, run into the next row's label on the same line ('1.属于国家秘密2.其他法律…4.保护第三方
 * 合法权益3000003'): the row's label stands on the line of the next row's numbers, before them.
 * Text laid out in lines (PDF) puts each row on a line of its own, so this never applies there.
 */
function labelledWithoutNumbers(
  doc: FlatDoc,
  groups: readonly ValueGroup[],
  assigned: readonly number[],
  r: number,
  spec: RowSpec,
): boolean {
  const next = assigned.slice(r + 1).find((g) => g >= 0);
  const group = next === undefined ? undefined : groups[next];
  if (!group || group.structured) return false;
  // the next row's label holds this row's name, and all of it stands on the line of its numbers
  // a short name ('3.其他') counts only with its numbering, as it stands before the next label
  const named = spec.tail
    ? spec.numbered !== undefined && group.label.includes(spec.numbered)
    : labelNames(group.label, spec);
  if (!named) return false;
  const lineStart = doc.text.lastIndexOf('\n', group.offset) + 1;
  return compact(doc.text.slice(lineStart, group.offset)).endsWith(group.label);
}

function noGroup(width: number, vanishing: boolean): Candidate {
  const cell: CandidateCell = vanishing
    ? { value: 0, status: 'absent', raw: null }
    : { value: null, status: 'unreadable', raw: null };
  return { cells: Array.from({ length: width }, () => ({ ...cell })), cost: 0, dropped: 0 };
}

function joinGroups(groups: ValueGroup[]): ValueGroup {
  return {
    cells: groups.flatMap((g) => g.cells),
    structured: groups.every((g) => g.structured),
    label: groups.map((g) => g.label).join(''),
    loose: groups[0]!.loose,
    offset: groups[0]!.offset,
  };
}

/**
 * A blank cell is 0 unless the table's own arithmetic says it cannot be: then it is unknown
 * (a converter displaced the number), so the rule it breaks is not reported as an error.
 */
function repairBlanks(rows: SolvedCell[][], rules: readonly Constraint[]): void {
  const valueAt = (r: number, c: number) => rows[r]?.[c]?.value;
  for (const rule of rules) {
    if (!violated(rule, valueAt)) continue;
    const blanks = rule.terms.filter((t) => ['blank', 'dash'].includes(rows[t.row]?.[t.col]?.status ?? ''));
    if (blanks.length !== 1) continue;
    const t = blanks[0]!;
    // The value the blank would need for the rule to hold: only a positive one can be a number
    // the conversion lost; otherwise the error is elsewhere and must be reported.
    const others = rule.terms.reduce((s, x) => (x === t ? s : s + x.sign * Number(valueAt(x.row, x.col))), 0);
    if (-others * t.sign <= 0) continue;
    const cell = rows[t.row]![t.col]!;
    rows[t.row]![t.col] = {
      ...cell,
      value: null,
      reason: '空白单元格，但按表内勾稽关系不应为 0，无法确定其值',
    };
  }
}

export function cellProvenance(cell: SolvedCell): CellProvenance {
  const p: CellProvenance = {
    status: cell.value === null && cell.status !== 'unreadable' ? 'unreadable' : cell.status,
    raw: cell.raw,
  };
  if (cell.loc) p.loc = cell.loc;
  if (cell.value === null) p.reason = cell.reason ?? (cell.raw === null ? '未找到该单元格' : '无法识别');
  else if (cell.status === 'blank') p.reason = '空白单元格，按 0 计';
  else if (cell.status === 'dash') p.reason = `“${cell.raw}”按 0 计`;
  else if (cell.status === 'absent') p.reason = '原文无此单元格（空白单元格被删除），按 0 计';
  else if (cell.status === 'split') p.reason = '数字粘连，按表内勾稽关系拆分';
  if (cell.candidates?.length) p.candidates = cell.candidates;
  return p;
}

/**
 * A row a converter split in two (PDF to markdown, to TSV): its label's start over empty cells,
 * then the rest of the label with the numbers ('（二）部分公开（区分处理的，只计这一 |  |  |' then
 * '情形，不计其他情形） | 5 | 1 |'), or the numbers first and the rest of the label over empty
 * cells. The two are one row when the second label is a later piece of the template label the
 * first names; a row of its own (numbered, or no such piece) is left alone.
 */
function joinSplitRows(groups: ValueGroup[], specs: readonly RowSpec[]): ValueGroup[] {
  const out: ValueGroup[] = [];
  for (const g of groups) {
    const prev = out.at(-1);
    const numbersFirst = prev !== undefined && blankOnly(g) && hasNumber(prev);
    if (prev && (numbersFirst || (blankOnly(prev) && hasNumber(g))) && continuesLabel(prev, g, specs)) {
      const cells = numbersFirst ? prev.cells : g.cells;
      out[out.length - 1] = { ...prev, cells, label: prev.label + g.label };
    } else {
      out.push(g);
    }
  }
  return out;
}

const blankOnly = (g: ValueGroup) => g.structured && g.cells.every((c) => c.kind === 'blank');
const hasNumber = (g: ValueGroup) => g.structured && g.cells.some((c) => c.kind === 'num');

/** The rest's label is a later piece of the printed label of the one row the first names. */
function continuesLabel(first: ValueGroup, rest: ValueGroup, specs: readonly RowSpec[]): boolean {
  if (rest.label.length < 2) return false;
  return specs.some((s) => {
    if (s.label === undefined || !labelNames(first.label, s)) return false;
    // the rest may open with the rest of the group's heading, cut by the same break ('其他处理')
    const piece = withoutHeadingEnd(rest.label, s.heading);
    return (
      piece.length >= 2 &&
      s.label.indexOf(piece) > 0 &&
      s.label.includes(first.label.slice(-2)) &&
      !specs.some((o) => o !== s && labelNames(piece, o))
    );
  });
}

/** A label without the end of its group's heading at its start ('其他处理逾期不补正…' → '逾期不补正…'). */
function withoutHeadingEnd(label: string, heading: string | undefined): string {
  if (!heading) return label;
  for (let k = heading.length; k >= 2; k--) if (label.startsWith(heading.slice(-k))) return label.slice(k);
  return label;
}
