// The notice template language (README.md has the user's description): plain text with
//   {{section.field}}                      a value (text), e.g. {{applicant.name}}
//   {{#if path}} … {{else}} … {{/if}}      kept when the value is non-empty / true / a non-empty list
//   {{#unless path}} … {{/unless}}         the opposite
//   {{#each list}} … {{this}} {{this.field}} {{@number}} … {{/each}}   once per item, numbered from 1
//   {{! comment }}                          dropped
// A line holding only a block tag or a comment disappears with its line break, so blocks can
// wrap whole paragraphs. Templates are parsed and checked against FIELD_SHAPE when loaded: an
// unknown placeholder is an error naming the file, the line and the placeholder, never a blank.

import { NoticeTemplateError } from './errors.ts';
import { FIELD_SHAPE, fieldKind, fieldNames } from './fields.ts';

type Node =
  | { t: 'text'; text: string }
  | { t: 'value'; path: string; line: number }
  | { t: 'if'; path: string; negate: boolean; whenTrue: Node[]; whenFalse: Node[]; line: number }
  | { t: 'each'; path: string; body: Node[]; line: number };

export interface ParsedTemplate {
  /** The file it came from, for messages. */
  source: string;
  nodes: readonly Node[];
}

type Tag =
  | { t: 'value'; path: string }
  | { t: 'open'; block: 'if' | 'unless' | 'each'; path: string }
  | { t: 'else' }
  | { t: 'close'; block: 'if' | 'unless' | 'each' }
  | { t: 'comment' };

type Token = { t: 'text'; text: string } | { t: 'tag'; tag: Tag; raw: string; line: number };

const TAG = /\{\{(.*?)\}\}/g;
const PATH = /^(@number|this(\.[A-Za-z]\w*)?|[A-Za-z]\w*(\.[A-Za-z]\w*)*)$/;

/** Parses and checks a template; throws NoticeTemplateError naming `source` and the line. */
export function parseTemplate(text: string, source: string): ParsedTemplate {
  const fail = (line: number, message: string): never => {
    throw new NoticeTemplateError(`告知书模板 ${source} 第${line}行：${message}`);
  };
  const tokens = tokenize(text, fail);
  const nodes = build(tokens, fail);
  check(nodes, [], fail);
  return { source, nodes };
}

