// Random consistent yearly reports and their rendering in each text layout the reader supports,
// the way real published reports look (see test/corpus/seeds and test/corpus/dev):
//   pdf-text  text extracted from a PDF: labels and numbers broken across lines (seed 000)
//   tsv       tab-separated rows (seed 001)
//   markdown  markdown tables (d02, but well-formed)
//   html      real <table> markup with rowspan/colspan (d01)
//   glued     crawled text with all white space collapsed: a row's cells glued into one digit
//             string right after its label (d04, d05)
// The narrative never states a figure, so a consistent report has no narrative findings.
import fc from 'fast-check';
import type { Table2, Table3, Table4 } from '../../src/report/annual-report.ts';
import {
  type LabelDef,
  SECTIONS,
  type Table2RowDef,
  TEMPLATES,
  type Template,
  type TemplateVersion,
} from '../../src/report/template.ts';
import { seededRandom } from '../../src/util/seeded-random.ts';

export type Layout = 'pdf-text' | 'tsv' | 'markdown' | 'html' | 'glued';
export const LAYOUTS: readonly Layout[] = ['pdf-text', 'tsv', 'markdown', 'html', 'glued'];
/** Layouts whose cells are separated (white space, tabs, pipes, <td>). */
export const SEPARATED_LAYOUTS: readonly Layout[] = ['pdf-text', 'tsv', 'markdown', 'html'];

export interface GeneratedReport {
  template: TemplateVersion;
  year: number;
  agency: string;
  table2: Table2;
  table3: Table3;
  table4: Table4;
}

export interface RenderOptions {
  /** HTML: render some zero cells of the applicant columns as `&nbsp;` blanks (read back as 0). */
  blanks?: boolean;
  /** HTML: render some numbers in full-width digits. */
  fullWidth?: boolean;
}

// ------------------------------------------------------------------ random consistent reports

export interface ReportShape {
  versions?: readonly TemplateVersion[];
  /** The largest value of an applicant cell of an outcome row. */
  max?: number;
  /** Every cell of tables 3 and 4, totals included, a single digit (a glued row splits uniquely). */
  singleDigit?: boolean;
}

const AGENCIES = [
  '示例县医疗保障局',
  '某市自然资源和规划局',
  '某区人民政府办公室',
  '某省科学技术厅',
  '某县教育体育局',
];

const APPLICANTS = 6;

/** A count: mostly 0, often small, sometimes large. */
function countArb(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: Math.min(9, max) }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
  );
}

interface ColumnDraw {
  outcomes: number[];
  carriedForward: number;
  carriedOverRaw: number;
}

function table3Arb(t: Template, shape: ReportShape): fc.Arbitrary<Table3> {
  const n = t.outcomeRowKeys.length;
  const max = shape.max ?? 60;
  const column: fc.Arbitrary<ColumnDraw> = fc.record({
    outcomes: fc.array(countArb(max), { minLength: n, maxLength: n }),
    carriedForward: countArb(max),
    carriedOverRaw: fc.nat(),
  });
  const columns = shape.singleDigit
    ? singleDigitColumns(n)
    : fc.array(column, { minLength: APPLICANTS, maxLength: APPLICANTS });
  return columns.map((cols) => buildTable3(t, cols));
}

/**
 * Columns whose every cell, totals included, is a single digit: a few applications spread over
 * the outcome rows (at most 5 handled, 2 carried forward, so no total reaches 10).
 */
function singleDigitColumns(n: number): fc.Arbitrary<ColumnDraw[]> {
  const unit = fc.record({ row: fc.nat(n - 1), col: fc.nat(APPLICANTS - 1) });
  return fc
    .record({
      handled: fc.array(unit, { maxLength: 5 }),
      forward: fc.array(fc.nat(APPLICANTS - 1), { maxLength: 2 }),
      carriedOverRaw: fc.array(fc.nat(), { minLength: APPLICANTS, maxLength: APPLICANTS }),
    })
    .map(({ handled, forward, carriedOverRaw }) =>
      Array.from({ length: APPLICANTS }, (_, c) => {
        const outcomes = Array<number>(n).fill(0);
        for (const u of handled) if (u.col === c) outcomes[u.row]!++;
        return {
          outcomes,
          carriedForward: forward.filter((f) => f === c).length,
          carriedOverRaw: carriedOverRaw[c]!,
        };
      }),
    );
}

