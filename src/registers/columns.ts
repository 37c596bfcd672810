// The columns of each register's import file and downloadable template, declared once as data:
// the Chinese column title, the wordings accepted for it, what a cell holds, and the Chinese
// names of coded values. Parsing (parse-rows.ts), the templates (template-file.ts) and the CLI
// all read these declarations.

import { TABLE4_COLUMNS, TABLE4_GROUPS, TEMPLATES } from '../report/template.ts';
import type { RegisterKind } from './records.ts';

/** A coded value: its record key and the Chinese name users write (the English key works too). */
export interface Choice {
  key: string;
  label: string;
  variants: readonly string[];
}

export type CellType = 'text' | 'date' | 'period' | 'count' | 'amount' | 'choice';

export interface RegisterColumn {
  /** The record field it fills (for 'amount': amountFen, from 元). */
  field: string;
  /** The column title in the template file. */
  header: string;
  /** Other titles accepted on import. */
  variants: readonly string[];
  type: CellType;
  /** Every row must have a value (otherwise the column may be left out entirely). */
  required: boolean;
  choices?: readonly Choice[];
  /** The template file's example row. */
  example: string;
  /** What to write (the template's 说明 sheet). */
  help: string;
}

/** Template labels of table 2 rows and table 4 groups and columns, by key. */
const table2Label = (key: string, version: '2021' | '2019' = '2019') =>
  TEMPLATES[version].table2.find((r) => r.key === key)!.label;
const groupLabel = (key: string) => TABLE4_GROUPS.find((g) => g.key === key)!.label;
const columnLabel = (key: string) => TABLE4_COLUMNS.find((c) => c.key === key)!.label;

export const DOCUMENT_KINDS: readonly Choice[] = [
  { key: 'rule', label: table2Label('rules', '2021'), variants: [] },
  {
    key: 'normativeDocument',
    label: table2Label('normativeDocuments', '2021'),
    variants: [table2Label('normativeDocuments', '2019')],
  },
];

export const DECISION_CATEGORY_CHOICES: readonly Choice[] = (
  ['licensing', 'penalty', 'enforcement', 'otherManagement'] as const
).map((key) => ({
  key,
  label: table2Label(key),
  variants: key === 'otherManagement' ? ['其他对外管理服务'] : [],
}));

export const CASE_KIND_CHOICES: readonly Choice[] = [
  { key: 'reconsideration', label: groupLabel('reconsideration'), variants: [] },
  {
    key: 'litigationDirect',
    label: '行政诉讼（直接起诉）',
    variants: [groupLabel('litigationDirect'), '直接起诉', '行政诉讼（未经复议直接起诉）'],
  },
  {
    key: 'litigationAfterReconsideration',
    label: '行政诉讼（复议后起诉）',
    variants: [groupLabel('litigationAfterReconsideration')],
  },
];

export const CASE_RESULT_CHOICES: readonly Choice[] = (['upheld', 'corrected', 'other'] as const).map(
  (key) => ({
    key,
    label: columnLabel(key).replace(/^结果|结果$/, ''),
    variants: [columnLabel(key)],
  }),
);

const PERIOD_HELP =
  '年度合计写 YYYY（如 2024），按月写 YYYY-MM（如 2024-03）；同一年不要既写年度合计又写月份';
const ID_VARIANTS = ['登记编号', '序列号'];