function tokenize(text: string, fail: (line: number, message: string) => never): Token[] {
  const tokens: Token[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((content, i) => {
    const line = i + 1;
    const tags = [...content.matchAll(TAG)];
    const standalone =
      tags.length === 1 && content.trim() === tags[0]![0] && readTag(tags[0]![1]!, line, fail).t !== 'value';
    let at = 0;
    for (const m of tags) {
      pushText(tokens, content.slice(at, m.index), line, fail);
      tokens.push({ t: 'tag', tag: readTag(m[1]!, line, fail), raw: m[0], line });
      at = m.index + m[0].length;
    }
    if (standalone) return;
    pushText(tokens, content.slice(at), line, fail);
    if (i < lines.length - 1) tokens.push({ t: 'text', text: '\n' });
  });
  return tokens;
}

function pushText(tokens: Token[], text: string, line: number, fail: (l: number, m: string) => never) {
  if (text.includes('{{') || text.includes('}}')) fail(line, `“{{”与“}}”应成对出现在同一行：${text.trim()}`);
  if (text) tokens.push({ t: 'text', text });
}

function readTag(inner: string, line: number, fail: (l: number, m: string) => never): Tag {
  const body = inner.trim();
  if (body.startsWith('!')) return { t: 'comment' };
  if (body === 'else') return { t: 'else' };
  const close = /^\/(if|unless|each)$/.exec(body);
  if (close) return { t: 'close', block: close[1] as 'if' | 'unless' | 'each' };
  const open = /^#(if|unless|each)\s+(\S+)$/.exec(body);
  if (open) return { t: 'open', block: open[1] as 'if' | 'unless' | 'each', path: checkedPath(open[2]!) };
  if (body.startsWith('#') || body.startsWith('/'))
    return fail(line, `无法识别的标记 {{${body}}}：块标记只有 #if、#unless、#each 及其 /if、/unless、/each`);
  return { t: 'value', path: checkedPath(body) };

  function checkedPath(path: string): string {
    if (!PATH.test(path))
      fail(line, `占位符 {{${body}}} 的写法不正确，应为“部分.字段”，如 {{applicant.name}}`);
    return path;
  }
}

interface Open {
  node: Extract<Node, { t: 'if' | 'each' }>;
  block: 'if' | 'unless' | 'each';
  inElse: boolean;
}

function build(tokens: readonly Token[], fail: (line: number, message: string) => never): Node[] {
  const root: Node[] = [];
  const stack: Open[] = [];
  const target = (): Node[] => {
    const top = stack.at(-1);
    if (!top) return root;
    if (top.node.t === 'each') return top.node.body;
    return top.inElse ? top.node.whenFalse : top.node.whenTrue;
  };
  for (const token of tokens) {
    if (token.t === 'text') {
      target().push(token);
      continue;
    }
    const { tag, line } = token;
    if (tag.t === 'comment') continue;
    if (tag.t === 'value') target().push({ t: 'value', path: tag.path, line });
    else if (tag.t === 'open') {
      const node: Open['node'] =
        tag.block === 'each'
          ? { t: 'each', path: tag.path, body: [], line }
          : { t: 'if', path: tag.path, negate: tag.block === 'unless', whenTrue: [], whenFalse: [], line };
      target().push(node);
      stack.push({ node, block: tag.block, inElse: false });
    } else if (tag.t === 'else') {
      const top = stack.at(-1);
      if (!top || top.block === 'each' || top.inElse)
        fail(line, '{{else}} 只能用在 {{#if}} 或 {{#unless}} 块中，且只能有一个');
      top!.inElse = true;
    } else {
      const top = stack.pop();
      if (!top) fail(line, `{{/${tag.block}}} 前面没有对应的 {{#${tag.block} …}}`);
      if (top!.block !== tag.block)
        fail(
          line,
          `第${top!.node.line}行的 {{#${top!.block}}} 应以 {{/${top!.block}}} 结束，这里是 {{/${tag.block}}}`,
        );
    }
  }
  const open = stack.at(-1);
  if (open) fail(open.node.line, `{{#${open.block} ${open.node.path}}} 没有对应的 {{/${open.block}}}`);
  return root;
}

/** Looks `path` up in the shape; `items` are the shapes of the enclosing {{#each}} items. */
function shapeOf(
  path: string,
  items: readonly unknown[],
): { found: true; value: unknown } | { found: false } {
  if (path === '@number') return items.length ? { found: true, value: '1' } : { found: false };
  const [head, ...rest] = path.split('.');
  let value: unknown = head === 'this' ? items.at(-1) : FIELD_SHAPE;
  if (head === 'this' && items.length === 0) return { found: false };
  for (const key of head === 'this' ? rest : [head!, ...rest]) {
    if (fieldKind(value) !== 'section' || !Object.hasOwn(value as object, key)) return { found: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

function check(nodes: readonly Node[], items: readonly unknown[], fail: (l: number, m: string) => never) {
  for (const node of nodes) {
    if (node.t === 'text') continue;
    const shape = shapeOf(node.path, items);
    if (!shape.found) fail(node.line, unknownMessage(node.path, items));
    const kind = fieldKind(shape.found ? shape.value : undefined);
    if (node.t === 'value' && kind !== 'text') fail(node.line, misuseMessage(node.path, kind));
    if (node.t === 'if') {
      if (kind === 'section') fail(node.line, misuseMessage(node.path, kind));
      check(node.whenTrue, items, fail);
      check(node.whenFalse, items, fail);
    }
    if (node.t === 'each') {
      if (kind !== 'list') fail(node.line, `{{#each ${node.path}}} 需要一个列表，${node.path} 不是列表`);
      check(node.body, [...items, (shape as { value: unknown[] }).value[0]], fail);
    }
  }
}

function unknownMessage(path: string, items: readonly unknown[]): string {
  if (path === '@number' || path.startsWith('this'))
    return items.length ? `未知的占位符 {{${path}}}` : `{{${path}}} 只能用在 {{#each}} 块中`;
  const [head] = path.split('.');
  const section = (FIELD_SHAPE as unknown as Record<string, unknown>)[head!];
  const names = Object.hasOwn(FIELD_SHAPE, head!)
    ? `${head} 下可用的有：${fieldNames(section, `${head}.`).join('、')}`
    : `可用的部分有：${fieldNames(FIELD_SHAPE).join('、')}`;
  return `未知的占位符 {{${path}}}；${names}（全部占位符见 src/notices/README.md）`;
}

function misuseMessage(path: string, kind: string): string {
  if (kind === 'list') return `{{${path}}} 是列表，只能用于 {{#each ${path}}} 或 {{#if ${path}}}`;
  if (kind === 'flag') return `{{${path}}} 是条件（是/否），只能用于 {{#if ${path}}} 或 {{#unless ${path}}}`;
  return `{{${path}}} 是一组字段，不是单个值；请写出具体字段，如 {{${path}.${path === 'this' ? 'band' : 'name'}}}`;
}

interface Scope {
  item: unknown;
  index: number;
}

/** Expands the template with `fields` (a NoticeFields value) into text. */
export function expandTemplate(template: ParsedTemplate, fields: object): string {
  return expand(template.nodes, fields, []);
}

function expand(nodes: readonly Node[], fields: object, scopes: readonly Scope[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'text') out += node.text;
    else if (node.t === 'value') out += String(lookup(node.path, fields, scopes) ?? '');
    else if (node.t === 'if') {
      const chosen =
        truthy(lookup(node.path, fields, scopes)) !== node.negate ? node.whenTrue : node.whenFalse;
      out += expand(chosen, fields, scopes);
    } else {
      const list = lookup(node.path, fields, scopes);
      (Array.isArray(list) ? list : []).forEach((item, index) => {
        out += expand(node.body, fields, [...scopes, { item, index }]);
      });
    }
  }
  return out;
}

function lookup(path: string, fields: object, scopes: readonly Scope[]): unknown {
  const scope = scopes.at(-1);
  if (path === '@number') return scope ? scope.index + 1 : '';
  const [head, ...rest] = path.split('.');
  let value: unknown = head === 'this' ? scope?.item : fields;
  for (const key of head === 'this' ? rest : [head!, ...rest]) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return Boolean(value);
}

/** Every field path the template prints or tests (outside {{#each}} items), for warnings. */
export function templatePaths(template: ParsedTemplate): string[] {
  const out = new Set<string>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.t === 'text') continue;
      if (!node.path.startsWith('this') && !node.path.startsWith('@')) out.add(node.path);
      if (node.t === 'if') walk([...node.whenTrue, ...node.whenFalse]);
      if (node.t === 'each') walk(node.body);
    }
  };
  walk(template.nodes);
  return [...out];
}