function buildTable3(t: Template, cols: ColumnDraw[]): Table3 {
  const table: Table3 = {};
  for (const row of t.table3Rows) table[row.key] = {} as Table3[string];
  cols.forEach((c, ci) => {
    const key = t.table3Columns[ci]!.key;
    const handled = c.outcomes.reduce((a, b) => a + b, 0);
    const carriedOver = c.carriedOverRaw % (handled + c.carriedForward + 1);
    t.outcomeRowKeys.forEach((k, i) => {
      table[k]![key] = c.outcomes[i]!;
    });
    table.totalHandled![key] = handled;
    table.carriedForward![key] = c.carriedForward;
    table.carriedOver![key] = carriedOver;
    table.received![key] = handled + c.carriedForward - carriedOver;
  });
  for (const row of t.table3Rows) {
    const cells = table[row.key]!;
    cells.total = t.table3Columns.slice(0, APPLICANTS).reduce((a, c) => a + (cells[c.key] as number), 0);
  }
  return table;
}

function table4Arb(t: Template, shape: ReportShape): fc.Arbitrary<Table4> {
  const cell = shape.singleDigit ? fc.constantFrom(0, 0, 1, 2) : countArb(shape.max ?? 30);
  // Single digits: four cells of at most 2 each could total 8, still one digit.
  const group = fc.array(cell, { minLength: 4, maxLength: 4 });
  return fc.array(group, { minLength: 3, maxLength: 3 }).map((groups) => {
    const table = {} as Table4;
    t.table4Groups.forEach((g, gi) => {
      const v = groups[gi]!;
      table[g.key] = {
        upheld: v[0]!,
        corrected: v[1]!,
        other: v[2]!,
        pending: v[3]!,
        total: v.reduce((a, b) => a + b, 0),
      };
    });
    return table;
  });
}

function table2Arb(t: Template): fc.Arbitrary<Table2> {
  const cells = t.table2.flatMap((row) => row.columns.map((col) => ({ row: row.key, col })));
  const arbs = cells.map(({ col }) => {
    switch (col.kind) {
      case 'count':
        return countArb(5000);
      case 'signed':
        return fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 200 }));
      case 'decimal':
        return fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 99_999_99 }).map((cents) => cents / 100),
        );
      default:
        return fc.oneof(
          fc.constant('0'),
          fc.integer({ min: 1, max: 99_999_999 }).map((cents) => `${(cents / 100).toFixed(2)}万元`),
        );
    }
  });
  return fc.tuple(...(arbs as fc.Arbitrary<number | string>[])).map((values) => {
    const table: Table2 = {};
    cells.forEach(({ row, col }, i) => {
      table[row] ??= {};
      table[row]![col.key] = values[i]!;
    });
    return table;
  });
}

/** A random report whose tables satisfy every printed arithmetic rule of the template. */
export function reportArbitrary(shape: ReportShape = {}): fc.Arbitrary<GeneratedReport> {
  const versions = shape.versions ?? ['2021'];
  return fc.constantFrom(...versions).chain((version) => {
    const t = TEMPLATES[version];
    return fc.record({
      template: fc.constant(version),
      year: version === '2021' ? fc.integer({ min: 2021, max: 2025 }) : fc.constantFrom(2019, 2020),
      agency: fc.constantFrom(...AGENCIES),
      table2: table2Arb(t),
      table3: table3Arb(t, shape),
      table4: table4Arb(t, shape),
    });
  });
}

// ------------------------------------------------------------------ rendering helpers

