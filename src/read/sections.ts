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
    text: doc.text
      .slice(h.end, found[i + 1]?.start ?? doc.text.length)
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*/g, '\n')
      .trim(),
  }));
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
