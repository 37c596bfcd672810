// The national yearly-report template (政府信息公开工作年度报告格式), declared once as data.
// 2021 template: 国办公开办函〔2021〕30号 (reports for 2021 and later).
// 2019 template: 国办公开办函〔2019〕60号 (reports for 2019 and 2020).
// The reader, the checker, the renderers and the store all use these declarations; the keys are
// the public data dictionary of docs/template.md.

export type TemplateVersion = '2021' | '2019';

/** A row or column of a template table. */
export interface LabelDef<K extends string = string> {
  key: K;
  /** The label as printed in the national template (without its numbering prefix). */
  label: string;
  /** Numbering prefix as printed in the template, e.g. '一、', '（三）', '2.'. */
  number?: string;
  /** The heading of the group this row belongs to (e.g. '（三）不予公开'), if any. */
  group?: string;
  /** Distinctive phrases that identify the row in a real report, strongest first. */
  anchors: readonly string[];
  /** Label wordings seen in real reports that differ from the template. */
  variants?: readonly string[];
}

// ---------------------------------------------------------------- table 3

export const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', anchors: ['自然人'] },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织', anchors: ['商业企业'] },
  { key: 'research', label: '科研机构', group: '法人或其他组织', anchors: ['科研机构'] },
  {
    key: 'publicInterest',
    label: '社会公益组织',
    group: '法人或其他组织',
    anchors: ['社会公益组织'],
    variants: ['社会组织', '公益组织'],
  },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织', anchors: ['法律服务机构'] },
  { key: 'other', label: '其他', group: '法人或其他组织', anchors: ['其他'] },
] as const satisfies readonly LabelDef[];

export type ApplicantColumnKey = (typeof APPLICANT_COLUMNS)[number]['key'];
export type Table3ColumnKey = ApplicantColumnKey | 'total';

export const TABLE3_COLUMNS: readonly LabelDef<Table3ColumnKey>[] = [
  ...APPLICANT_COLUMNS,
  { key: 'total', label: '总计', anchors: ['总计'] },
];

export const TABLE3_COLUMN_KEYS: readonly Table3ColumnKey[] = TABLE3_COLUMNS.map((c) => c.key);
export const APPLICANT_COLUMN_KEYS: readonly ApplicantColumnKey[] = APPLICANT_COLUMNS.map((c) => c.key);

const RESULT = '三、本年度办理结果';

const TABLE3_ROWS_COMMON_HEAD: readonly LabelDef[] = [
  { key: 'received', number: '一、', label: '本年新收政府信息公开申请数量', anchors: ['本年新收'] },
  { key: 'carriedOver', number: '二、', label: '上年结转政府信息公开申请数量', anchors: ['上年结转'] },
  { key: 'granted', number: '（一）', group: RESULT, label: '予以公开', anchors: ['予以公开'] },
  {
    key: 'partiallyGranted',
    number: '（二）',
    group: RESULT,
    label: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    anchors: ['部分公开'],
  },
  ...withGroup('（三）不予公开', [
    { key: 'withheld.stateSecret', number: '1.', label: '属于国家秘密', anchors: ['国家秘密'] },
    {
      key: 'withheld.lawForbidden',
      number: '2.',
      label: '其他法律行政法规禁止公开',
      anchors: ['禁止公开'],
      variants: ['其他法律法规禁止公开'],
    },
    {
      key: 'withheld.threeSecurityOneStability',
      number: '3.',
      label: '危及“三安全一稳定”',
      anchors: ['三安全一稳定', '一稳定'],
    },
    {
      key: 'withheld.thirdPartyRights',
      number: '4.',
      label: '保护第三方合法权益',
      anchors: ['第三方合法权益', '第三方'],
    },
    { key: 'withheld.internalAffairs', number: '5.', label: '属于三类内部事务信息', anchors: ['内部事务'] },
    { key: 'withheld.processInfo', number: '6.', label: '属于四类过程性信息', anchors: ['过程性信息'] },
    { key: 'withheld.enforcementFile', number: '7.', label: '属于行政执法案卷', anchors: ['执法案卷'] },
    { key: 'withheld.queryMatter', number: '8.', label: '属于行政查询事项', anchors: ['查询事项'] },
  ]),
  ...withGroup('（四）无法提供', [
    {
      key: 'unableToProvide.notHeld',
      number: '1.',
      label: '本机关不掌握相关政府信息',
      anchors: ['不掌握'],
    },
    {
      key: 'unableToProvide.needsCreation',
      number: '2.',
      label: '没有现成信息需要另行制作',
      anchors: ['另行制作', '现成信息'],
    },
    {
      key: 'unableToProvide.unclearAfterSupplement',
      number: '3.',
      label: '补正后申请内容仍不明确',
      anchors: ['仍不明确', '补正后'],
    },
  ]),
  ...withGroup('（五）不予处理', [
    {
      key: 'notProcessed.complaint',
      number: '1.',
      label: '信访举报投诉类申请',
      anchors: ['举报投诉', '信访'],
    },
    { key: 'notProcessed.duplicate', number: '2.', label: '重复申请', anchors: ['重复申请'] },
    { key: 'notProcessed.publication', number: '3.', label: '要求提供公开出版物', anchors: ['出版物'] },
    {
      key: 'notProcessed.massRepeated',
      number: '4.',
      label: '无正当理由大量反复申请',
      anchors: ['大量反复'],
    },
    {
      key: 'notProcessed.confirmation',
      number: '5.',
      label: '要求行政机关确认或重新出具已获取信息',
      anchors: ['重新出具', '已获取信息'],
    },
  ]),
];