type Rand = () => number;
const chance = (rand: Rand, p: number) => rand() < p;
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function fmt(v: number | string | null, kind?: string): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (kind === 'signed' && v > 0) return `+${v}`;
  return String(v);
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

interface RowView {
  def: LabelDef;
  /** The group heading printed beside the row when it opens its group, e.g. '（三）不予公开'. */
  opensGroup?: string;
  /** For '三、本年度办理结果': whether this row opens it. */
  opensResult: boolean;
  /** Rows of the group this row opens (rowspan). */
  groupSize: number;
  resultSize: number;
  inResult: boolean;
  /** A numbered sub-row (1. 2. …) under a （n） group. */
  sub: boolean;
}

const RESULT = '三、本年度办理结果';

function rowViews(t: Template): RowView[] {
  const rows = t.table3Rows;
  const inResult = (r: LabelDef) => r.group !== undefined || r.key === 'totalHandled';
  const resultSize = rows.filter(inResult).length;
  return rows.map((def, i) => {
    const prev = rows[i - 1];
    const sub = def.group !== undefined && def.group !== RESULT;
    const opensGroup = sub && prev?.group !== def.group ? def.group : undefined;
    return {
      def,
      ...(opensGroup && { opensGroup }),
      opensResult: inResult(def) && !(prev && inResult(prev)),
      groupSize: sub ? rows.filter((r) => r.group === def.group).length : 1,
      resultSize,
      inResult: inResult(def),
      sub,
    };
  });
}

/** How a document prints numbering: '（一）' or '(一) ', and '1.' or '1．' or '1、'. */
interface LabelStyle {
  halfParens: boolean;
  dot: string;
}

function labelStyle(rand: Rand): LabelStyle {
  return { halfParens: chance(rand, 0.3), dot: ['.', '.', '．', '、'][between(rand, 0, 3)]! };
}

const PLAIN: LabelStyle = { halfParens: false, dot: '.' };

function styled(text: string, style: LabelStyle): string {
  let s = text.replace(/^(\d)\./, `$1${style.dot}`);
  if (style.halfParens) s = s.replace(/^（([一二三四五六七])）/, '($1) ');
  return s;
}

const rowLabel = (def: LabelDef, style: LabelStyle = PLAIN) =>
  styled(`${def.number ?? ''}${def.label}`, style);

function table3Values(report: GeneratedReport, key: string): number[] {
  const t = TEMPLATES[report.template];
  return t.table3Columns.map((c) => report.table3[key]![c.key] as number);
}

function table4Values(report: GeneratedReport): number[] {
  const t = TEMPLATES[report.template];
  return t.table4Groups.flatMap((g) => t.table4Columns.map((c) => report.table4[g.key][c.key] as number));
}

/** Table 2 blocks: one per 第二十条 item, with its column labels and rows. */
function table2Blocks(t: Template): { article: string; columns: string[]; rows: Table2RowDef[] }[] {
  const blocks: { article: string; columns: string[]; rows: Table2RowDef[] }[] = [];
  for (const row of t.table2) {
    const last = blocks[blocks.length - 1];
    if (last && last.article === row.article && last.columns.length === row.columns.length)
      last.rows.push(row);
    else blocks.push({ article: row.article, columns: row.columns.map((c) => c.label), rows: [row] });
  }
  return blocks;
}

function table2Values(report: GeneratedReport, row: Table2RowDef): string[] {
  return row.columns.map((c) => fmt(report.table2[row.key]![c.key] ?? null, c.kind));
}

// ------------------------------------------------------------------ narrative

