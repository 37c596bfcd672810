// Public surface of the written notices (告知书): which notices an application can have, their
// data model, templates an agency can reword, and the HTML and DOCX renderers. Pure except
// template-loader.ts, which reads the templates and agency.json through an injected seam.

export {
  type AgencyDetails,
  agencyDetailsSchema,
  DEFAULT_DOCUMENT_NUMBER,
  documentNumber,
  parseAgencyDetails,
} from './agency-details.ts';
export { composeNotice, type Notice } from './compose.ts';
export { renderNoticeDocx } from './docx.render.ts';
export { AgencyDetailsError, NoticeTemplateError, NoticeUnavailableError } from './errors.ts';
export type { FeeLineFields, NoticeFields } from './fields.ts';
export { chineseDate, rmbInWords } from './format.ts';
export { escapeHtml, renderNoticeHtml } from './html.render.ts';
export {
  type AvailableNotice,
  availableNotices,
  isNoticeKind,
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
  type NoticeKind,
} from './kinds.ts';
export { citation, DISPOSITION_BASIS, type LegalBasis, REGULATION, STEP_BASIS } from './legal-basis.ts';
export {
  type NoticeAgency,
  type NoticeModel,
  type NoticeOptions,
  noticeModel,
} from './model.ts';
export { GENERIC_COURT, GENERIC_RECONSIDERATION_BODY } from './party-sections.ts';
export {
  NOTICE_FORMATS,
  NOTICE_MEDIA_TYPES,
  type NoticeFormat,
  type RenderedNotice,
  type RenderNoticeOptions,
  renderNotice,
} from './render-notice.ts';
export { parseTemplate } from './template.ts';
export {
  BUILTIN_TEMPLATE_DIR,
  type Loaded,
  loadAgencyDetails,
  loadNoticeTemplates,
  type NoticeFiles,
  nodeNoticeFiles,
  type TemplateDirs,
} from './template-loader.ts';
export {
  type NoticeTemplates,
  TEMPLATE_NAMES,
  type TemplateFile,
  type TemplateLayer,
  templateErrors,
} from './template-set.ts';
