// A SourceDoc flattened into one string (blocks separated by newlines, table cells by tabs), with
// the way back from any offset to its block and source location, and a compact (white-space-free)
// view for matching labels that PDF extraction and crawlers break apart.
import type { SourceLoc } from '../report/annual-report.ts';
import { compact } from './normalize.ts';
import type { Block, SourceDoc } from './source-doc.ts';

export interface FlatDoc {
  source: SourceDoc;
  text: string;
  /** Start offset of each block in `text`. */
  starts: number[];
  /** The compact form of `text` and, for each of its characters, the offset in `text`. */
  compact: string;
  compactToFlat: Int32Array;
}

export function flatten(source: SourceDoc): FlatDoc {
  const parts: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const block of source.blocks) {
    starts.push(offset);
    const text = blockText(block);
    parts.push(text);
    offset += text.length + 1;
  }
  const text = parts.join('\n');
  const { compact: c, map } = compactWithMap(text);
  return { source, text, starts, compact: c, compactToFlat: map };
}

export function blockText(block: Block): string {
  return block.kind === 'text'
    ? block.text
    : block.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
}

function compactWithMap(text: string): { compact: string; map: Int32Array } {
  // compact() only removes white space and replaces characters one for one, so the map can be
  // built by walking the non-space characters.
  const c = compact(text);
  const map = new Int32Array(c.length);
  let j = 0;
  for (let i = 0; i < text.length && j < c.length; i++) {
    if (!isSpace(text.charCodeAt(i))) map[j++] = i;
  }
  return { compact: c, map };
}

/** The flat offset of a compact offset (the end of the text when past the end). */
export function toFlat(doc: FlatDoc, compactOffset: number): number {
  if (compactOffset >= doc.compactToFlat.length) return doc.text.length;
  return doc.compactToFlat[compactOffset]!;
}

/** The compact offset of the first compact character at or after a flat offset. */
export function toCompact(doc: FlatDoc, flatOffset: number): number {
  let lo = 0;
  let hi = doc.compactToFlat.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.compactToFlat[mid]! < flatOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the block holding a flat offset. */
export function blockAt(doc: FlatDoc, offset: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The source location of a flat offset. */
export function locAt(doc: FlatDoc, offset: number): SourceLoc {
  const i = blockAt(doc, offset);
  const block = doc.source.blocks[i];
  if (!block) return {};
  if (block.kind === 'table') return block.loc;
  const within = offset - doc.starts[i]!;
  const span = block.spans?.filter((s) => s.from <= within).at(-1);
  if (span) return span.loc;
  return block.loc.line !== undefined && doc.source.format !== 'html'
    ? { line: block.loc.line, column: within + 1 }
    : block.loc;
}

/** The characters `\s` matches (the same set compact() removes). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