const TABLE3_ROWS_COMMON_TAIL: readonly LabelDef[] = [
  { key: 'totalHandled', number: '（七）', group: RESULT, label: '总计', anchors: ['总计'] },
  {
    key: 'carriedForward',
    number: '四、',
    label: '结转下年度继续办理',
    anchors: ['结转下年度', '下年度继续办理'],
  },
];

const OTHER_HANDLING_2021: readonly LabelDef[] = withGroup('（六）其他处理', [
  {
    key: 'otherHandling.noSupplement',
    number: '1.',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    anchors: ['不补正'],
  },
  {
    key: 'otherHandling.feeUnpaid',
    number: '2.',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    anchors: ['缴纳费用', '收费通知'],
    variants: ['申请人逾期不按要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  },
  { key: 'otherHandling.other', number: '3.', label: '其他', anchors: ['其他'] },
]);

const OTHER_HANDLING_2019: readonly LabelDef[] = [
  { key: 'otherHandling', number: '（六）', group: RESULT, label: '其他处理', anchors: ['其他处理'] },
];

function withGroup(group: string, rows: readonly LabelDef[]): LabelDef[] {
  return rows.map((r) => ({ ...r, group }));
}

// ---------------------------------------------------------------- table 4

export const TABLE4_GROUPS = [
  { key: 'reconsideration', label: '行政复议', anchors: ['行政复议'] },
  { key: 'litigationDirect', label: '未经复议直接起诉', group: '行政诉讼', anchors: ['直接起诉'] },
  {
    key: 'litigationAfterReconsideration',
    label: '复议后起诉',
    group: '行政诉讼',
    anchors: ['复议后起诉'],
  },
] as const satisfies readonly LabelDef[];

export const TABLE4_COLUMNS = [
  { key: 'upheld', label: '结果维持', anchors: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', anchors: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', anchors: ['其他结果'] },
  { key: 'pending', label: '尚未审结', anchors: ['尚未审结'] },
  { key: 'total', label: '总计', anchors: ['总计'] },
] as const satisfies readonly LabelDef[];

export type Table4GroupKey = (typeof TABLE4_GROUPS)[number]['key'];
export type Table4ColumnKey = (typeof TABLE4_COLUMNS)[number]['key'];

// ---------------------------------------------------------------- table 2

/** What a table-2 cell holds: a count, a decimal amount (万元), or a text as printed. */
export type Table2CellKind = 'count' | 'signed' | 'decimal' | 'text';

export interface Table2ColumnDef {
  key: string;
  label: string;
  kind: Table2CellKind;
}

export interface Table2RowDef extends LabelDef {
  /** The 第二十条 item heading printed above the row, e.g. '第二十条第（一）项'. */
  article: string;
  columns: readonly Table2ColumnDef[];
}

const ISSUED_2021: readonly Table2ColumnDef[] = [
  { key: 'issued', label: '本年制发件数', kind: 'count' },
  { key: 'repealed', label: '本年废止件数', kind: 'count' },
  { key: 'inForce', label: '现行有效件数', kind: 'count' },
];
const DECISIONS_2021: readonly Table2ColumnDef[] = [
  { key: 'decisions', label: '本年处理决定数量', kind: 'count' },
];

const TABLE2_2021: readonly Table2RowDef[] = [
  { key: 'rules', label: '规章', article: '第二十条第（一）项', columns: ISSUED_2021, anchors: ['规章'] },
  {
    key: 'normativeDocuments',
    label: '行政规范性文件',
    article: '第二十条第（一）项',
    columns: ISSUED_2021,
    anchors: ['规范性文件'],
    variants: ['规范性文件'],
  },
  {
    key: 'licensing',
    label: '行政许可',
    article: '第二十条第（五）项',
    columns: DECISIONS_2021,
    anchors: ['行政许可'],
  },
  {
    key: 'penalty',
    label: '行政处罚',
    article: '第二十条第（六）项',
    columns: DECISIONS_2021,
    anchors: ['行政处罚'],
  },
  {
    key: 'enforcement',
    label: '行政强制',
    article: '第二十条第（六）项',
    columns: DECISIONS_2021,
    anchors: ['行政强制'],
  },
  {
    key: 'fees',
    label: '行政事业性收费',
    article: '第二十条第（八）项',
    columns: [{ key: 'amountWan', label: '本年收费金额（单位：万元）', kind: 'decimal' }],
    anchors: ['行政事业性收费', '事业性收费'],
  },
];

const MADE_2019: readonly Table2ColumnDef[] = [
  { key: 'made', label: '本年新制作数量', kind: 'count' },
  { key: 'published', label: '本年新公开数量', kind: 'count' },
  { key: 'totalPublished', label: '对外公开总数量', kind: 'count' },
];
const ITEMS_2019: readonly Table2ColumnDef[] = [
  { key: 'lastYear', label: '上一年项目数量', kind: 'count' },
  { key: 'change', label: '本年增/减', kind: 'signed' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' },
];

const TABLE2_2019: readonly Table2RowDef[] = [
  { key: 'rules', label: '规章', article: '第二十条第（一）项', columns: MADE_2019, anchors: ['规章'] },
  {
    key: 'normativeDocuments',
    label: '规范性文件',
    article: '第二十条第（一）项',
    columns: MADE_2019,
    anchors: ['规范性文件'],
    variants: ['行政规范性文件'],
  },
  {
    key: 'licensing',
    label: '行政许可',
    article: '第二十条第（五）项',
    columns: ITEMS_2019,
    anchors: ['行政许可'],
  },
  {
    key: 'otherManagement',
    label: '其他对外管理服务事项',
    article: '第二十条第（五）项',
    columns: ITEMS_2019,
    anchors: ['其他对外管理服务事项', '对外管理服务'],
  },
  {
    key: 'penalty',
    label: '行政处罚',
    article: '第二十条第（六）项',
    columns: ITEMS_2019,
    anchors: ['行政处罚'],
  },
  {
    key: 'enforcement',
    label: '行政强制',
    article: '第二十条第（六）项',
    columns: ITEMS_2019,
    anchors: ['行政强制'],
  },
  {
    key: 'fees',
    label: '行政事业性收费',
    article: '第二十条第（八）项',
    columns: [
      { key: 'lastYear', label: '上一年项目数量', kind: 'count' },
      { key: 'change', label: '本年增/减', kind: 'signed' },
    ],
    anchors: ['行政事业性收费', '事业性收费'],
  },
  {
    key: 'procurement',
    label: '政府集中采购',
    article: '第二十条第（九）项',
    columns: [
      { key: 'projects', label: '采购项目数量', kind: 'count' },
      { key: 'amount', label: '采购总金额', kind: 'text' },
    ],
    anchors: ['政府集中采购', '集中采购'],
  },
];

// ---------------------------------------------------------------- sections

export interface SectionDef {
  number: string;
  title: string;
  /** Phrases that identify the heading; any one suffices. */
  anchors: readonly string[];
  variants?: readonly string[];
}

export const SECTIONS: readonly SectionDef[] = [
  { number: '一', title: '总体情况', anchors: ['总体情况'] },
  {
    number: '二',
    title: '主动公开政府信息情况',
    anchors: ['主动公开政府信息情况', '主动公开政府信息'],
  },
  {
    number: '三',
    title: '收到和处理政府信息公开申请情况',
    anchors: ['收到和处理政府信息公开申请', '处理政府信息公开申请'],
  },
  {
    number: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    anchors: ['行政复议、行政诉讼', '行政复议和行政诉讼', '行政复议、提起行政诉讼', '法复议、行政诉讼'],
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  },
  {
    number: '五',
    title: '存在的主要问题及改进情况',
    anchors: ['存在的主要问题', '主要问题及改进', '问题及改进情况', '问题和改进'],
    variants: ['存在的主要问题及整改措施'],
  },
  { number: '六', title: '其他需要报告的事项', anchors: ['其他需要报告的事项', '需要报告的事项'] },
];

// ---------------------------------------------------------------- the template

export interface Template {
  version: TemplateVersion;
  /** The notice that issued this template. */
  source: string;
  table2: readonly Table2RowDef[];
  table3Rows: readonly LabelDef[];
  table3Columns: readonly LabelDef<Table3ColumnKey>[];
  /** Keys of the outcome rows (三、本年度办理结果 without （七）总计). */
  outcomeRowKeys: readonly string[];
  table4Groups: readonly LabelDef<Table4GroupKey>[];
  table4Columns: readonly LabelDef<Table4ColumnKey>[];
  sections: readonly SectionDef[];
}

function table3Rows(otherHandling: readonly LabelDef[]): LabelDef[] {
  return [...TABLE3_ROWS_COMMON_HEAD, ...otherHandling, ...TABLE3_ROWS_COMMON_TAIL];
}

function outcomeKeys(rows: readonly LabelDef[]): string[] {
  return rows
    .map((r) => r.key)
    .filter((k) => !['received', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
}

function makeTemplate(
  version: TemplateVersion,
  source: string,
  otherHandling: readonly LabelDef[],
  table2: readonly Table2RowDef[],
): Template {
  const rows = table3Rows(otherHandling);
  return Object.freeze({
    version,
    source,
    table2,
    table3Rows: rows,
    table3Columns: TABLE3_COLUMNS,
    outcomeRowKeys: outcomeKeys(rows),
    table4Groups: TABLE4_GROUPS,
    table4Columns: TABLE4_COLUMNS,
    sections: SECTIONS,
  });
}

export const TEMPLATES: Readonly<Record<TemplateVersion, Template>> = {
  '2021': makeTemplate('2021', '国办公开办函〔2021〕30号', OTHER_HANDLING_2021, TABLE2_2021),
  '2019': makeTemplate('2019', '国办公开办函〔2019〕60号', OTHER_HANDLING_2019, TABLE2_2019),
};

/** The template in force for a reporting year: 2019 and 2020 reports use the 2019 template. */
export function templateForYear(year: number): Template {
  return year <= 2020 ? TEMPLATES['2019'] : TEMPLATES['2021'];
}

/** The printed label of a table-3 row with its numbering, e.g. '（三）不予公开 1.属于国家秘密'. */
export function fullRowLabel(row: LabelDef): string {
  return `${row.group && row.number && /^\d/.test(row.number) ? `${row.group} ` : ''}${row.number ?? ''}${row.label}`;
}
