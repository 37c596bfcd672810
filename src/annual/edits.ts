// A clerk's edits of the draft: the text of a section replaces the drafted text. Only text is
// editable; the tables come from records and have no edit. The report is re-checked after.

import { withFindings } from '../check/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { SECTIONS } from '../report/template.ts';

export interface SectionEdit {
  /** 一 … 六. */
  sectionNumber: string;
  text: string;
}

/** An edit that cannot apply (an unknown section): the message says what to do, in Chinese. */
export class EditError extends Error {
  override readonly name = 'EditError';
}

export function applyEdits(report: AnnualReport, edits: readonly SectionEdit[]): AnnualReport {
  if (edits.length === 0) return report;
  const byNumber = new Map(edits.map((e) => [requireSection(e.sectionNumber), normalizeText(e.text)]));
  return withFindings({
    ...report,
    sections: report.sections.map((s) =>
      byNumber.has(s.number) ? { ...s, text: byNumber.get(s.number)! } : s,
    ),
  });
}

/** The edit with its section checked and its text normalised, as it is stored. */
export function sectionEdit(sectionNumber: string, text: string): SectionEdit {
  return { sectionNumber: requireSection(sectionNumber), text: normalizeText(text) };
}

function requireSection(number: string): string {
  const n = number.trim().replace(/[、.．]$/, '');
  if (SECTIONS.some((s) => s.number === n)) return n;
  throw new EditError(`没有第“${number}”部分：部分编号应为 ${SECTIONS.map((s) => s.number).join('、')} 之一`);
}

/** Line ends as \n, no trailing blanks: the same text typed on Windows or Linux is the same edit. */
function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