export const REGISTER_COLUMNS: Readonly<Record<RegisterKind, readonly RegisterColumn[]>> = {
  documents: [
    text('id', '编号', ['文件编号', ...ID_VARIANTS], 'GZ-2024-001', '本登记簿内唯一，不可重复'),
    choice('kind', '类别', ['文件类别', '类型', '种类'], DOCUMENT_KINDS, '行政规范性文件'),
    text('title', '名称', ['文件名称', '标题', '文件标题'], '关于规范医疗保障基金使用的通知', '文件全称'),
    text(
      'documentNumber',
      '文号',
      ['发文字号', '发文文号', '文件编号（文号）'],
      '延医保发〔2024〕3号',
      '发文字号',
    ),
    date('issuedOn', '印发日期', ['发布日期', '制发日期', '成文日期', '印发时间'], true, '2024-03-15'),
    date('repealedOn', '废止日期', ['失效日期', '废止时间'], false, ''),
  ],
  decisions: [
    choice('category', '类别', ['事项类别', '决定类别', '类型'], DECISION_CATEGORY_CHOICES, '行政处罚'),
    period(),
    {
      ...text('count', '数量', ['处理决定数量', '决定数量', '件数'], '12', '处理决定件数，0 或正整数'),
      type: 'count',
    },
    text('source', '来源', ['数据来源', '信息来源'], '省行政执法信息平台', '数字取自何处'),
  ],
  fees: [
    text('item', '收费项目', ['项目名称', '收费项目名称', '项目', '名称'], '不动产登记费', '收费项目名称'),
    period(),
    {
      ...text('amountFen', '金额（元）', ['金额', '收费金额', '收费金额（元）', '金额(元)'], '1234.56', ''),
      type: 'amount',
      help: '以元为单位，最多两位小数，如 1234.56',
    },
  ],
  cases: [
    text('id', '编号', ['案号', '案件编号', ...ID_VARIANTS], 'FY-2024-01', '本登记簿内唯一，不可重复'),
    choice('kind', '类别', ['案件类别', '类型'], CASE_KIND_CHOICES, '行政复议'),
    date(
      'filedOn',
      '提起日期',
      ['申请日期', '起诉日期', '立案日期', '受理日期', '收到日期'],
      true,
      '2024-05-06',
    ),
    date('concludedOn', '审结日期', ['结案日期', '办结日期'], false, '2024-07-01'),
    {
      ...choice('result', '结果', ['审结结果', '结案结果'], CASE_RESULT_CHOICES, '维持'),
      required: false,
      help: `已审结的必填，尚未审结的留空；可填：${CASE_RESULT_CHOICES.map((c) => c.label).join('、')}`,
    },
    { ...text('note', '备注', ['案由', '说明'], '申请公开某文件，答复不予公开', '可留空'), required: false },
  ],
};

function text(
  field: string,
  header: string,
  variants: string[],
  example: string,
  help: string,
): RegisterColumn {
  return { field, header, variants, type: 'text', required: true, example, help };
}

function choice(
  field: string,
  header: string,
  variants: string[],
  choices: readonly Choice[],
  example: string,
): RegisterColumn {
  const help = `可填：${choices.map((c) => c.label).join('、')}`;
  return { field, header, variants, type: 'choice', required: true, choices, example, help };
}

function date(field: string, header: string, variants: string[], required: boolean, example: string) {
  const help = `日期，如 2024-03-15（也接受 2024/3/15、2024年3月15日）${required ? '' : '；没有的留空'}`;
  return { field, header, variants, type: 'date', required, example, help } satisfies RegisterColumn;
}

function period(): RegisterColumn {
  return {
    field: 'period',
    header: '期间',
    variants: ['统计期间', '月份', '年月', '年度', '统计月份'],
    type: 'period',
    required: true,
    example: '2024-03',
    help: PERIOD_HELP,
  };
}

/** The Chinese name of a coded value (for messages and lists). */
export function choiceLabel(choices: readonly Choice[], key: string): string {
  return choices.find((c) => c.key === key)?.label ?? key;
}

/** The column that fills a record field. */
export function columnOf(kind: RegisterKind, field: string): RegisterColumn | undefined {
  return REGISTER_COLUMNS[kind].find((c) => c.field === field);
}

/** Register names as users see them. */
export const REGISTER_NAMES: Readonly<Record<RegisterKind, string>> = {
  documents: '规章和行政规范性文件登记簿',
  decisions: '行政许可、处罚、强制等处理决定数量登记簿',
  fees: '行政事业性收费登记簿',
  cases: '行政复议、行政诉讼案件登记簿',
};
