// Figures the narrative states about what the tables count: applications received and handled,
// "no applications", review cases, fee notices and Article 20 figures. Patterns are kept tight: a
// sentence that cannot be read for sure yields no claim rather than a false finding.
import type { Section } from '../report/annual-report.ts';

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

const N = '(\\d+)';
// A review case count is about disclosure only when its sentence says so: an agency that is
// itself a 复议机关 reports the cases it decides ('全年共受理行政复议案件120件').
const ABOUT_DISCLOSURE = /信息公开|公开申请|依申请/;
// '未收到公民、法人或其他组织提出的政府信息公开申请': the applicants named in full.
const APPLICANTS = '(?:公民|自然人)、?法人(?:或|和|及|以及)其他组织(?:提出|提交|申请)?的?';
// 'No applications' that is not: a double negative, or a kind of application only.
const NOT_NONE =
  /(?:不存在|杜绝|无|没有|对)(?:未|没有)|(?:未|没有|无)(?:收到|接到|受理)[^申]*?(?:补正|材料|方式|信函|网上|当面|(?<![或和及])其他|其它|以|通过|转|超期|逾期)/;
// Matters a section also counts in 件 that are not disclosure applications.
const OTHER_MATTERS = /复议|诉讼|许可|投诉|咨询|建议|提案|信访|来信|来访|工单|热线|诉求|审批|事项/;
const C = '[^，,。；;！？\\n]'; // within one clause
const APPLICATION = '(?:政府信息公开|依申请公开|依申请信息公开|信息公开)';

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /** The number's group; absent for claims of zero. */
  group?: number;
  /** Reject the match when the text right after it says this (e.g. it is about 行政复议). */
  unless?: RegExp;
  /** Reject the match when it (or its clause before it) says this: a count of review cases. */
  reject?: RegExp;
  /** The sentence up to the match must say this (what the count is a count of). */
  context?: RegExp;
  /** `reject` looks at the whole sentence before the match, not only its clause. */
  rejectInSentence?: boolean;
  /** Reject the match when its sentence says this before it (the count is a part: '其中'). */
  partBefore?: RegExp;
  /** Words one of which every match contains: a text without any is not searched. */
  needs: string[];
}

const PATTERNS: Pattern[] = [
  {
    kind: 'noApplications',
    re: new RegExp(
      `(?:未|没有|无)(?:收到|接到|受理)(?:${APPLICANTS})?${C}{0,8}?${APPLICATION}${C}{0,6}?(?:申请|信件|事项)`,
      'g',
    ),
    // '…申请引起的行政复议', '…申请的投诉', '…申请收费事项' are about something else
    unless:
      /^[^。；]{0,12}?(?:引起|引发|提起|而|导致|产生)|^[^。；，]{0,6}?(?:行政复议|行政诉讼)|^(?:的|之|收费|费用)/,
    // '不存在未受理的申请' is the opposite; '未收到补正材料的申请', '未收到以信函方式提交的申请',
    // '未收到其他申请' speak of some applications only
    reject: NOT_NONE,
    needs: ['收到', '接到', '受理'],
  },
  {
    kind: 'noApplications',
    re: /无依申请公开(?:情况|事项)?(?![^。；]{0,4}(?:行政复议|行政诉讼))/g,
    needs: ['无依申请公开'],
  },
  {
    kind: 'received',
    re: new RegExp(
      `(?:收到|接到|受理|新收)(?:并办理)?${C}{0,16}?${APPLICATION}${C}{0,6}?(?:申请)?${C}{0,4}?(?:共|总计|合计|为)?\\s*${N}\\s*(?:件|个|条|份)`,
      'g',
    ),
    group: 1,
    // '受理涉及政府信息公开的行政复议案件1件' counts review cases, not applications; '通过网络
    // 平台收到…申请10件' counts the applications of one channel, a part of the whole
    reject: /复议|诉讼|通过|经由|网上|网络|信函|当面|现场|邮寄|传真|电子邮件|转来|转办|转交/,
    // '其中…收到…申请2件' is a part too
    partBefore: /其中|另有|此外/,
    needs: ['收到', '接到', '受理', '新收'],
  },
  {
    kind: 'handled',
    re: new RegExp(
      `(?:办结|办理完毕|答复办结)(?:${C}{0,4}?|${C}{0,12}?${APPLICATION}${C}{0,4}?申请)${N}\\s*件`,
      'g',
    ),
    group: 1,
    // '共受理咨询投诉30件，办结30件' and '受理行政许可申请2300件，办结2300件' count other matters:
    // the sentence must be about disclosure applications and about nothing else
    context: /申请/,
    reject: OTHER_MATTERS,
    rejectInSentence: true,
    needs: ['办结', '办理完毕'],
  },
  {
    kind: 'noReviewCases',
    // within one clause: '未收到申请，被申请行政复议1件' does not say there was no review
    re: /(?:未发生|没有发生|未出现|未收到|无)[^。；，,]{0,30}?行政复议(?:[和、及或与]行政诉讼)?/g,
    needs: ['行政复议'],
  },
  {
    kind: 'reconsideration',
    re: new RegExp(`行政复议(?:案件)?(?:数量?)?(?:共|为)?\\s*${N}\\s*(?:件|起)`, 'g'),
    group: 1,
    context: ABOUT_DISCLOSURE,
    needs: ['行政复议'],
  },
  {
    kind: 'reconsideration',
    re: new RegExp(`${N}\\s*(?:件|起)[^，,。；;、\\n诉讼]{0,16}?行政复议(?!、|和|及|或)`, 'g'),
    group: 1,
    context: ABOUT_DISCLOSURE,
    needs: ['行政复议'],
  },
  {
    kind: 'litigation',
    re: new RegExp(`行政诉讼(?:案件)?(?:数量?)?(?:共|为)?\\s*${N}\\s*(?:件|起)`, 'g'),
    group: 1,
    context: ABOUT_DISCLOSURE,
    needs: ['行政诉讼'],
  },
  { kind: 'noFeeNotice', re: /未(?:发出|下发|出具|送达)[^。；，]{0,12}?收费通知/g, needs: ['收费通知'] },
  {
    kind: 'normativeInForce',
    re: new RegExp(`现行有效的?(?:行政)?规范性文件(?:共)?\\s*${N}\\s*件`, 'g'),
    group: 1,
    needs: ['现行有效'],
  },
  {
    kind: 'normativeIssued',
    re: new RegExp(
      `(?:本年度?|全年|年内)${C}{0,6}?(?:制发|印发|出台)的?(?:行政)?规范性文件(?:共)?\\s*${N}\\s*件`,
      'g',
    ),
    group: 1,
    needs: ['规范性文件'],
  },
  {
    kind: 'feesWan',
    re: /行政事业性收费(?:金额)?(?:共|为|共计)?\s*(\d+(?:\.\d+)?)\s*万元/g,
    group: 1,
    needs: ['行政事业性收费'],
  },
];

