// A SourceDoc flattened into one string (blocks separated by newlines, table cells by tabs), with
// the way back from any offset to its block and source location, and a compact (white-space-free)
// view for matching labels that PDF extraction and crawlers break apart.
import type { SourceLoc } from '../report/annual-report.ts';
import { compactWithMap } from './normalize.ts';
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
  const { compact: c, map } = compactWithMap(text, true);
  return { source, text, starts, compact: c, compactToFlat: map! };
}

export function blockText(block: Block): string {
  return block.kind === 'text'
    ? block.text
    : block.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
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
  return locInBlock(doc, i, offset - (doc.starts[i] ?? 0));
}

/** The source location of an offset within block `i` (its text, as flattened). */
export function locInBlock(doc: FlatDoc, i: number, within: number): SourceLoc {
  const block = doc.source.blocks[i];
  if (!block) return {};
  if (block.kind === 'table') return block.loc;
  if (block.spans) {
    let span: { loc: SourceLoc } | undefined;
    for (const s of block.spans) if (s.from <= within) span = s;
    if (span) return span.loc;
  }
  return block.loc.line !== undefined && doc.source.format !== 'html'
    ? { line: block.loc.line, column: within + 1 }
    : block.loc;
}
