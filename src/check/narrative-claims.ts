// Figures the narrative states about what the tables count: applications received and handled,
// "no applications", review cases, fee notices and Article 20 figures. Patterns are kept tight: a
// sentence that cannot be read for sure yields no claim rather than a false finding.

import { chineseNumeral } from '../read/chinese-numeral.ts';
import type { Section } from '../report/annual-report.ts';
import {
  aboutAnotherYear,
  clauseBefore,
  compactParagraphs,
  paragraphEnd,
  paragraphStart,
  partOfYear,
  sentenceAboutAnotherYear,
  sentenceBefore,
} from './narrative-text.ts';

export type ClaimKind =
  | 'noApplications'
  | 'received'
  | 'handled'
  | 'noReviewCases'
  | 'reconsideration'
  | 'litigation'
  | 'noFeeNotice'
  | 'normativeInForce'
  | 'normativeIssued'
  | 'feesWan';

export interface Claim {
  kind: ClaimKind;
  value: number;
  section: string;
  quote: string;
  /** The text says the count includes carried-over applications ('（其中上年结转2件）'). */
  includesCarriedOver?: boolean;
}

const CN_DIGITS = '零〇一二两三四五六七八九十百千';
// A count in digits or in Chinese numerals ('十五', '一百零五', '两'), not right after a word that
// makes it approximate or no count at all: '近20件', '数十件', '每一件', '没有一件'.
const N = `(?<![\\d${CN_DIGITS}近约逾超过余多数几每第这那同某逐单唯任无未])(?<!没有)(\\d+|[${CN_DIGITS}]+)`;
// '一件一档', '一件事': the numeral is no count.
const PIECES = '(?!一[档策案表]|事)';
// A review case count is about disclosure only when its sentence says so: an agency that is
// itself a 复议机关 reports the cases it decides ('全年共受理行政复议案件120件').
const ABOUT_DISCLOSURE = /信息公开|公开申请|依申请/;
// …and when its own clause speaks as a 复议机关 ('办理行政复议案件120件'), the clause must say so.
const AS_DECIDING_BODY = /受理|办理|审理|审结|办结|承办|收到|接到|处理/;
// A part of the review cases: those of one result.
const CASE_RESULTS = /维持|纠正|纠错|撤销|驳回|确认违法|审结|结案|败诉|胜诉|终止|其他结果/;
// '未收到公民、法人或其他组织提出的政府信息公开申请': the applicants named in full.
const APPLICANTS = '(?:公民|自然人)、?法人(?:或者|或|和|及|以及)其他组织(?:提出|提交|申请)?的?';
const ALL_APPLICANTS = new RegExp(APPLICANTS, 'g');
// 'No applications' that is not: a double negative, or a kind of application only.
const NOT_NONE =
  /(?:不存在|杜绝|无|没有|对)(?:未|没有)|(?:未|没有|无)(?:收到|接到|受理)[^申]*?(?:补正|材料|方式|信函|网上|当面|书面|口头|(?<![或和及])其他|其它|以|通过|转|超期|逾期)/;
// Matters counted in 件 or 条 beside the applications: consultations, complaints, proposals…
const OTHER_MATTERS = /复议|诉讼|许可|投诉|咨询|建议|意见|举报|异议|提案|信访|来信|来访|工单|热线|诉求|审批/;
// Some of the applications only: one kind of applicant, one channel, one topic.
const SOME_APPLICATIONS =
  /自然人|法人|企业|(?:科研|服务)机构|(?:社会|公益|其他)组织|个人|律师|通过|经由|网上|网络|线上|线下|信函|当面|现场|邮寄|传真|邮件|书面|口头|窗口|转(?:来|办|交|送)|关于|有关/;
// Some of the applications handled: those handled on time, late, on the spot…
const SOME_HANDLED =
  /按期|按时|如期|延期|逾期|超期|当场|当日|当天|即时|提前|限期内|其余|剩余|自然人|法人|企业|网上|信函|当面/;
