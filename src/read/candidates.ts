// The readings a value group allows for a row of k cells. A group with exactly k cells has one
// reading. Glued digits ('640020470' for 64,0,0,2,0,4,70) allow every split into k numbers;
// extra cells allow every window of k; where a crawler dropped empty cells, the printed numbers
// may stand in several places. The table's arithmetic (solver.ts) chooses among them.
import type { CellStatus, SourceLoc } from '../report/annual-report.ts';
import type { CellToken, ValueGroup } from './value-groups.ts';

export interface CandidateCell {
  value: number | string | null;
  status: CellStatus;
  raw: string | null;
  loc?: SourceLoc;
}

export interface Candidate {
  cells: CandidateCell[];
  /** Preference among readings: higher is less likely (dropped or absent cells). */
  cost: number;
  /** Printed numbers that this reading leaves out of the row (a cell-count problem). */
  dropped: number;
}

/** What a column may hold: whole counts (the default), signed changes, decimals, printed text. */
export type CellKindSpec = 'count' | 'signed' | 'decimal' | 'text';

export interface CandidateOptions {
  k: number;
  /** Empty cells left no trace in this table: fewer numbers than cells may be placed. */
  vanishing: boolean;
  /** Per column; counts by default. A reading that puts '3.5' in a count column is no reading. */
  kinds?: readonly (CellKindSpec | undefined)[];
  /** Where cells vanished, the last column (a total) is printed whenever anything is. */
  lastAlwaysPrinted?: boolean;
  /** Readings beyond this many are not enumerated. */
  limit?: number;
}

const DEFAULT_LIMIT = 20_000;

export function candidatesFor(group: ValueGroup, opts: CandidateOptions): Candidate[] {
  const { cells } = group;
  const k = opts.k;
  let out: Candidate[];
  if (cells.length === k) out = [{ cells: cells.map((c) => toCell(c)), cost: 0, dropped: 0 }];
  else if (cells.length > k && !opts.kinds)
    return windows(cells, opts, true); // counts: checked there
  else if (cells.length > k) out = windows(cells, opts, false);
  else if (group.structured)
    out = placements(
      cells.map((c) => toCell(c)),
      opts,
      6,
    );
  else out = gluedReadings(cells, opts);
  const fitting = out.filter((c) => fitsKinds(c, opts.kinds));
  return opts.kinds?.includes('text') ? fitting.map((c) => withText(c, opts.kinds!)) : fitting;
}

function fitsKinds(c: Candidate, kinds: CandidateOptions['kinds']): boolean {
  const { cells } = c;
  for (let i = 0; i < cells.length; i++) if (!fitsKind(cells[i]!, kinds?.[i] ?? 'count')) return false;
  return true;
}

/** A cell as read fits a column of this kind (cells not read as a number fit any). */
function fitsKind(cell: CandidateCell, kind: CellKindSpec): boolean {
  if (kind === 'text' || (cell.status !== 'read' && cell.status !== 'split')) return true;
  const raw = cell.raw ?? '';
  if (isDigits(raw)) return true; // plain digits fit every numeric kind
  // '0.00', '3.00': a count from a spreadsheet formatted with two decimals is still whole
  if (kind === 'count') return /^\d+(,\d{3})*(\.0+)?$/.test(raw);
  if (kind === 'signed') return /^[+\-–−]?\d+(,\d{3})*$/.test(raw);
  return /^\d+(,\d{3})*(\.\d+)?(万元|亿元|元)?$/.test(raw);
}

/** Text columns keep the printed text (政府集中采购's amount, with its unit). */
function withText(c: Candidate, kinds: readonly (CellKindSpec | undefined)[]): Candidate {
  return {
    ...c,
    cells: c.cells.map((cell, i) =>
      // a dash or a blank is 0 in a text column too, as in any other
      kinds[i] === 'text' && cell.raw && (cell.status === 'read' || cell.status === 'split')
        ? { ...cell, value: cell.raw }
        : cell,
    ),
  };
}

/**
 * Every run of k consecutive cells; dropping a printed number costs more than dropping a blank.
 * With `countsOnly`, runs holding a cell that is no count are left out (fitsKinds for no kinds).
 */
function windows(cells: CellToken[], opts: CandidateOptions, countsOnly: boolean): Candidate[] {
  const k = opts.k;
  const read = cells.map((c) => toCell(c)); // each token read once, shared by its runs
  const fits = countsOnly ? read.map((c) => fitsKind(c, 'count')) : null;
  let nums = 0;
  for (const c of cells) if (c.kind === 'num') nums++;
  const outside = cells.length - k;
  const out: Candidate[] = [];
  for (let o = 0; o + k <= cells.length; o++) {
    let inside = 0;
    let fit = true;
    for (let i = o; i < o + k; i++) {
      if (cells[i]!.kind === 'num') inside++;
      if (fits && !fits[i]) fit = false;
    }
    if (!fit) continue;
    const dropped = nums - inside;
    const blanks = k - inside;
    out.push({
      cells: read.slice(o, o + k),
      cost: dropped * 5 + blanks + (outside - dropped) * 0.01,
      dropped,
    });
  }
  return out;
}

/** Fewer cells than columns: each way to place them in order, the rest absent. */
function placements(cells: CandidateCell[], opts: CandidateOptions, absentCost: number): Candidate[] {
  const k = opts.k;
  const out: Candidate[] = [];
  const place = (i: number, from: number, acc: (CandidateCell | null)[]) => {
    if (out.length >= (opts.limit ?? DEFAULT_LIMIT)) return;
    if (i === cells.length) {
      const row = Array.from({ length: k }, (_, j) => acc[j] ?? absentCell());
      out.push({ cells: row, cost: (k - cells.length) * absentCost, dropped: 0 });
      return;
    }
    for (let j = from; j <= k - (cells.length - i); j++) {
      const next = acc.slice();
      next[j] = cells[i]!;
      place(i + 1, j + 1, next);
    }
  };
  place(0, 0, []);
  return out;
}

