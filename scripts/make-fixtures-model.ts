// Fixture maker, part 1: a report's truth (test/corpus/dev/dNN.truth.json) laid out as the national
// template prints it: headings, narrative paragraphs and the three tables with their merged cells.
// The HTML and DOCX writers render this model; producers (LibreOffice, Chromium) make the PDFs.
import { TEMPLATES, type Template } from '../src/report/template.ts';

export interface Cell {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** A label cell (left-aligned); number cells are centred. */
  label?: boolean;
}
export interface Table {
  /** Relative column widths. */
  widths: number[];
  rows: Cell[][];
}
export type Part =
  | { kind: 'title'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'table'; table: Table; landscape?: boolean };

export interface Truth {
  agency: string;
  year: number;
  template: '2021' | '2019';
  table2: Record<string, Record<string, number | string | null>> | null;
  table3: Record<string, Record<string, number | null>>;
  table4: Record<string, Record<string, number | null>>;
  table2_as_read?: Record<string, (number | string | null)[]>;
}

export interface Layout {
  /** Narrow label columns, so that long labels wrap over two or three lines. */
  narrow?: boolean;
  /** Put table 3 on a landscape page. */
  landscape?: boolean;
  /** Filler paragraphs in section 一, to move table 3 across a page break. */
  filler?: number;
  /** The font named in the document (the producer substitutes what it has). */
  font?: string;
  /** Tables without ruling lines (the reader must rebuild them from text positions alone). */
  borderless?: boolean;
}

const show = (v: number | string | null | undefined): string =>
  v === null || v === undefined ? '/' : String(v);

export function reportParts(truth: Truth, layout: Layout): Part[] {
  const t = TEMPLATES[truth.template];
  const received = truth.table3.received?.total ?? 0;
  const filler = Array.from({ length: layout.filler ?? 2 }, (_, i) => ({
    kind: 'p' as const,
    text: `${i + 1}.本机关坚持以公开为常态、不公开为例外，围绕中心工作，及时发布政策文件、工作动态和政策解读信息，严格执行信息发布审核制度，做到先审后发、应公开尽公开，持续提升政务公开质量和实效，方便公众查阅和监督。`,
  }));
  return [
    { kind: 'title', text: `${truth.agency}${truth.year}年政府信息公开工作年度报告` },
    {
      kind: 'p',
      text: `本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自${truth.year}年1月1日起至${truth.year}年12月31日止。`,
    },
    { kind: 'h', text: '一、总体情况' },
    ...filler,
    { kind: 'h', text: '二、主动公开政府信息情况' },
    { kind: 'table', table: table2(t, truth, layout) },
    { kind: 'h', text: '三、收到和处理政府信息公开申请情况' },
    { kind: 'table', table: table3(t, truth, layout), landscape: layout.landscape },
    { kind: 'h', text: '四、政府信息公开行政复议、行政诉讼情况' },
    { kind: 'table', table: table4(truth) },
    { kind: 'h', text: '五、存在的主要问题及改进情况' },
    {
      kind: 'p',
      text: `本年度共收到政府信息公开申请${received}件，均已按期答复。工作中仍存在公开内容不够丰富、政策解读形式较为单一等问题，下一步将加强培训，提升公开质量。`,
    },
    { kind: 'h', text: '六、其他需要报告的事项' },
    { kind: 'p', text: '本年度未收取信息处理费。无其他需要报告的事项。' },
  ];
}

function table2(t: Template, truth: Truth, layout: Layout): Table {
  const rows: Cell[][] = [];
  let article = '';
  t.table2.forEach((def, i) => {
    const values = table2Values(truth, def.key, def.label, def.columns.length);
    if (!values) return;
    if (def.article !== article || def.columns.length !== t.table2[i - 1]?.columns.length) {
      article = def.article;
      rows.push([{ text: def.article, colspan: 4 }]);
      rows.push([{ text: '信息内容' }, ...spread(def.columns.map((c) => c.label))]);
    }
    rows.push([{ text: def.label, label: true }, ...spread(values.map(show))]);
  });
  return { widths: layout.narrow ? [2, 1, 1, 1] : [3, 2, 2, 2], rows };
}

/** Values of a table-2 row: from the truth, or (2019 truths keep none) as the source printed them. */
function table2Values(
  truth: Truth,
  key: string,
  label: string,
  n: number,
): (number | string | null)[] | null {
  const row = truth.table2?.[key];
  if (row) return Object.keys(row).length ? Object.values(row) : null;
  const read = truth.table2_as_read?.[label];
  return read ? read.slice(0, n) : null;
}

/** Cells filling the three value columns of table 2 (one value spans all three). */
function spread(texts: string[]): Cell[] {
  if (texts.length === 3) return texts.map((text) => ({ text }));
  if (texts.length === 2) return [{ text: texts[0]! }, { text: texts[1]!, colspan: 2 }];
  return [{ text: texts[0]!, colspan: 3 }];
}

function table3(t: Template, truth: Truth, layout: Layout): Table {
  const header: Cell[][] = [
    [
      { text: '申请人情况', colspan: 3, rowspan: 2 },
      { text: '自然人', rowspan: 2 },
      { text: '法人或其他组织', colspan: 5 },
      { text: '总计', rowspan: 2 },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
  ];
  const rows: Cell[][] = [...header];
  const groupsSeen = new Set<string>();
  const resultRows = t.table3Rows.filter((r) => r.group && !['received', 'carriedOver'].includes(r.key));
  for (const def of t.table3Rows) {
    const values = t.table3Columns.map((c) => ({ text: show(truth.table3[def.key]?.[c.key]) }));
    const label = `${def.number ?? ''}${def.label}`;
    const cells: Cell[] = [];
    if (!def.group) cells.push({ text: label, colspan: 3, label: true });
    else {
      const result = def.group.startsWith('三') ? def.group : '三、本年度办理结果';
      if (!groupsSeen.has(result)) {
        groupsSeen.add(result);
        cells.push({ text: result, rowspan: resultRows.length, label: true });
      }
      if (def.group.startsWith('三')) cells.push({ text: label, colspan: 2, label: true });
      else {
        if (!groupsSeen.has(def.group)) {
          groupsSeen.add(def.group);
          const span = t.table3Rows.filter((r) => r.group === def.group).length;
          cells.push({ text: def.group, rowspan: span, label: true });
        }
        cells.push({ text: label, label: true });
      }
    }
    rows.push([...cells, ...values]);
  }
  return {
    widths: layout.narrow ? [1.2, 1.2, 3, 1, 1, 1, 1, 1, 1, 1] : [2, 2, 6, 1, 1, 1, 1, 1, 1, 1],
    rows,
  };
}

function table4(truth: Truth): Table {
  const cols = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const values: Cell[] = [];
  for (const g of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']) {
    for (const c of ['upheld', 'corrected', 'other', 'pending', 'total'])
      values.push({ text: show(truth.table4[g]?.[c]) });
  }
  return {
    widths: Array(15).fill(1),
    rows: [
      [
        { text: '行政复议', colspan: 5 },
        { text: '行政诉讼', colspan: 10 },
      ],
      [
        ...cols.map((text) => ({ text, rowspan: 2 })),
        { text: '未经复议直接起诉', colspan: 5 },
        { text: '复议后起诉', colspan: 5 },
      ],
      [...cols, ...cols].map((text) => ({ text })),
      values,
    ],
  };
}
