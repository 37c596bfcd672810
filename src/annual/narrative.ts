// The draft text of the six sections, from the tables and the facts. Figures are stated in the
// wording the checker reads (src/check/narrative-claims.ts): '收到政府信息公开申请N件', '办结N件',
// '行政复议N件', '行政诉讼N件', '未发出…收费通知'; so every figure the draft states is checked
// against the table it comes from. What records cannot tell (management, platforms, problems)
// is left as a visible placeholder for the clerk to write.

import type { Table2, Table3, Table4 } from '../report/annual-report.ts';
import type { Template } from '../report/template.ts';
import type { FeeFacts, ProactiveFacts, ReportFacts } from './facts.ts';
import { placeholder } from './placeholder.ts';
import { yuanText } from './yuan.ts';

export interface DraftInput {
  template: Template;
  year: number;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  facts: ReportFacts;
}

/** The draft text of each section, by section number (一 … 六). */
export function draftTexts(input: DraftInput): Record<string, string> {
  return {
    一: overall(input),
    // Sections 二–四 are their tables; one short sentence leads into each. The sentences avoid the
    // table's own phrases (第二十条, 勾稽关系 …), which renderers read as the table's start.
    二: '本年度主动公开政府信息的有关数据见下表。',
    三: '本年度依申请公开工作的有关数据见下表。',
    四: '本年度复议、诉讼案件的有关数据见下表。',
    五: [
      `（一）存在的主要问题：${placeholder('本年度政府信息公开工作存在的主要问题')}`,
      `（二）改进情况：${placeholder('针对上述问题采取的改进措施及落实情况')}`,
    ].join('\n'),
    六: feeStatement(input.facts.fees, input.year, input.table3),
  };
}

function overall({ template, table2, table3, table4, facts }: DraftInput): string {
  return [
    `（一）主动公开：${normativeDocuments(table2, template)}${proactive(facts.proactive)}`,
    `（二）依申请公开：${applications(table3, template)}${reviewCases(table4)}`,
    `（三）政府信息管理：${placeholder('公开属性审核、保密审查、发布审核等政府信息管理工作情况')}`,
    `（四）政府信息公开平台建设：${placeholder('政府网站、政务新媒体等公开平台的建设和维护情况')}`,
    `（五）监督保障：${placeholder('考核、培训、社会评议和责任追究等监督保障情况')}`,
  ].join('\n');
}

function proactive(p: ProactiveFacts | undefined): string {
  if (!p) return placeholder('主动公开工作情况，包括公开的主要内容、渠道和数量');
  const channels = (p.channels ?? []).filter((c) => c.count > 0).map((c) => `${c.channel}${c.count}条`);
  return `本年度主动公开政府信息${p.published}条${channels.length ? `，其中${channels.join('、')}` : ''}。`;
}

/**
 * Table 2's normative documents (2021 template), as the checker reads them: '本年度制发行政规范性
 * 文件N件' and '现行有效的行政规范性文件N件'. Nothing when a figure is unknown.
 */
function normativeDocuments(table2: Table2, template: Template): string {
  if (template.version !== '2021') return '';
  const { issued, repealed, inForce } = table2.normativeDocuments ?? {};
  if (typeof issued !== 'number' || typeof repealed !== 'number' || typeof inForce !== 'number') return '';
  const made = issued > 0 ? `本年度制发行政规范性文件${issued}件` : '本年度未制发行政规范性文件';
  const gone = repealed > 0 ? `，废止${repealed}件` : '';
  return `${made}${gone}，现行有效的行政规范性文件${inForce}件。`;
}

const total = (t: Table3, row: string) => t[row]?.total ?? 0;

/** '本年度共收到政府信息公开申请N件，上年结转C件，办结H件，结转下年度继续办理F件。' and the outcomes. */
function applications(t: Table3, template: Template): string {
  const received = total(t, 'received');
  const over = total(t, 'carriedOver');
  const handled = total(t, 'totalHandled');
  const forward = total(t, 'carriedForward');
  const clauses = [
    received > 0 ? `本年度共收到政府信息公开申请${received}件` : '本年度未收到政府信息公开申请',
  ];
  if (over > 0) clauses.push(`上年结转${over}件`);
  if (received > 0 || over > 0) clauses.push(`办结${handled}件`);
  if (forward > 0) clauses.push(`结转下年度继续办理${forward}件`);
  const outcomes = outcomeCounts(t, template)
    .filter((o) => o.count > 0)
    .map((o) => `${o.name}${o.count}件`);
  const results = outcomes.length ? `办理结果中，${outcomes.join('，')}。` : '';
  return `${clauses.join('，')}。${results}`;
}

/**
 * Table 3's outcome groups in template order, named as the template prints them: （一）予以公开,
 * （二）部分公开, （三）不予公开 (its eight rows together) … with the numbering and notes dropped.
 */
export function outcomeCounts(t: Table3, template: Template): { name: string; count: number }[] {
  const groups = new Map<string, number>();
  for (const key of template.outcomeRowKeys) {
    const row = template.table3Rows.find((r) => r.key === key)!;
    const grouped = row.number !== undefined && /^\d/.test(row.number);
    const name = (grouped ? row.group! : row.label)
      .replace(/^（[一二三四五六七八九十]+）/, '')
      .replace(/（.*）$/, '');
    groups.set(name, (groups.get(name) ?? 0) + total(t, key));
  }
  return [...groups].map(([name, count]) => ({ name, count }));
}

function reviewCases(t: Table4): string {
  const reconsideration = t.reconsideration.total ?? 0;
  const litigation = (t.litigationDirect.total ?? 0) + (t.litigationAfterReconsideration.total ?? 0);
  if (reconsideration === 0 && litigation === 0) {
    return '本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。';
  }
  return `本年度因政府信息公开工作被申请行政复议${reconsideration}件、提起行政诉讼${litigation}件。`;
}

/**
 * The fee statement of section 六 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号, in force
 * from 2021; earlier years state the fees without citing it).
 */
export function feeStatement(fees: FeeFacts, year: number, table3: Table3): string {
  const basis = year >= 2021 ? '按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），' : '';
  const relief = [
    fees.reduced > 0 ? `减收${fees.reduced}件` : '',
    fees.waived > 0 ? `免收${fees.waived}件` : '',
  ].filter(Boolean);
  const reliefText = relief.length ? `，${relief.join('、')}` : '';
  if (fees.paid > 0) {
    return `${basis}本年度共发出收费通知${fees.notices}件，共收取信息处理费${yuanText(fees.collectedFen)}元（${fees.paid}件）${reliefText}。`;
  }
  if (fees.notices > 0)
    return `${basis}本年度共发出收费通知${fees.notices}件${reliefText}，未收取信息处理费。`;
  // '未发出收费通知' is read against table 3's fee-lapse row: say it only when that row is 0 too
  // (a notice of the year before may lapse in this one).
  const lapsed = table3['otherHandling.feeUnpaid']?.total ?? 0;
  return lapsed === 0
    ? `${basis}本年度未发出收费通知，未收取信息处理费。`
    : `${basis}本年度未收取信息处理费。`;
}
