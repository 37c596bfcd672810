// Figures the narrative states, used to choose among readings that no arithmetic can separate:
// table 2 has no totals, so '8855698' (规范性文件) is settled by 现行有效…698件 and 制发…88件.
import type { Template } from '../report/template.ts';
import type { RowSpec } from './align.ts';
import type { Candidate } from './candidates.ts';

const COLUMN_WORDS: Record<string, RegExp> = {
  issued: /制发|印发|出台|发布|制定|新增/,
  repealed: /废止|失效|废除/,
  inForce: /现行有效|有效/,
  decisions: /决定|办理|作出|办结/,
  amountWan: /收费|万元/,
  made: /制作|制定|制发/,
  published: /公开|发布/,
  totalPublished: /总数|累计/,
};

/** Keep the readings whose figures the narrative (made when first needed) confirms most (all of them when none is). */
export function preferByNarrative(narrative: () => string, t: Template) {
  let clauses: string[] | undefined; // split when first needed: most rows have one reading
  return (row: RowSpec, cands: Candidate[]): Candidate[] => {
    if (cands.length <= 1) return cands;
    const def = t.table2.find((r) => r.key === row.key);
    if (!def) return cands;
    clauses ??= narrative().split(/[，,。；;！!？?\n]/);
    const about = clauses.filter((c) => def.anchors.some((a) => c.includes(a)));
    if (about.length === 0) return cands;
    const support = (c: Candidate) =>
      c.cells.reduce((n, cell, i) => {
        const word = COLUMN_WORDS[def.columns[i]?.key ?? ''];
        const v = cell.value;
        if (typeof v !== 'number' || !word) return n;
        const num = new RegExp(`(?<![\\d.])${v}(?![\\d.])`);
        return n + (about.some((cl) => word.test(cl) && num.test(cl)) ? 1 : 0);
      }, 0);
    const scores = cands.map(support);
    const max = Math.max(...scores);
    return max === 0 ? cands : cands.filter((_, i) => scores[i] === max);
  };
}
