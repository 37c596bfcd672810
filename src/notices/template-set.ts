// The templates available to an agency, in layers: its own directory, the directory for all
// agencies, the built-in templates. The first layer that has any of a notice's template names
// wins, trying the most specific name first within a layer — so an agency's `reply.withheld.md`
// replaces the built-in wording for all eight 不予公开 reasons.

import { DISPOSITIONS } from '../cases/index.ts';
import { NoticeTemplateError } from './errors.ts';
import { NOTICE_KINDS } from './kinds.ts';
import { replyTemplateChain } from './model.ts';
import { type ParsedTemplate, parseTemplate } from './template.ts';

export interface TemplateFile {
  /** Where it came from (a path), for messages. */
  source: string;
  text: string;
}

export interface TemplateLayer {
  /** e.g. '机关 agency-1 的模板目录' */
  name: string;
  files: ReadonlyMap<string, TemplateFile>;
}

/** Most specific layer first. */
export interface NoticeTemplates {
  layers: readonly TemplateLayer[];
}

/** Every template name a notice can ask for: the file names (without .md) a layer may hold. */
export const TEMPLATE_NAMES: readonly string[] = [
  ...new Set([
    ...DISPOSITIONS.flatMap(replyTemplateChain),
    'reply.withdrawn',
    ...NOTICE_KINDS.filter((k) => k !== 'reply'),
  ]),
];

export function isTemplateName(name: string): boolean {
  return TEMPLATE_NAMES.includes(name);
}

/** The template for a notice whose names are `names` (most specific first), parsed and checked. */
export function resolveTemplate(templates: NoticeTemplates, names: readonly string[]): ParsedTemplate {
  for (const layer of templates.layers) {
    for (const name of names) {
      const file = layer.files.get(name);
      if (file) return parseTemplate(file.text, file.source);
    }
  }
  throw new NoticeTemplateError(
    `没有找到告知书模板 ${names.map((n) => `${n}.md`).join(' 或 ')}（已查找：${templates.layers.map((l) => l.name).join('、')}）`,
  );
}

/** Parses every template of every layer: the errors, one per bad file (for checking an agency's directory). */
export function templateErrors(templates: NoticeTemplates): string[] {
  const errors: string[] = [];
  for (const layer of templates.layers) {
    for (const file of layer.files.values()) {
      try {
        parseTemplate(file.text, file.source);
      } catch (error) {
        if (!(error instanceof NoticeTemplateError)) throw error;
        errors.push(error.message);
      }
    }
  }
  return errors;
}
