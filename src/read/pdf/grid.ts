// Tables found by their ruling lines: connected horizontal and vertical borders make a grid; a
// missing border between two grid cells means the cells are merged (rowspan / colspan).
import type { PageRules, Rule } from './rules.ts';

export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface Grid {
  /** Column and row boundaries, left to right and top to bottom (pt). */
  xs: number[];
  ys: number[];
  /** Logical cells (merged grid cells), row by row. */
  cells: GridCell[];
}

const TOL = 2;

/** Union-find root, with path halving. */
function root(parent: number[], i: number): number {
  let k = i;
  while (parent[k] !== k) {
    parent[k] = parent[parent[k]!]!;
    k = parent[k]!;
  }
  return k;
}

export function findGrids(rules: PageRules): Grid[] {
  const h = mergeRules(rules.h);
  const v = mergeRules(rules.v);
  const lines = [...h.map((r) => ({ r, horizontal: true })), ...v.map((r) => ({ r, horizontal: false }))];
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => root(parent, i);
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      if (touches(hr, vr)) parent[find(i)] = find(h.length + j);
    });
  });
  const comps = new Map<number, { h: Rule[]; v: Rule[] }>();
  lines.forEach((l, i) => {
    const c = comps.get(find(i)) ?? { h: [], v: [] };
    (l.horizontal ? c.h : c.v).push(l.r);
    comps.set(find(i), c);
  });
  return [...comps.values()]
    .map((c) => toGrid(c.h, c.v))
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function touches(hr: Rule, vr: Rule): boolean {
  return vr.at >= hr.from - TOL && vr.at <= hr.to + TOL && hr.at >= vr.from - TOL && hr.at <= vr.to + TOL;
}

/** Collinear pieces (a border drawn cell by cell, double lines) become one rule. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const same = out.filter(
      (o) => Math.abs(o.at - r.at) <= 1 && r.from <= o.to + TOL && r.to >= o.from - TOL,
    );
    if (same.length === 0) out.push({ ...r });
    else {
      const o = same[0]!;
      o.from = Math.min(o.from, r.from);
      o.to = Math.max(o.to, r.to);
    }
  }
  return out;
}

function positions(rules: readonly Rule[]): number[] {
  const out: number[] = [];
  for (const at of rules.map((r) => r.at).sort((a, b) => a - b)) {
    if (out.length === 0 || at - out.at(-1)! > TOL) out.push(at);
  }
  return out;
}

function covers(rules: readonly Rule[], at: number, point: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= TOL && r.from - TOL <= point && point <= r.to + TOL);
}

function toGrid(h: Rule[], v: Rule[]): Grid | null {
  const xs = positions(v);
  const ys = positions(h);
  // A single box (a framed paragraph) or a lone rule is not a table; one row of two or more cells
  // is (the last row of a table that runs over a page break).
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => root(parent, i);
  for (let r = 0; r < rows; r++) {
    const ym = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const xm = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(v, xs[c + 1]!, ym)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !covers(h, ys[r + 1]!, xm)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const cells = new Map<number, GridCell>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const cell = cells.get(root);
      if (!cell) cells.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        cell.r0 = Math.min(cell.r0, r);
        cell.r1 = Math.max(cell.r1, r);
        cell.c0 = Math.min(cell.c0, c);
        cell.c1 = Math.max(cell.c1, c);
      }
    }
  }
  const list = [...cells.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return { xs, ys, cells: list };
}
