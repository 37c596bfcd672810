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
}

const N = '(\\d+)';
const C = '[^，,。；;！？\\n]'; // within one clause
const APPLICATION = '(?:政府信息公开|依申请公开|依申请信息公开|信息公开)';

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /** The number's group; absent for claims of zero. */
  group?: number;
  /** Reject the match when the text right after it says this (e.g. it is about 行政复议). */
  unless?: RegExp;
  /** Words one of which every match contains: a text without any is not searched. */
  needs: string[];
}

const PATTERNS: Pattern[] = [
  {
    kind: 'noApplications',
    re: new RegExp(
      `(?:未|没有|无)(?:收到|接到|受理)${C}{0,8}?${APPLICATION}${C}{0,6}?(?:申请|信件|事项)`,
      'g',
    ),
    unless: /^[^。；]{0,12}?(?:引起|引发|提起|而|导致|产生)|^[^。；，]{0,6}?(?:行政复议|行政诉讼)/,
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
    needs: ['收到', '接到', '受理', '新收'],
  },
  {
    kind: 'handled',
    re: new RegExp(`(?:办结|办理完毕|答复办结)${C}{0,4}?${N}\\s*件`, 'g'),
    group: 1,
    needs: ['办结', '办理完毕'],
  },
  {
    kind: 'noReviewCases',
    re: /(?:未发生|没有发生|未出现|未收到|无)[^。；]{0,30}?行政复议(?:[和、及或与]行政诉讼)?/g,
    needs: ['行政复议'],
  },
  {
    kind: 'reconsideration',
    re: new RegExp(`行政复议(?:案件)?(?:数量?)?(?:共|为)?\\s*${N}\\s*(?:件|起)`, 'g'),
    group: 1,
    needs: ['行政复议'],
  },
  {
    kind: 'reconsideration',
    re: new RegExp(`${N}\\s*(?:件|起)[^，,。；;、\\n诉讼]{0,16}?行政复议(?!、|和|及|或)`, 'g'),
    group: 1,
    needs: ['行政复议'],
  },
  {
    kind: 'litigation',
    re: new RegExp(`行政诉讼(?:案件)?(?:数量?)?(?:共|为)?\\s*${N}\\s*(?:件|起)`, 'g'),
    group: 1,
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

export function narrativeClaims(sections: readonly Section[]): Claim[] {
  const claims: Claim[] = [];
  for (const s of sections.filter((x) => ['一', '五', '六'].includes(x.number))) {
    const text = s.text.replace(/\s+/g, '');
    for (const p of PATTERNS) {
      if (!p.needs.some((w) => text.includes(w))) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        const after = text.slice(m.index + m[0].length);
        if (p.unless?.test(after)) continue;
        claims.push({
          kind: p.kind,
          value: p.group ? Number(m[p.group]) : 0,
          section: s.number,
          quote: m[0],
        });
      }
    }
  }
  return claims;
}
