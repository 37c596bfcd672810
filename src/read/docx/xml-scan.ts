// Just enough XML for the WordprocessingML parts read before mammoth (document, numbering,
// styles): their tags with offsets, so document.xml can be edited as text and keep every byte
// mammoth reads, and a small element tree for the short parts. Prefixes are taken as written
// ('w:'), as Word, WPS and LibreOffice write them.

export interface Tag {
  name: string;
  kind: 'open' | 'close' | 'empty';
  /** Offsets of '<' and one past '>'. */
  start: number;
  end: number;
  /** The attribute text between the name and the closing '>' or '/>'. */
  attrs: string;
}

// Comments, CDATA, processing instructions and declarations are passed over; a tag's attribute
// values may hold '>' (a field instruction such as IF x > 0), so quoted values are matched whole.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>/g;

export function* scanTags(xml: string): Generator<Tag> {
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(xml); m !== null; m = MARKUP.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue;
    const kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
    yield { name, kind, start: m.index, end: m.index + m[0].length, attrs: m[3] ?? '' };
  }
}

const ATTR = new Map<string, RegExp>();

/** The value of attribute `name` (with its prefix, as 'w:val'), entities decoded. */
export function attr(attrs: string, name: string): string | undefined {
  let re = ATTR.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR.set(name, re);
  }
  const at = re.exec(attrs);
  if (!at) return undefined;
  return decodeEntities(at[1] ?? at[2] ?? '');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (NAMED[e] ?? ''),
  );
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An element of a small part, its text content left out (numbering and styles need none). */
export interface XmlElement {
  name: string;
  attrs: string;
  children: XmlElement[];
}

export function elementTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: '', children: [] };
  const stack = [root];
  for (const tag of scanTags(xml)) {
    const parent = stack.at(-1)!;
    if (tag.kind === 'close') {
      // A stray close tag (malformed part) closes nothing rather than the document.
      if (stack.length > 1 && parent.name === tag.name) stack.pop();
      continue;
    }
    const el: XmlElement = { name: tag.name, attrs: tag.attrs, children: [] };
    parent.children.push(el);
    if (tag.kind === 'open') stack.push(el);
  }
  return root;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}

/** w:val of the child `name`, as in <w:numFmt w:val="decimal"/>. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  const c = child(el, name);
  return c && attr(c.attrs, 'w:val');
}
