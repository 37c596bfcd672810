// The number text Word shows in front of each numbered paragraph ('一、', '（二）', '3.'), from
// the list definitions and the paragraphs in document order (ECMA-376 Part 1, 17.9).
import { formatListNumber } from './list-number-format.ts';
import type { LevelDef, ListDefinitions, NumRef } from './numbering-definitions.ts';

/** What a paragraph says about its numbering: its own w:numPr and its style. */
export interface ParagraphNumbering extends NumRef {
  pStyle?: string;
}

export interface ListLabel {
  text: string;
  suffix: LevelDef['suffix'];
}

interface ResolvedRef {
  numId: string;
  ilvl: number;
}

interface ListLevels {
  /** Counters are kept per list: see counterKey. */
  key: string;
  level: (ilvl: number) => LevelDef | undefined;
  start: (ilvl: number) => number;
}

/** One label per paragraph (null: not numbered, a bullet, or a reference to nothing). */
export function listLabels(defs: ListDefinitions, paragraphs: ParagraphNumbering[]): (ListLabel | null)[] {
  // counters[key][ilvl]: the last number shown at that level; undefined until used or restarted.
  const counters = new Map<string, (number | undefined)[]>();
  return paragraphs.map((p) => {
    const ref = resolveRef(defs, p);
    if (!ref) return null;
    const list = listLevels(defs, ref.numId);
    const level = list?.level(ref.ilvl);
    if (!list || !level) return null;
    const values = counters.get(list.key) ?? [];
    counters.set(list.key, values);
    const current = values[ref.ilvl];
    values[ref.ilvl] = current === undefined ? list.start(ref.ilvl) : current + 1;
    // A use of a level restarts the deeper ones, unless their w:lvlRestart says otherwise.
    for (let deeper = ref.ilvl + 1; deeper < values.length; deeper++) {
      if (ref.ilvl < (list.level(deeper)?.restart ?? deeper)) values[deeper] = undefined;
    }
    return labelOf(level, list, values);
  });
}

function labelOf(level: LevelDef, list: ListLevels, values: (number | undefined)[]): ListLabel | null {
  if (level.numFmt === 'bullet') return null;
  const text = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
    const i = Number(k) - 1;
    const fmt = level.legal ? 'decimal' : (list.level(i)?.numFmt ?? 'decimal');
    return formatListNumber(values[i] ?? list.start(i), fmt) ?? '';
  });
  return text.trim() ? { text, suffix: level.suffix } : null;
}

/** The paragraph's own w:numPr over its style's (17.3.1.19): w:numId 0 takes the numbering away. */
function resolveRef(defs: ListDefinitions, p: ParagraphNumbering): ResolvedRef | null {
  const styled = styleNumbering(defs, p.pStyle ?? defs.defaultParagraphStyle);
  const numId = p.numId ?? styled.numId;
  if (numId === undefined || numId === '0') return null;
  const ilvl = p.ilvl ?? styled.ilvl ?? levelOfStyle(defs, numId, styled.styleId) ?? 0;
  return { numId, ilvl: Math.min(Math.max(ilvl, 0), 8) };
}

/** The numbering a paragraph style gives, through its w:basedOn chain. */
function styleNumbering(defs: ListDefinitions, styleId: string | undefined): NumRef & { styleId?: string } {
  const out: NumRef & { styleId?: string } = {};
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); id = defs.styles.get(id)?.basedOn) {
    seen.add(id);
    const style = defs.styles.get(id);
    if (out.numId === undefined && style?.numId !== undefined) {
      out.numId = style.numId;
      out.styleId = id;
    }
    if (out.ilvl === undefined && style?.ilvl !== undefined) out.ilvl = style.ilvl;
  }
  return out;
}

// A style that names only the list gets the level whose w:pStyle names the style (17.9.23).
function levelOfStyle(defs: ListDefinitions, numId: string, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  const abstract = defs.abstractNums.get(abstractIdOf(defs, numId) ?? '');
  for (const [ilvl, level] of abstract?.levels ?? []) if (level.pStyle === styleId) return ilvl;
  return undefined;
}

/** The abstract list behind a w:num, following w:numStyleLink to the numbering style's list. */
function abstractIdOf(defs: ListDefinitions, numId: string): string | undefined {
  const seen = new Set<string>();
  let id = defs.nums.get(numId)?.abstractNumId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const link = defs.abstractNums.get(id)?.numStyleLink;
    if (link === undefined) return id;
    const linkedNum = defs.styles.get(link)?.numId;
    id = linkedNum === undefined ? undefined : defs.nums.get(linkedNum)?.abstractNumId;
  }
  return undefined;
}

function listLevels(defs: ListDefinitions, numId: string): ListLevels | null {
  const num = defs.nums.get(numId);
  const abstractId = abstractIdOf(defs, numId);
  const abstract = abstractId === undefined ? undefined : defs.abstractNums.get(abstractId);
  if (!num || !abstract) return null;
  const level = (ilvl: number) => num.overrides.get(ilvl)?.level ?? abstract.levels.get(ilvl);
  const restarts = [...num.overrides.values()].some((o) => o.start !== undefined || o.level);
  return {
    // Word runs every w:num of one abstract list as one list, so a list broken by other text
    // goes on counting; a w:num that restarts the list (w:startOverride, or a w:lvl of its own)
    // counts on its own.
    key: restarts ? `num:${numId}` : `abstract:${abstractId}`,
    level,
    start: (ilvl) => num.overrides.get(ilvl)?.start ?? level(ilvl)?.start ?? 0,
  };
}
