// Edits word/document.xml before mammoth reads it, so that the text mammoth gives is the text
// Word shows:
// - a numbered paragraph gets its list number ('一、', '（二）', '1.') as a run of its own: mammoth
//   keeps only "this is a list item", and the reader finds section headings and table labels by
//   their numbers;
// - the wrappers mammoth does not know are taken away and their runs kept: w:fldSimple (a field
//   with its last result, 17.16.19: a cell =SUM(ABOVE) showing 18), w:dir and w:bdo
//   (bidirectional embedding, 17.3.2.8 and 17.3.2.10).
// Everything else is left byte for byte as it was.

import { type ListLabel, listLabels, type ParagraphNumbering } from './list-labels.ts';
import { type ListDefinitions, readListDefinitions } from './numbering-definitions.ts';
import { attr, escapeText, scanTags, type Tag } from './xml-scan.ts';

const UNWRAP = new Set(['w:fldSimple', 'w:dir', 'w:bdo']);

interface Paragraph {
  /** Where a run put first in the paragraph goes: after w:pPr, or after <w:p>. */
  insertAt: number;
  numbering: ParagraphNumbering;
  /** The paragraph mark is a tracked deletion: Word shows the text joined to the next paragraph. */
  markDeleted: boolean;
  hasText: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface WordParts {
  document: string;
  numbering?: string;
  styles?: string;
}

/** document.xml as Word shows it (see above); the same string when nothing is to change. */
export function rewriteDocumentXml(parts: WordParts): string {
  const { paragraphs, edits } = scanDocument(parts.document);
  const hasLists = parts.numbering !== undefined && paragraphs.length > 0;
  const defs = hasLists ? readListDefinitions(parts.numbering, parts.styles) : undefined;
  if (defs) edits.push(...labelEdits(defs, paragraphs));
  return applyEdits(parts.document, edits);
}

function scanDocument(xml: string): { paragraphs: Paragraph[]; edits: Edit[] } {
  const paragraphs: Paragraph[] = [];
  const edits: Edit[] = [];
  const stack: string[] = [];
  // The open paragraphs (a text box's paragraphs sit inside another's run), with their depth.
  const open: { p: Paragraph; depth: number }[] = [];
  let textFrom = -1;
  // mammoth reads mc:Fallback only, so the same text box under mc:Choice is not counted twice.
  let choiceDepth = 0;
  for (const tag of scanTags(xml)) {
    if (UNWRAP.has(tag.name)) {
      edits.push({ start: tag.start, end: tag.end, text: '' });
      continue;
    }
    if (tag.kind === 'close') {
      if (tag.name === 'w:t' && textFrom >= 0 && open.length > 0) {
        if (xml.slice(textFrom, tag.start).trim()) open.at(-1)!.p.hasText = true;
        textFrom = -1;
      }
      const current = open.at(-1);
      if (tag.name === 'w:p' && current?.depth === stack.length - 1) open.pop();
      if (tag.name === 'w:pPr' && current?.depth === stack.length - 2) current.p.insertAt = tag.end;
      if (tag.name === 'mc:Choice') choiceDepth--;
      if (stack.at(-1) === tag.name) stack.pop();
      continue;
    }
    const current = open.at(-1);
    const path = current ? stack.slice(current.depth + 1) : [];
    if (tag.name === 'w:p') {
      const p = { insertAt: tag.end, numbering: {}, markDeleted: false, hasText: false };
      if (choiceDepth === 0) paragraphs.push(p);
      if (tag.kind === 'open') open.push({ p, depth: stack.length });
    } else if (current) {
      readParagraphTag(current.p, tag, path);
      if (tag.name === 'w:t' && tag.kind === 'open') textFrom = tag.end;
    }
    if (tag.name === 'mc:Choice' && tag.kind === 'open') choiceDepth++;
    if (tag.kind === 'open') stack.push(tag.name);
  }
  return { paragraphs, edits };
}

/** What a tag inside a paragraph says of it; `path`: the elements between the w:p and the tag. */
function readParagraphTag(p: Paragraph, tag: Tag, path: string[]): void {
  const inPPr = path.length >= 1 && path[0] === 'w:pPr';
  if (tag.name === 'w:pPr' && path.length === 0) {
    if (tag.kind === 'empty') p.insertAt = tag.end;
  } else if (inPPr && path.length === 1) {
    if (tag.name === 'w:pStyle') p.numbering.pStyle = attr(tag.attrs, 'w:val');
  } else if (inPPr && path.length === 2 && path[1] === 'w:numPr') {
    // Only the paragraph's own w:numPr: the one under w:pPrChange is what it was before an edit.
    const val = attr(tag.attrs, 'w:val');
    if (tag.name === 'w:numId' && val !== undefined) p.numbering.numId = val;
    if (tag.name === 'w:ilvl' && val !== undefined && /^\d+$/.test(val)) p.numbering.ilvl = Number(val);
  } else if (inPPr && path.length === 2 && path[1] === 'w:rPr' && tag.name === 'w:del') {
    p.markDeleted = true;
  }
}

// mammoth puts the runs of a paragraph whose mark is deleted in front of the next paragraph's,
// under the next paragraph's properties: the label goes in front of the joined text.
function labelEdits(defs: ListDefinitions, paragraphs: Paragraph[]): Edit[] {
  const labels = listLabels(
    defs,
    paragraphs.map((p) => (p.markDeleted ? { numId: '0' } : p.numbering)),
  );
  const edits: Edit[] = [];
  let joined: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    joined.push(p);
    if (p.markDeleted) return;
    const label = labels[i];
    // An empty numbered paragraph shows a lone number in Word; left out, it cannot pass for a
    // value in a table cell.
    if (label && joined.some((q) => q.hasText)) {
      edits.push({ start: joined[0]!.insertAt, end: joined[0]!.insertAt, text: labelRun(label) });
    }
    joined = [];
  });
  return edits;
}

function labelRun(label: ListLabel): string {
  const text = label.suffix === 'space' ? `${label.text} ` : label.text;
  const tab = label.suffix === 'tab' ? '<w:tab/>' : '';
  return `<w:r><w:t xml:space="preserve">${escapeText(text)}</w:t>${tab}</w:r>`;
}

function applyEdits(xml: string, edits: Edit[]): string {
  if (edits.length === 0) return xml;
  // An insertion goes before a deletion that starts where it stands (a w:fldSimple right after
  // the w:pPr), so the deleted text is not read back.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