/** Free-text numbers fewer than the columns: glued digits split, or (vanishing) cells absent. */
function gluedReadings(tokens: CellToken[], opts: CandidateOptions): Candidate[] {
  const k = opts.k;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const out: Candidate[] = [];
  const maxParts = k;
  const minParts = opts.vanishing ? Math.max(1, tokens.length) : k;
  for (let parts = maxParts; parts >= minParts && out.length < limit; parts--) {
    for (const split of splitTokens(tokens, parts, limit)) {
      if (parts === k) out.push({ cells: split, cost: 0, dropped: 0 });
      else out.push(...vanishedPlacements(split, k, opts.lastAlwaysPrinted ?? false));
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** Where empty cells vanished, the printed numbers may stand in any of the places, in order. */
function vanishedPlacements(cells: CandidateCell[], k: number, lastAlwaysPrinted: boolean): Candidate[] {
  const last = lastAlwaysPrinted ? cells.at(-1)! : null;
  const head = last ? cells.slice(0, -1) : cells;
  const width = last ? k - 1 : k;
  const out: Candidate[] = [];
  const place = (i: number, from: number, acc: (CandidateCell | null)[]) => {
    if (i === head.length) {
      const row = Array.from({ length: width }, (_, j) => acc[j] ?? absentCell(0));
      out.push({ cells: last ? [...row, last] : row, cost: 0, dropped: 0 });
      return;
    }
    for (let j = from; j <= width - (head.length - i); j++) {
      const next = acc.slice();
      next[j] = head[i]!;
      place(i + 1, j + 1, next);
    }
  };
  place(0, 0, []);
  return out;
}

function absentCell(value: number | null = null): CandidateCell {
  return { value, status: 'absent', raw: null };
}

/** Every way to cut the tokens into exactly `parts` numbers, each token giving at least one. */
function splitTokens(tokens: CellToken[], parts: number, limit: number): CandidateCell[][] {
  const out: CandidateCell[][] = [];
  const rec = (ti: number, left: number, acc: CandidateCell[]) => {
    if (out.length >= limit) return;
    if (ti === tokens.length) {
      if (left === 0) out.push(acc);
      return;
    }
    const token = tokens[ti]!;
    const tokensAfter = tokens.length - ti - 1;
    const maxHere = token.kind === 'num' && !token.alone ? left - tokensAfter : 1;
    for (let n = 1; n <= maxHere; n++) {
      for (const pieces of splitDigits(token.raw, n)) {
        const cells = pieces.map((p) => ({
          value: token.kind === 'num' ? parseNumber(p) : 0,
          status: (token.kind !== 'num' ? 'dash' : n > 1 ? 'split' : 'read') as CandidateCell['status'],
          raw: p,
          loc: token.loc,
        }));
        rec(ti + 1, left - n, [...acc, ...cells]);
      }
    }
  };
  rec(0, parts, []);
  return out;
}

/** Ways to cut one printed number into n numbers without leading zeros; a fraction stays last. */
export function splitDigits(raw: string, n: number): string[][] {
  if (n === 1) return [[raw]];
  const sign = /^[+\-–−]/.test(raw) ? raw[0]! : '';
  const unit = /(万元|亿元|元|%)$/.exec(raw)?.[0] ?? '';
  const body = raw.slice(sign.length, raw.length - unit.length).replace(/,/g, '');
  const dot = body.indexOf('.');
  const intEnd = dot < 0 ? body.length : dot;
  const out: string[][] = [];
  const rec = (pos: number, left: number, acc: string[]) => {
    if (left === 1) {
      const last = body.slice(pos);
      if (validPart(last)) out.push([...acc, last]);
      return;
    }
    for (let end = pos + 1; end <= intEnd - (left - 1); end++) {
      const piece = body.slice(pos, end);
      if (validPart(piece)) rec(end, left - 1, [...acc, piece]);
    }
  };
  rec(0, n, []);
  return out.map((parts) => {
    const withUnit = unit ? [...parts.slice(0, -1), parts.at(-1) + unit] : parts;
    return sign ? [sign + withUnit[0], ...withUnit.slice(1)] : withUnit;
  });
}

function validPart(p: string): boolean {
  return /^(0|[1-9]\d*)(\.\d+)?$/.test(p) || /^0\.\d+$/.test(p);
}

/** Only ASCII digits (and at least one). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function parseNumber(raw: string): number | null {
  if (isDigits(raw)) return Number(raw);
  // a sign typeset as an en dash or a minus sign ('–2', '−2') is a minus
  const t = raw
    .replace(/,/g, '')
    .replace(/^[–−]/, '-')
    .replace(/(万元|亿元|元|%)$/, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function toCell(token: CellToken): CandidateCell {
  if (token.kind === 'blank') return { value: 0, status: 'blank', raw: '', loc: token.loc };
  if (token.kind === 'dash') return { value: 0, status: 'dash', raw: token.raw, loc: token.loc };
  if (token.kind === 'unknown') return { value: null, status: 'unreadable', raw: token.raw, loc: token.loc };
  const value = parseNumber(token.raw);
  return { value, status: value === null ? 'unreadable' : 'read', raw: token.raw, loc: token.loc };
}