const C = '[^，,。；;！？\\n]'; // within one clause
const APPLICATION = '(?:政府信息公开|依申请公开|依申请信息公开|信息公开)';
// What a count of applications received counts: '政府信息公开申请', '依申请公开事项', '依申请信息公开'.
const APPLICATIONS = `(?:${APPLICATION}的?申请(?:事项)?|依申请(?:信息)?公开(?:事项)?)`;
const CLAUSE_END = '(?:[，,。；;！？!?]|$)';

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /** The number's group; absent for claims of zero. */
  group?: number;
  /** Reject the match when the text right after it (in its paragraph) says this. */
  unless?: RegExp;
  /** The text right after the match (in its paragraph) must say this: the claim ends there. */
  follows?: RegExp;
  /** Reject the match when it, or its clause before it, says this. */
  reject?: RegExp;
  /** Reject the match when it, or its sentence before it, says this. */
  rejectInSentence?: RegExp;
  /** The sentence up to the match must say this (what the count is a count of). */
  context?: RegExp;
  /** When the clause says this, `context` must be said in the clause itself. */
  contextInClause?: RegExp;
  /** Reject the match when its sentence says this before it (the count is a part: '其中'). */
  partBefore?: RegExp;
  /** Words one of which every match contains: a text without any is not searched. */
  needs: string[];
}

const reviewCount = (kind: 'reconsideration' | 'litigation', re: string): Pattern => ({
  kind,
  re: new RegExp(re, 'gd'),
  group: 1,
  // '行政复议机关', '行政复议决定书': not a count of cases
  unless: /^(?:机关|决定|书|后|前置|期间|程序|案件被)/,
  reject: CASE_RESULTS,
  context: ABOUT_DISCLOSURE,
  contextInClause: AS_DECIDING_BODY,
  needs: [kind === 'reconsideration' ? '行政复议' : '行政诉讼'],
});