const NARRATIVE: Record<string, string[]> = {
  一: [
    '（一）主动公开：围绕中心工作，及时公开机构职能、法规文件、政策解读、财政预决算、重大民生等信息，做到应公开尽公开。',
    '（二）依申请公开：畅通申请渠道，规范受理、审核、答复流程，依法保障公众的知情权、参与权和监督权。',
    '（三）政府信息管理：一是健全公开属性审查机制，坚持先审后发；二是及时更新政府信息公开指南和目录；三是做好文件清理工作。',
    '（四）政府信息公开平台建设：依托政府门户网站和政务新媒体，优化栏目设置，提升信息发布的及时性和准确性。',
    '（五）监督保障：成立政务公开工作领导小组，明确专人负责，加强业务培训，将政务公开工作纳入年度考核。',
  ],
  五: [
    '主要问题：一是政策解读形式较为单一；二是公开内容的深度和广度有待提升。',
    '改进情况：一是丰富解读形式，运用图解、视频等方式；二是加强重点领域信息公开，进一步提升公开质量。',
  ],
  六: ['本机关无其他需要报告的事项。'],
};

function sectionHeading(i: number): string {
  return `${SECTIONS[i]!.number}、${SECTIONS[i]!.title}`;
}

function title(report: GeneratedReport): string {
  return `${report.agency}${report.year}年政府信息公开工作年度报告`;
}

function intro(report: GeneratedReport): string {
  return `本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为${report.year}年1月1日至${report.year}年12月31日。`;
}

