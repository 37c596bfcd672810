// The six sections' headings and text, from the outline.
import type { Section } from '../report/annual-report.ts';
import type { FlatDoc } from './flat-doc.ts';
import type { Outline } from './outline.ts';

export function readSections(doc: FlatDoc, outline: Outline): Section[] {
  const found = outline.headings.filter((h) => h !== undefined);
  return found.map((h, i) => ({
    number: h.section.number,
    title: h.title,
    printedNumber: h.printedNumber,
    text: joinWrappedLines(
      doc.text
        .slice(h.end, found[i + 1]?.start ?? doc.text.length)
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*/g, '\n')
        .trim(),
    ),
  }));
}

const SENTENCE_END = /[。！？!?：:；;”"）)]$/;
const LINE_START_MARKER =
  /^([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d+[.．、]|第[一二三四五六七八九十]+)/;

/**
 * Lines wrapped by a PDF or by fixed-width text rejoined into paragraphs: a long line that does
 * not end a sentence continues on the next, unless the next starts a list item or heading.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const wrapped = prev.length >= 15 && !SENTENCE_END.test(prev) && !LINE_START_MARKER.test(line);
    out += wrapped ? line : `\n${line}`;
  }
  return out;
}

/** The narrative: all text outside the three tables. */
export function narrativeText(doc: FlatDoc, outline: Outline): string {
  const cut = [outline.table2, outline.table3, outline.table4]
    .filter((r) => r !== undefined)
    .sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const r of cut) {
    if (r.from > at) out += `${doc.text.slice(at, r.from)}\n`;
    at = Math.max(at, r.to);
  }
  return out + doc.text.slice(at);
}