const PATTERNS: Pattern[] = [
  {
    kind: 'noApplications',
    re: new RegExp(
      `(?:未|没有|无)(?:收到|接到|受理)(?:${APPLICANTS})?${C}{0,8}?${APPLICATION}${C}{0,6}?(?:申请|信件|事项)`,
      'gd',
    ),
    // the claim ends there: not '…申请人的投诉', '…申请引起的行政复议', '…申请、办理方面的投诉'
    follows: new RegExp(`^(?:的?情况|事项|信件|件|书)?${CLAUSE_END}`),
    // '不存在未受理的申请' is the opposite; '未收到补正材料的申请', '未收到以信函方式提交的申请',
    // '未收到其他申请' speak of some applications only; '未收到…投诉事项' of something else
    reject: new RegExp(`${NOT_NONE.source}|${OTHER_MATTERS.source}`),
    needs: ['收到', '接到', '受理'],
  },
  {
    kind: 'noApplications',
    // '无依申请公开情况'; not '无依申请公开事项逾期答复情况' (no late replies only)
    re: /(?<!有)无依申请公开(?:的?(?:申请事项|申请情况|申请|情况|事项))?(?:发生)?/dg,
    follows: new RegExp(`^${CLAUSE_END}`),
    needs: ['无依申请公开'],
  },
  {
    kind: 'received',
    re: new RegExp(
      `(?:收到|接到|接收|受理|新收)(?:并办理)?${C}{0,16}?${APPLICATIONS}(?:共计|共|总计|合计|总数为?|数量为?|数为|为)?${N}(?:件|份)${PIECES}`,
      'gd',
    ),
    group: 1,
    // '受理涉及政府信息公开的行政复议案件1件' counts review cases; '收到…咨询及申请56件' more
    // than applications; '通过网络平台收到…申请10件' the applications of one channel
    reject: new RegExp(`${OTHER_MATTERS.source}|${SOME_APPLICATIONS.source}`),
    // '其中…收到…申请2件' is a part too
    partBefore: /其中|另有|此外/,
    needs: ['收到', '接到', '接收', '受理', '新收'],
  },
  {
    kind: 'handled',
    re: new RegExp(
      `(?:办结|办理完毕|答复办结)(?:共计|共|合计|总计|了|申请)?(?:${C}{0,12}?${APPLICATION}${C}{0,4}?申请)?${N}件${PIECES}`,
      'gd',
    ),
    group: 1,
    // '其中按期办结18件，延期办结2件' are parts
    reject: SOME_HANDLED,
    // '共受理咨询投诉30件，办结30件' and '受理行政许可申请2300件，办结2300件' count other matters:
    // the sentence must be about disclosure applications and about nothing else
    context: /申请/,
    rejectInSentence: new RegExp(`${OTHER_MATTERS.source}|事项`),
    needs: ['办结', '办理完毕'],
  },
  {
    kind: 'noReviewCases',
    // within one clause: '未收到申请，被申请行政复议1件' does not say there was no review
    re: /(?:未发生|没有发生|未出现|未收到|无(?![法论关须需误疑]))[^。；，,\d]{0,30}?行政复议(?:[和、及或与]行政诉讼)?/dg,
    // not '…行政复议1件', '…行政复议决定书', '…行政复议案件被纠错'
    unless:
      /^(?:案件|申请)?(?:数量?)?(?:共|为)?[\d一二两三四五六七八九十]|^(?:案件)?(?:被|决定|结果|机关|纠错|纠正|败诉|撤销)/,
    // of one kind only: '无…被纠错的行政复议', '未发生因逾期答复引发的行政复议'
    reject: /纠错|纠正|撤销|败诉|确认违法|逾期|超期|延期|未按时|收费|不予公开|其他|其它|新的?/,
    needs: ['行政复议'],
  },
  reviewCount('reconsideration', `行政复议(?:案件)?(?:数量?)?(?:共计|共|为)?${N}(?:件|起)`),
  reviewCount('reconsideration', `${N}(?:件|起)[^，,。；;、\\n诉讼]{0,16}?行政复议(?!、|和|及|或)`),
  reviewCount('litigation', `行政诉讼(?:案件)?(?:数量?)?(?:共计|共|为)?${N}(?:件|起)`),
  {
    kind: 'noFeeNotice',
    re: /未(?:发出|下发|出具|开具|送达)[^。；，\d]{0,12}?收费通知/dg,
    // '对未发出收费通知即收费的…': the opposite
    unless: /^(?:书|单)?(?:即|就|而|前|之前|的情况下)/,
    reject: /(?:不存在|杜绝|对)未/,
    needs: ['收费通知'],
  },
  {
    kind: 'normativeInForce',
    re: new RegExp(`现行有效的?(?:行政)?规范性文件(?:共计|共|为)?${N}件`, 'gd'),
    group: 1,
    // '对现行有效规范性文件70件进行清理', '其中现行有效…', '涉及…的现行有效…': not the register's total
    unless: /^(?:进行|开展)?(?:全面)?(?:清理|评估|审查|修订|修改|梳理|备案)/,
    reject: /其中|对现行有效|修订|修改|废止|清理|评估|审查|审核|备案|涉及|有关|关于|相关|领域|上级|转发|各/,
    needs: ['现行有效'],
  },
  {
    kind: 'normativeIssued',
    re: new RegExp(
      `(?:本年度?|全年|年内)${C}{0,6}?(?:制发|印发|出台)的?(?:行政)?规范性文件(?:共计|共|为)?${N}件`,
      'gd',
    ),
    group: 1,
    // '全年共审核各部门印发的规范性文件30件' counts another body's documents
    reject: /审核|审查|备案|清理|转发|各部门|下属|所属|指导|联合|其中/,
    needs: ['规范性文件'],
  },
  {
    kind: 'feesWan',
    re: /行政事业性收费(?:金额)?(?:共计|共|为)?(\d+(?:\.\d+)?)万元/dg,
    group: 1,
    // '减免涉企行政事业性收费120万元' counts fees not charged, or some of them
    reject: /减免|减少|降低|免征|免收|减征|减收|取消|退还|退费|减负|清理|停征|缓缴|让利|惠企|涉企|项目/,
    needs: ['行政事业性收费'],
  },
];