/** Wrap a paragraph at a fixed width, as a PDF's text extraction does. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

// ------------------------------------------------------------------ (a) PDF-extracted text

function renderPdfText(report: GeneratedReport, rand: Rand): string {
  const t = TEMPLATES[report.template];
  const width = between(rand, 34, 40);
  const style = labelStyle(rand);
  // The width of the label cell, in characters: longer labels wrap inside it.
  const cellWidth = between(rand, 13, 18);
  const out: string[] = [];
  const para = (text: string) => {
    out.push(...wrap(text, width), '');
  };
  const full = title(report);
  const cut = full.length - between(rand, 2, 4);
  out.push('', full.slice(0, cut), full.slice(cut), '');
  para(intro(report));
  out.push(sectionHeading(0), '');
  for (const p of NARRATIVE.一!) para(p);
  out.push('', sectionHeading(1), '');
  for (const block of table2Blocks(t)) {
    out.push(block.article, `信息内容 ${block.columns.join(' ')}`, '');
    for (const row of block.rows) out.push(`${row.label} ${table2Values(report, row).join(' ')}`, '');
  }
  out.push('', sectionHeading(2), '');
  out.push(
    '（本列数据的勾稽关系为：第一项加第二项之和，等',
    '于第三项加第四项之和）',
    '',
    '申请人情况',
    '',
    '自然',
    '人',
    '',
    '法人或其他组织',
    '',
    '总计商业',
    '企业',
    '',
    '科研',
    '机构',
    '',
    '社会',
    '公益',
    '组织',
    '',
    '法律',
    '服务',
    '机构',
    '',
    '其他',
    '',
  );
  for (const view of rowViews(t)) {
    if (view.opensResult) out.push('三、本', '年度办', '理结果', '');
    if (view.opensGroup) {
      const g = styled(view.opensGroup, style);
      out.push(g.slice(0, 4), g.slice(4), '');
    }
    const label = rowLabel(view.def, style);
    const numbers = table3Values(report, view.def.key).map(String);
    const splitNumbers = chance(rand, 0.25);
    const numberLines = splitNumbers
      ? (() => {
          const k = between(rand, 1, 6);
          return [numbers.slice(0, k).join(' '), numbers.slice(k).join(' ')];
        })()
      : [numbers.join(' ')];
    if (label.length > cellWidth && chance(rand, 0.85)) {
      // A long label wrapped in its cell; the numbers follow on their own lines.
      out.push(...wrap(label, cellWidth), '', ...numberLines, '');
    } else if (splitNumbers) {
      out.push(label, '', ...numberLines, '');
    } else {
      out.push(`${label} ${numberLines[0]}`, '');
    }
  }
  out.push('', sectionHeading(3), '');
  out.push(
    '行政复议 行政诉讼',
    '',
    ...['结果', '维持', '', '结果', '纠正', '', '其他', '结果', '', '尚未', '审结', '', '总计'],
    '未经复议直接起诉 复议后起诉',
    '',
    ...['结果', '维持', '', '结果', '纠正', '', '其他', '结果', '', '尚未', '审结', '', '总计'],
    ...['结果', '维持', '', '结果', '纠正', '', '其他', '结果', '', '尚未', '审结', '', '总计'],
    '',
    ...(chance(rand, 0.3)
      ? [0, 5, 10].map((g) =>
          table4Values(report)
            .slice(g, g + 5)
            .join(' '),
        )
      : [table4Values(report).join(' ')]),
    '',
  );
  out.push(sectionHeading(4), '');
  for (const p of NARRATIVE.五!) para(p);
  out.push(sectionHeading(5), '');
  for (const p of NARRATIVE.六!) para(p);
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------ (b) tab-separated rows

function renderTsv(report: GeneratedReport, rand: Rand): string {
  const t = TEMPLATES[report.template];
  const style = labelStyle(rand);
  const out: string[] = ['', title(report), '', intro(report), '', sectionHeading(0), ''];
  for (const p of NARRATIVE.一!) out.push(p, '');
  out.push(sectionHeading(1), '');
  for (const block of table2Blocks(t)) {
    const w = 1 + Math.max(...block.rows.map((r) => r.columns.length));
    const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, w - cells.length)).fill('')].join('\t');
    out.push(pad([block.article]), pad(['信息内容', ...block.columns]));
    for (const row of block.rows) out.push(pad([row.label, ...table2Values(report, row)]));
  }
  out.push('', sectionHeading(2), '');
  out.push(
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t\t',
    '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  );
  for (const view of rowViews(t)) {
    const label = rowLabel(view.def, style);
    const values = table3Values(report, view.def.key).map(String);
    const group = view.opensGroup && styled(view.opensGroup, style);
    let cells: string[];
    if (!view.inResult) cells = [label, '', ''];
    else if (!view.sub) cells = [view.opensResult ? RESULT : '', label, ''];
    else cells = [view.opensResult ? RESULT : '', group ?? '', label];
    out.push([...cells, ...values].join('\t'));
  }
  out.push('', sectionHeading(3), '');
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  out.push(
    ['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')].join('\t'),
    ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''].join('\t'),
    [...heads, ...heads, ...heads].join('\t'),
    table4Values(report).join('\t'),
    '',
  );
  out.push(sectionHeading(4), '');
  for (const p of NARRATIVE.五!) out.push(p, '');
  out.push(sectionHeading(5), '');
  for (const p of NARRATIVE.六!) out.push(p, '');
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------ (c) markdown tables

function mdRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function mdTable(header: string[], rows: string[][]): string[] {
  return [mdRow(header), mdRow(header.map(() => '---')), ...rows.map(mdRow)];
}

function renderMarkdown(report: GeneratedReport, rand: Rand): string {
  const t = TEMPLATES[report.template];
  // Merged cells: a converter either repeats the merged text or leaves the covered cells empty.
  const repeat = chance(rand, 0.5);
  const style = labelStyle(rand);
  const out: string[] = [`# ${title(report)}`, '', intro(report), '', `## ${sectionHeading(0)}`, ''];
  for (const p of NARRATIVE.一!) out.push(p, '');
  out.push(`## ${sectionHeading(1)}`, '');
  for (const block of table2Blocks(t)) {
    out.push(block.article, '');
    out.push(
      ...mdTable(
        ['信息内容', ...block.columns],
        block.rows.map((row) => [row.label, ...table2Values(report, row)]),
      ),
      '',
    );
  }
  out.push(`## ${sectionHeading(2)}`, '');
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const merged = (text: string, n: number) => [text, ...Array(n - 1).fill(repeat ? text : '')];
  const header = [...merged(note, 3), ...merged('申请人情况', 7)];
  const rows: string[][] = [
    [...merged('', 3), '自然人', ...merged('法人或其他组织', 5), '总计'],
    [
      ...merged('', 3),
      repeat ? '自然人' : '',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      repeat ? '总计' : '',
    ],
  ];
  for (const view of rowViews(t)) {
    const label = rowLabel(view.def, style);
    const values = table3Values(report, view.def.key).map(String);
    const result = view.opensResult || repeat ? RESULT : '';
    const group = styled(view.def.group ?? '', style);
    let cells: string[];
    if (!view.inResult) cells = repeat ? [label, label, label] : [label, '', ''];
    else if (!view.sub) cells = [result, label, repeat ? label : ''];
    else cells = [result, view.opensGroup || repeat ? group : '', label];
    rows.push([...cells, ...values]);
  }
  out.push(...mdTable(header, rows), '');
  out.push(`## ${sectionHeading(3)}`, '');
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  out.push(
    ...mdTable(
      [...Array(5).fill('行政复议'), ...Array(10).fill('行政诉讼')],
      [
        [...Array(5).fill(''), ...Array(5).fill('未经复议直接起诉'), ...Array(5).fill('复议后起诉')],
        [...heads, ...heads, ...heads],
        table4Values(report).map(String),
      ],
    ),
    '',
  );
  out.push(`## ${sectionHeading(4)}`, '');
  for (const p of NARRATIVE.五!) out.push(p, '');
  out.push(`## ${sectionHeading(5)}`, '');
  for (const p of NARRATIVE.六!) out.push(p, '');
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------ (d) HTML

function td(content: string, attrs: { rowspan?: number; colspan?: number } = {}): string {
  const a = `${attrs.rowspan && attrs.rowspan > 1 ? ` rowspan="${attrs.rowspan}"` : ''}${
    attrs.colspan && attrs.colspan > 1 ? ` colspan="${attrs.colspan}"` : ''
  }`;
  return `<td${a} valign="center"><p style="text-align: justify;"><span style="font-family: 微软雅黑;">${content}</span></p></td>`;
}

function renderHtml(report: GeneratedReport, rand: Rand, opts: RenderOptions): string {
  const t = TEMPLATES[report.template];
  const num = (v: number | string, blankable: boolean): string => {
    if (v === 0 && blankable && opts.blanks && chance(rand, 0.3)) return '&nbsp;';
    const s = String(v);
    return opts.fullWidth && chance(rand, 0.3) ? FULL_WIDTH(s) : s;
  };
  const p = (text: string) => `<p style="text-indent: 2em;"><span>${text}</span></p>`;
  const table = (rows: string[]) =>
    `<div><table style="BORDER-COLLAPSE:collapse" cellspacing="0" border="1"><tbody>\n${rows
      .map((r) => `<tr>${r}</tr>`)
      .join('\n')}\n</tbody></table></div>`;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${title(report)}</title></head><body>`,
    `<h1>${title(report)}</h1>`,
    p(intro(report)),
    p(`<strong>${sectionHeading(0)}</strong>`),
  ];
  for (const para of NARRATIVE.一!) out.push(p(para));
  out.push(p(`<strong>${sectionHeading(1)}</strong>`));
  const t2rows: string[] = [];
  for (const block of table2Blocks(t)) {
    const w = Math.max(...block.rows.map((r) => r.columns.length));
    t2rows.push(td(block.article, { colspan: w + 1 }));
    t2rows.push(
      td('信息内容') +
        block.columns.map((c, i) => td(c, { colspan: i === block.columns.length - 1 ? w - i : 1 })).join(''),
    );
    for (const row of block.rows) {
      const vals = table2Values(report, row);
      t2rows.push(
        td(row.label) +
          vals.map((v, i) => td(num(v, false), { colspan: i === vals.length - 1 ? w - i : 1 })).join(''),
      );
    }
  }
  out.push(table(t2rows));
  out.push(p(`<strong>${sectionHeading(2)}</strong>`));
  const t3rows: string[] = [
    td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colspan: 3, rowspan: 3 }) +
      td('申请人情况', { colspan: 7 }),
    td('自然人', { rowspan: 2 }) + td('法人或其他组织', { colspan: 5 }) + td('总计', { rowspan: 2 }),
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join(''),
  ];
  for (const view of rowViews(t)) {
    const label = rowLabel(view.def);
    const values = table3Values(report, view.def.key);
    let cells = '';
    if (!view.inResult) cells = td(label, { colspan: 3 });
    else {
      if (view.opensResult) cells += td(RESULT, { rowspan: view.resultSize });
      if (!view.sub) cells += td(label, { colspan: 2 });
      else {
        if (view.opensGroup) cells += td(view.opensGroup, { rowspan: view.groupSize });
        cells += td(label);
      }
    }
    cells += values.map((v, i) => td(num(v, i < APPLICANTS))).join('');
    t3rows.push(cells);
  }
  out.push(table(t3rows));
  out.push(p(`<strong>${sectionHeading(3)}</strong>`));
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  out.push(
    table([
      td('行政复议', { colspan: 5 }) + td('行政诉讼', { colspan: 10 }),
      heads.map((h) => td(h, { rowspan: 2 })).join('') +
        td('未经复议直接起诉', { colspan: 5 }) +
        td('复议后起诉', { colspan: 5 }),
      [...heads, ...heads].map((h) => td(h)).join(''),
      table4Values(report)
        .map((v) => td(num(v, false)))
        .join(''),
    ]),
  );
  out.push(p(`<strong>${sectionHeading(4)}</strong>`));
  for (const para of NARRATIVE.五!) out.push(p(para));
  out.push(p(`<strong>${sectionHeading(5)}</strong>`));
  for (const para of NARRATIVE.六!) out.push(p(para));
  out.push('</body></html>');
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------ (e) glued crawled text

function renderGlued(report: GeneratedReport, rand: Rand): string {
  const t = TEMPLATES[report.template];
  // d05 separates paragraphs by ideographic spaces; d04 by single spaces (and a space after labels).
  const sep = chance(rand, 0.5) ? '　　' : ' ';
  const afterLabel = sep === ' ' && chance(rand, 0.5) ? ' ' : '';
  const parts: string[] = [`标题: ${title(report)}`, '==================== 正文 ====================', ''];
  const body: string[] = [intro(report), sectionHeading(0), ...NARRATIVE.一!, sectionHeading(1)];
  let t2 = '';
  for (const block of table2Blocks(t)) {
    t2 += `${block.article}信息内容${block.columns.join('')}`;
    for (const row of block.rows) t2 += `${row.label}${table2Values(report, row).join('')}`;
  }
  body.push(t2, sectionHeading(2));
  let t3 =
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';
  for (const view of rowViews(t)) {
    if (view.opensResult) t3 += RESULT;
    if (view.opensGroup) t3 += view.opensGroup;
    t3 += `${rowLabel(view.def)}${afterLabel}${table3Values(report, view.def.key).join('')}`;
  }
  body.push(t3, sectionHeading(3));
  body.push(
    `行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${table4Values(report).join('')}`,
  );
  body.push(sectionHeading(4), ...NARRATIVE.五!, sectionHeading(5), ...NARRATIVE.六!);
  parts.push(body.join(sep));
  return `${parts.join('\n')}\n`;
}

// ------------------------------------------------------------------ entry point

/** The full text of the report in a layout; `seed` fixes the layout's incidental choices. */
export function renderReport(
  report: GeneratedReport,
  layout: Layout,
  seed = 1,
  opts: RenderOptions = {},
): string {
  const rand = seededRandom(seed);
  switch (layout) {
    case 'pdf-text':
      return renderPdfText(report, rand);
    case 'tsv':
      return renderTsv(report, rand);
    case 'markdown':
      return renderMarkdown(report, rand);
    case 'html':
      return renderHtml(report, rand, opts);
    case 'glued':
      return renderGlued(report, rand);
  }
}
