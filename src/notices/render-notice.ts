// One call for the API and the CLI: an application's state and a kind of notice in, the rendered
// document out. Pure given the loaded templates and agency details (template-loader.ts).

import type { ApplicationState } from '../cases/index.ts';
import { composeNotice, type Notice } from './compose.ts';
import { renderNoticeDocx } from './docx.render.ts';
import { renderNoticeHtml } from './html.render.ts';
import type { NoticeKind } from './kinds.ts';
import { type NoticeAgency, type NoticeOptions, noticeModel } from './model.ts';
import type { NoticeTemplates } from './template-set.ts';

export const NOTICE_FORMATS = ['docx', 'html'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

export const NOTICE_MEDIA_TYPES: Readonly<Record<NoticeFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

export interface RenderNoticeOptions extends NoticeOptions {
  agencyDetails: NoticeAgency;
  templates: NoticeTemplates;
}

export interface RenderedNotice {
  notice: Notice;
  format: NoticeFormat;
  mediaType: string;
  /** The HTML text, or the DOCX bytes. */
  content: string | Buffer;
  /** Recoverable oddities for the clerk (a blank serial, generic remedy wording...), in Chinese. */
  warnings: string[];
}

export async function renderNotice(
  state: ApplicationState,
  kind: NoticeKind,
  format: NoticeFormat,
  options: RenderNoticeOptions,
): Promise<RenderedNotice> {
  const { agencyDetails, templates, ...rest } = options;
  const notice = composeNotice(noticeModel(state, kind, agencyDetails, rest), templates);
  const content = format === 'docx' ? await renderNoticeDocx(notice) : renderNoticeHtml(notice);
  return { notice, format, mediaType: NOTICE_MEDIA_TYPES[format], content, warnings: notice.warnings };
}
