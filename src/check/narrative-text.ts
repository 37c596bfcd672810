// Where a figure stands in the narrative: its paragraph, sentence and clause (the text without
// white space), and whether they date it to another year or to a part of the year.
import { halfWidth, hasHalfWidthChanges } from '../read/normalize.ts';

// An explicit year in the clause: '2022年收到的申请为8件' is about another year.
const CLAUSE_YEAR = /((?:19|20)\d{2})年/;
const COMPARED = /较|相比|同比|上一?年|去年|前年/;

/**
 * The section's text without white space (PDF text breaks words across lines), and where each of
 * its paragraphs starts in it: a paragraph that ends without 。 does not run into the next.
 */
export function compactParagraphs(raw: string): { text: string; paragraphStarts: number[] } {
  // white space out in one pass, line ends kept to find the paragraphs, then taken out too
  let joined = raw.replace(/[^\S\n]+/g, '');
  // full-width digits, and thousands separators ('1,234件' is one count, not 234)
  if (hasHalfWidthChanges(joined)) joined = halfWidth(joined);
  if (/\d[,，]\d/.test(joined)) joined = joined.replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  const paragraphStarts = [0];
  let text = '';
  let from = 0;
  for (let nl = joined.indexOf('\n'); nl >= 0; nl = joined.indexOf('\n', from)) {
    text += joined.slice(from, nl);
    paragraphStarts.push(text.length);
    from = nl + 1;
  }
  text += joined.slice(from);
  return { text, paragraphStarts };
}

/** The start of the paragraph holding offset `at`. */
export function paragraphStart(starts: readonly number[], at: number): number {
  let start = 0;
  for (const s of starts) {
    if (s > at) break;
    start = s;
  }
  return start;
}

/** The end of the paragraph holding offset `at`. */
export function paragraphEnd(starts: readonly number[], at: number, length: number): number {
  return starts.find((s) => s > at) ?? length;
}

/** The sentence before a match: back to the last sentence end, within its paragraph. */
export function sentenceBefore(text: string, at: number, floor: number): string {
  let k = at;
  while (k > floor && !'。；;！？!?'.includes(text[k - 1]!)) k--;
  return text.slice(k, at);
}

/** The clause before a match: back to the last comma or sentence end, within its paragraph. */
export function clauseBefore(text: string, at: number, floor: number): string {
  let k = at;
  while (k > floor && !'，,。；;！？!?：:'.includes(text[k - 1]!)) k--;
  return text.slice(k, at);
}

/**
 * The clause dates its figure to another year than the report's, or compares it with another
 * year ('受理申请较2022年的6件有所减少', '受理上年结转申请2件', '上年度无行政复议').
 */
export function aboutAnotherYear(clause: string, year: number | null | undefined): boolean {
  if (COMPARED.test(clause)) return true;
  const m = CLAUSE_YEAR.exec(clause);
  return m !== null && year !== undefined && year !== null && Number(m[1]) !== year;
}

/**
 * The sentence opens by dating itself to another year ('2019年，我局未发生…', '上年，…'): its
 * figures are that year's, whatever the clause says.
 */
export function sentenceAboutAnotherYear(sentence: string, year: number | null | undefined): boolean {
  const m = /^(?:在|于)?(?:((?:19|20)\d{2})年度?|(上一?年度?|去年|前年))(?:全年|内|中)?[，,]/.exec(sentence);
  if (!m) return false;
  return m[2] !== undefined || (year !== undefined && year !== null && Number(m[1]) !== year);
}

/**
 * The clause gives the figure of a part of the year: a quarter, a half, some months ('1-6月',
 * '第四季度'); the months of the whole year ('1月1日至12月31日', '截至12月31日') are no part.
 */
export function partOfYear(clause: string): boolean {
  if (/季度|半年|月份|个月/.test(clause)) return true;
  const months = [...clause.matchAll(/(\d{1,2})月/g)].map((m) => Number(m[1]));
  return months.length > 0 && !(months.includes(12) && months.every((x) => x === 1 || x === 12));
}