// '（其中上年结转2件）', '（含上年度结转的2件）' right after a count of applications.
const WITH_CARRIED_OVER = /^[（(]?(?:其中|含|包括|包含)[^。；）)]{0,4}?上一?年度?结转/;

/**
 * The figures the narrative states. `year` (the reporting year) rules out figures a clause gives
 * for another year ('2022年收到的政府信息公开申请为8件').
 */
export function narrativeClaims(sections: readonly Section[], year?: number | null): Claim[] {
  const claims: Claim[] = [];
  for (const s of sections.filter((x) => ['一', '五', '六'].includes(x.number))) {
    const { text, paragraphStarts } = compactParagraphs(s.text);
    for (const p of PATTERNS) {
      if (!p.needs.some((w) => text.includes(w))) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        const start = paragraphStart(paragraphStarts, m.index);
        const end = paragraphEnd(paragraphStarts, m.index, text.length);
        const after = text.slice(m.index + m[0].length, end);
        const clause = clauseBefore(text, m.index, start);
        const sentence = sentenceBefore(text, m.index, start);
        if (!accepts(p, m[0], after, clause, sentence, year)) continue;
        if (p.kind === 'reconsideration' && decidesReviews(text.slice(start, end), clause + m[0])) continue;
        const value = p.group ? countOf(m, p.group, text) : 0;
        if (value === null) continue;
        const claim: Claim = { kind: p.kind, value, section: s.number, quote: m[0] };
        if (p.kind === 'received' && WITH_CARRIED_OVER.test(after)) claim.includesCarriedOver = true;
        claims.push(claim);
      }
    }
  }
  return claims;
}

/** Whether a match of `p` is a claim, by what its clause, sentence and following text say. */
function accepts(
  p: Pattern,
  quote: string,
  after: string,
  clause: string,
  sentence: string,
  year: number | null | undefined,
): boolean {
  if (p.unless?.test(after)) return false;
  if (p.follows && !p.follows.test(after)) return false;
  const own = (clause + quote).replace(ALL_APPLICANTS, '公民');
  if (p.reject?.test(own)) return false;
  if (p.rejectInSentence?.test(sentence + quote)) return false;
  if (aboutAnotherYear(clause + quote, year) || partOfYear(clause + quote)) return false;
  if (sentenceAboutAnotherYear(sentence, year)) return false;
  if (p.context) {
    const inClause = p.contextInClause?.test(clause + quote);
    if (!p.context.test((inClause ? clause : sentence) + quote)) return false;
  }
  return !p.partBefore?.test(sentence);
}

/** The number of group `g`, or null when it is no count ('一起' is "together", not "one case"). */
function countOf(m: RegExpExecArray, g: number, text: string): number | null {
  const digits = m[g]!;
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  if (digits === '一' && text[m.indices![g]![1]] === '起') return null;
  return chineseNumeral(digits);
}

/**
 * A paragraph that presents the agency as the body deciding 行政复议 ('作为省政府行政复议机构，全年
 * 共收到行政复议申请2186件…其中涉及政府信息公开的行政复议案件137件') counts the cases it decided,
 * not the cases against it: there a count is a claim only when it says the agency was the
 * respondent ('被申请行政复议8件').
 */
function decidesReviews(paragraph: string, clause: string): boolean {
  return DECIDES_REVIEWS.test(paragraph) && !RESPONDENT.test(clause);
}
const DECIDES_REVIEWS = /复议机构|复议机关|行政复议职责|(?:收到|受理|接收)行政复议申请/;
const RESPONDENT = /被申请|被提起|被诉|被起诉|针对本|以本机关为/;