// '（其中上年结转2件）', '（含上年度结转的2件）' right after a count of applications.
const WITH_CARRIED_OVER = /^[（(]?(?:其中|含|包括|包含)[^。；）)]{0,4}?上一?年度?结转/;
// An explicit year at the start of the clause: '2022年收到的申请为8件' is about another year.
const CLAUSE_YEAR = /((?:19|20)\d{2})年/;
const OTHER_YEAR_WORDS = /(?:上一?年度?|去年|前年)(?:同期)?(?:共|全年)?$/;
const COMPARED = /较|相比|同比|比上年|比去年|上一?年度?结转|去年/;

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
        const after = text.slice(m.index + m[0].length);
        if (p.unless?.test(after)) continue;
        const start = paragraphStart(paragraphStarts, m.index);
        const clause = clauseBefore(text, m.index, start);
        const sentence = sentenceBefore(text, m.index, start);
        if (p.reject?.test((p.rejectInSentence ? sentence : clause) + m[0])) continue;
        if (aboutAnotherYear(clause + m[0], year)) continue;
        if (p.context && !p.context.test(sentence + m[0])) continue;
        if (p.partBefore?.test(sentence)) continue;
        const claim: Claim = {
          kind: p.kind,
          value: p.group ? Number(m[p.group]) : 0,
          section: s.number,
          quote: m[0],
        };
        if (p.kind === 'received' && WITH_CARRIED_OVER.test(after)) claim.includesCarriedOver = true;
        claims.push(claim);
      }
    }
  }
  return claims;
}

/**
 * The section's text without white space (PDF text breaks words across lines), and where each of
 * its paragraphs starts in it: a paragraph that ends without 。 does not run into the next.
 */
function compactParagraphs(raw: string): { text: string; paragraphStarts: number[] } {
  const paragraphStarts: number[] = [];
  let text = '';
  for (const paragraph of raw.split('\n')) {
    paragraphStarts.push(text.length);
    text += paragraph
      .replace(/\s+/g, '')
      // full-width digits, and thousands separators ('1,234件' is one count, not 234)
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  }
  return { text, paragraphStarts };
}

/** The start of the paragraph holding offset `at`. */
function paragraphStart(starts: readonly number[], at: number): number {
  let start = 0;
  for (const s of starts) {
    if (s > at) break;
    start = s;
  }
  return start;
}

/** The sentence before a match: back to the last sentence end, within its paragraph. */
function sentenceBefore(text: string, at: number, floor: number): string {
  let k = at;
  while (k > floor && !'。；;！？!?'.includes(text[k - 1]!)) k--;
  return text.slice(k, at);
}

/** The clause before a match: back to the last comma or sentence end, within its paragraph. */
function clauseBefore(text: string, at: number, floor: number): string {
  let k = at;
  while (k > floor && !'，,。；;！？!?：:'.includes(text[k - 1]!)) k--;
  return text.slice(k, at);
}

/**
 * The clause dates its figure to another year than the report's, or compares it with another
 * year ('受理申请较2022年的6件有所减少', '受理上年结转申请2件').
 */
function aboutAnotherYear(clause: string, year: number | null | undefined): boolean {
  if (OTHER_YEAR_WORDS.test(clause) || COMPARED.test(clause)) return true;
  const m = CLAUSE_YEAR.exec(clause);
  return m !== null && year !== undefined && year !== null && Number(m[1]) !== year;
}
