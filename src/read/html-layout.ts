// HTML to SourceDoc. Text flows into lines broken at block elements; innermost tables become
// tables with explicit cells (a table holding other tables is page layout, read as flow).
// Word-pasted markup splits labels over many <span>s: text is concatenated per cell or line.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { normalizeText } from './normalize.ts';
import type { Block, SourceDoc, TableCell } from './source-doc.ts';

type Element = T.Element;
type Node = T.ChildNode;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'select',
  'option',
  'button',
  'head',
  'nav',
  'object',
  'title',
  'meta',
  'link',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'address',
  'figure',
  'figcaption',
  'hr',
  'tr',
  'ucapcontent',
]);

export function readHtmlLayout(html: string): SourceDoc {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const blocks: Block[] = [];
  let line = '';
  let lineNo: number | undefined;

  const flush = () => {
    const text = normalizeText(line).replace(/ +/g, ' ').trim();
    if (text) blocks.push({ kind: 'text', text, loc: lineNo ? { line: lineNo } : {} });
    line = '';
    lineNo = undefined;
  };

  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      const t = (node as T.TextNode).value;
      if (t.trim() && lineNo === undefined) lineNo = node.sourceCodeLocation?.startLine;
      line += t.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (!('tagName' in node)) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || isHidden(el)) return;
    if (el.tagName === 'br') {
      flush();
      return;
    }
    if (el.tagName === 'table' && !containsTable(el)) {
      flush();
      blocks.push({ kind: 'table', rows: tableRows(el), loc: locOf(el) });
      return;
    }
    const block = BLOCK.has(el.tagName) || el.tagName === 'td' || el.tagName === 'th';
    if (block) flush();
    for (const child of childrenOf(el)) walk(child);
    if (block) flush();
  };

  for (const child of doc.childNodes) walk(child);
  flush();
  return { format: 'html', blocks, ...titleOf(doc) };
}

function childrenOf(el: Element): Node[] {
  return el.tagName === 'template' ? [] : el.childNodes;
}

function locOf(el: Element) {
  const line = el.sourceCodeLocation?.startLine;
  return line ? { line } : {};
}

function isHidden(el: Element): boolean {
  const style = el.attrs.find((a) => a.name === 'style')?.value ?? '';
  return /display\s*:\s*none/i.test(style) || el.attrs.some((a) => a.name === 'hidden');
}

function containsTable(el: Element): boolean {
  return el.childNodes.some(
    (c) => 'tagName' in c && ((c as Element).tagName === 'table' || containsTable(c as Element)),
  );
}

/** Rows of a leaf table, in document order; cells as printed (spans are not expanded). */
function tableRows(table: Element): TableCell[][] {
  const rows: TableCell[][] = [];
  const visit = (el: Element) => {
    for (const c of el.childNodes) {
      if (!('tagName' in c)) continue;
      const child = c as Element;
      if (child.tagName === 'tr') {
        const cells = child.childNodes
          .filter((n): n is Element => 'tagName' in n && ['td', 'th'].includes((n as Element).tagName))
          .map((td, i) => ({ text: cellText(td), loc: { ...locOf(td), cell: i + 1 } }));
        rows.push(cells);
      } else if (!SKIP.has(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellText(el: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeName === '#text') out += (n as T.TextNode).value;
    else if ('tagName' in n) {
      const e = n as Element;
      if (SKIP.has(e.tagName)) return;
      if (e.tagName === 'br' || e.tagName === 'p' || e.tagName === 'div') out += ' ';
      for (const c of e.childNodes) visit(c);
    }
  };
  visit(el);
  return normalizeText(out).replace(/\s+/g, ' ').trim();
}

function titleOf(doc: T.Document): { title?: string } {
  let title: string | undefined;
  const visit = (n: Node | T.Document) => {
    if (title !== undefined) return;
    if ('tagName' in n && (n as Element).tagName === 'title') {
      const text = (n as Element).childNodes
        .map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : ''))
        .join('');
      title = normalizeText(text).replace(/\s+/g, ' ').trim();
      return;
    }
    for (const c of 'childNodes' in n ? n.childNodes : []) visit(c as Node);
  };
  visit(doc);
  return title ? { title } : {};
}
