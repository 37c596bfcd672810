// The six sections' headings and text, from the outline.
import type { Section } from '../report/annual-report.ts';
import type { FlatDoc } from './flat-doc.ts';
import type { Outline } from './outline.ts';

// Runs of spaces and tabs become one space, white space after a line break goes. Written to match
// only where something changes (a lone space, a bare line break), which most of the text is.
const SPACE_RUN = /[ \t]*\t[ \t]*| {2,}/g;
const NEWLINE_SPACE = /\n\s+/g;

export function readSections(doc: FlatDoc, outline: Outline): Section[] {
  const found = outline.headings.filter((h) => h !== undefined);
  return found.map((h, i) => ({
    number: h.section.number,
    title: h.title,
    printedNumber: h.printedNumber,
    text: joinWrappedLines(
      doc.text
        .slice(h.end, found[i + 1]?.start ?? doc.text.length)
        .replace(SPACE_RUN, ' ')
        .replace(NEWLINE_SPACE, '\n')
        .trim(),
    ),
  }));
}

const SENTENCE_END = '。！？!?：:；;”"）)';
const MARKER_FIRST = '（(一二三四五六七八九十0123456789第';
const LINE_START_MARKER =
  /^([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d+[.．、]|第[一二三四五六七八九十]+)/;

function endsSentence(line: string): boolean {
  return line !== '' && SENTENCE_END.includes(line[line.length - 1]!);
}

function startsListItem(line: string): boolean {
  return line !== '' && MARKER_FIRST.includes(line[0]!) && LINE_START_MARKER.test(line);
}

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
    const wrapped = prev.length >= 15 && !endsSentence(prev) && !startsListItem(line);
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
