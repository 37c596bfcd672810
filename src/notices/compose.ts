// A notice model and its template become a Notice: the text blocks of the document, ready for
// the renderers. Layout of a template (README.md): the first line is the title; paragraphs are
// separated by blank lines; the first paragraph is the salutation (顶格); a line `---` ends the
// body, the paragraphs after it are notes (附注) printed below the signature and date.

import type { IsoDate } from '../calendar/index.ts';
import { NoticeTemplateError } from './errors.ts';
import type { NoticeKind } from './kinds.ts';
import type { NoticeModel } from './model.ts';
import { expandTemplate, templatePaths } from './template.ts';
import { type NoticeTemplates, resolveTemplate } from './template-set.ts';

export interface Notice {
  kind: NoticeKind;
  title: string;
  /** 文号 */
  documentNumber: string;
  /** '张三：' */
  salutation: string;
  body: string[];
  signature: { name: string; sealNote: string; date: string; isoDate: IsoDate };
  /** 附注, below the date. */
  notes: string[];
  warnings: string[];
  /** The template file used. */
  template: string;
}

export function composeNotice(model: NoticeModel, templates: NoticeTemplates): Notice {
  const template = resolveTemplate(templates, model.templates);
  const used = templatePaths(template);
  const warnings = [
    ...model.warnings,
    ...Object.entries(model.fallbacks).flatMap(([path, warning]) => (used.includes(path) ? [warning] : [])),
  ];
  const lines = expandTemplate(template, model.fields).split('\n');
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  const title = (lines[titleAt] ?? '').trim().replace(/^#+\s*/, '');
  const rest = lines.slice(titleAt + 1);
  const rule = rest.findIndex((l) => l.trim() === '---');
  const [salutation, ...body] = paragraphs(rule < 0 ? rest : rest.slice(0, rule));
  if (!title || salutation === undefined)
    throw new NoticeTemplateError(`告知书模板 ${template.source} 应有标题（第一行）和正文（称谓及各段）`);
  return {
    kind: model.kind,
    title,
    documentNumber: model.fields.notice.number,
    salutation,
    body,
    signature: model.signature,
    notes: rule < 0 ? [] : paragraphs(rest.slice(rule + 1)),
    warnings,
    template: template.source,
  };
}

/** Blank lines separate paragraphs; the lines of one paragraph are joined (Chinese needs no spaces). */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') current.push(line.trim());
    else if (current.length) {
      out.push(current.join(''));
      current = [];
    }
  }
  return out;
}
