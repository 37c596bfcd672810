// The list definitions of a DOCX: word/numbering.xml (ECMA-376 Part 1, 17.9 Numbering) and the
// numbering that paragraph styles carry in word/styles.xml (17.7.4.17 style, w:pPr/w:numPr).
// Word shows a heading typed as 一、总体情况 with automatic numbering as the text 总体情况 and
// a reference to one of these definitions; the label is computed from them (list-labels.ts).
import { attr, child, childrenNamed, childVal, elementTree, type XmlElement } from './xml-scan.ts';

export interface LevelDef {
  /** w:start; 0 when absent (17.9.25). */
  start: number;
  numFmt: string;
  /** w:lvlText, with %1…%9 standing for the counters of levels 0…8; '' when absent. */
  lvlText: string;
  /** What follows the number (17.9.28 suff): a tab unless said otherwise. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:lvlRestart (17.9.10): restart after a use of a level below this one-based index; 0 never. */
  restart?: number;
  /** w:isLgl (17.9.4): every counter in lvlText as a decimal. */
  legal: boolean;
  /** w:pStyle (17.9.23): the paragraph style this level belongs to. */
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  /** w:numStyleLink (17.9.21): the levels are those of a numbering style's list. */
  numStyleLink?: string;
}

interface Override {
  start?: number;
  level?: LevelDef;
}

interface NumDef {
  abstractNumId: string;
  overrides: Map<number, Override>;
}

/** A numbering reference as w:numPr holds it, either part possibly left to the style. */
export interface NumRef {
  numId?: string;
  ilvl?: number;
}

interface StyleDef extends NumRef {
  basedOn?: string;
}

export interface ListDefinitions {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, NumDef>;
  styles: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
}

export function readListDefinitions(numberingXml = '', stylesXml = ''): ListDefinitions {
  const numbering = child(elementTree(numberingXml), 'w:numbering');
  const abstractNums = new Map<string, AbstractNum>();
  for (const el of childrenNamed(numbering, 'w:abstractNum')) {
    const id = attr(el.attrs, 'w:abstractNumId');
    if (id === undefined) continue;
    const numStyleLink = childVal(el, 'w:numStyleLink');
    abstractNums.set(id, { levels: readLevels(el), ...(numStyleLink && { numStyleLink }) });
  }
  const nums = new Map<string, NumDef>();
  for (const el of childrenNamed(numbering, 'w:num')) {
    const id = attr(el.attrs, 'w:numId');
    const abstractNumId = childVal(el, 'w:abstractNumId');
    if (id !== undefined && abstractNumId !== undefined) {
      nums.set(id, { abstractNumId, overrides: readOverrides(el) });
    }
  }
  return { abstractNums, nums, ...readStyles(stylesXml) };
}

function readLevels(el: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  // A level written without w:ilvl is taken as level 0, as mammoth takes it.
  for (const lvl of childrenNamed(el, 'w:lvl')) levels.set(intAttr(lvl, 'w:ilvl') ?? 0, readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlElement): LevelDef {
  const suff = childVal(lvl, 'w:suff');
  const restart = intVal(lvl, 'w:lvlRestart');
  const pStyle = childVal(lvl, 'w:pStyle');
  const legal = child(lvl, 'w:isLgl');
  return {
    start: intVal(lvl, 'w:start') ?? 0,
    numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'w:lvlText') ?? '',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    ...(restart !== undefined && { restart }),
    legal: legal !== undefined && !isFalse(attr(legal.attrs, 'w:val')),
    ...(pStyle && { pStyle }),
  };
}

function readOverrides(num: XmlElement): Map<number, Override> {
  const overrides = new Map<number, Override>();
  for (const o of childrenNamed(num, 'w:lvlOverride')) {
    const start = intVal(o, 'w:startOverride');
    const lvl = child(o, 'w:lvl');
    overrides.set(intAttr(o, 'w:ilvl') ?? 0, {
      ...(start !== undefined && { start }),
      ...(lvl && { level: readLevel(lvl) }),
    });
  }
  return overrides;
}

// Paragraph styles may number their paragraphs (a 标题 1 numbered 一、), and numbering styles
// hold the list that w:numStyleLink points to: both keep their w:numPr in w:pPr.
function readStyles(stylesXml: string): Pick<ListDefinitions, 'styles' | 'defaultParagraphStyle'> {
  const styles = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  for (const el of childrenNamed(child(elementTree(stylesXml), 'w:styles'), 'w:style')) {
    const id = attr(el.attrs, 'w:styleId');
    if (id === undefined) continue;
    const type = attr(el.attrs, 'w:type') ?? 'paragraph';
    if (type === 'paragraph' && isTrue(attr(el.attrs, 'w:default'))) defaultParagraphStyle = id;
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const numPr = child(child(el, 'w:pPr'), 'w:numPr');
    const numId = childVal(numPr, 'w:numId');
    const ilvl = intVal(numPr, 'w:ilvl');
    const basedOn = childVal(el, 'w:basedOn');
    styles.set(id, {
      ...(numId !== undefined && { numId }),
      ...(ilvl !== undefined && { ilvl }),
      ...(basedOn && { basedOn }),
    });
  }
  return { styles, ...(defaultParagraphStyle && { defaultParagraphStyle }) };
}

function intAttr(el: XmlElement, name: string): number | undefined {
  return toInt(attr(el.attrs, name));
}

function intVal(el: XmlElement | undefined, name: string): number | undefined {
  return toInt(childVal(el, name));
}

function toInt(s: string | undefined): number | undefined {
  if (s === undefined || !/^\s*-?\d+\s*$/.test(s)) return undefined;
  return Number(s);
}

// ST_OnOff (17.17.4): an empty or absent w:val means on.
function isFalse(v: string | undefined): boolean {
  return v === 'false' || v === '0' || v === 'off';
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && !isFalse(v);
}
