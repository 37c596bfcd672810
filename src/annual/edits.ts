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

/**
 * An edit that cannot apply: an unknown section (`badSection`), or no text at all (`emptyText`).
 * The message says what to do, in Chinese.
 */
export class EditError extends Error {
  override readonly name = 'EditError';
  constructor(
    message: string,
    readonly code: 'badSection' | 'emptyText' = 'badSection',
  ) {
    super(message);
  }
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
  const number = requireSection(sectionNumber);
  const normalized = normalizeText(text);
  // An empty section would clear its placeholder and let a report be published without it.
  if (normalized === '')
    throw new EditError(
      `第${number}部分的正文不能为空：请写明该部分的内容（确无内容时写明“无”及原因）`,
      'emptyText',
    );
  return { sectionNumber: number, text: normalized };
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
