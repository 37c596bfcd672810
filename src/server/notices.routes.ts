// The written notices (告知书) of an application: which ones it can have now, and one of them
// rendered as DOCX (the formal document) or HTML, with the agency's own templates and details
// from the notice directory (src/notices/README.md). A notice that does not apply is a 422 whose
// message lists those that do.
//
// Listing: any role of the agency. Rendering: a clerk or supervisor of the agency (a notice is a
// document to be issued, numbered and sealed).

import { z } from 'zod';
import { applicationId } from '../cases/index.ts';
import {
  availableNotices,
  loadAgencyDetails,
  loadNoticeTemplates,
  NOTICE_FORMATS,
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
  renderNotice,
} from '../notices/index.ts';
import { NotFoundError } from '../store/index.ts';
import { IdParams } from './application.schemas.ts';
import { requireActing, requireRead } from './auth.ts';
import type { ApiRoutes } from './deps.ts';
import { BinaryFile, MEDIA_TYPES, sendFile } from './download.ts';
import { ERROR_RESPONSES } from './errors.ts';

const tags = ['告知书'];

/** Where the warnings of a rendered notice travel: a percent-encoded JSON array of Chinese texts. */
export const WARNINGS_HEADER = 'x-notice-warnings';

const AvailableOut = z
  .object({
    id: z.string(),
    notices: z.array(
      z.object({
        kind: z.enum(NOTICE_KINDS),
        label: z.string().describe('告知书名称'),
        date: z.string().describe('告知书记载的办理环节发生之日'),
        consultation: z.string().optional().describe('征求意见的编号（生成时作为 consultation 参数）'),
        party: z.string().optional().describe('被征求意见的一方'),
      }),
    ),
  })
  .meta({ id: 'AvailableNotices' });

const NoticeParams = IdParams.extend({
  kind: z
    .enum(NOTICE_KINDS)
    .describe(`告知书种类（${NOTICE_KINDS.map((k) => `${k}：${NOTICE_KIND_LABELS[k]}`).join('；')}）`),
});

const optionalText = (label: string) => z.string().trim().min(1).max(500).optional().describe(label);

const NoticeQuery = z.object({
  format: z.enum(NOTICE_FORMATS).default('docx').describe('格式：docx（正式文本）或 html'),
  number: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, '文号序号应为 1 至 999999 的正整数')
    .optional()
    .describe('文号中的序号（正整数；不指定则留空，手工填写）'),
  consultation: optionalText('征求意见的编号（申请有多项同类征求意见时指定其中一项）'),
  publishedAt: optionalText('已主动公开的获取方式和途径（予以公开且已主动公开的，第三十六条第一项）'),
  responsibleAgency: optionalText('负责公开的机关名称（不属于本机关负责公开的，第三十六条第五项）'),
  responsibleContact: optionalText('负责公开的机关的联系方式'),
});

export const noticesRoutes: ApiRoutes = async (app, { deps }) => {
  const { services, calendar, noticeDir } = deps;

  async function loaded(id: string) {
    const found = await services.service.get(applicationId(id));
    if (!found) throw new NotFoundError(`没有编号为“${id}”的申请`);
    return found.state;
  }

  app.get(
    '/applications/:id/notices',
    {
      schema: {
        tags,
        summary: '该申请目前可以生成的告知书（按办理顺序）',
        params: IdParams,
        response: { 200: AvailableOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const state = await loaded(request.params.id);
      requireRead(request.caller, state.agency);
      return { id: state.id, notices: availableNotices(state) };
    },
  );

  app.get(
    '/applications/:id/notices/:kind',
    {
      schema: {
        tags,
        summary: '生成一份告知书（DOCX 或 HTML）；提示（如文号序号留空）在响应头 x-notice-warnings 中',
        description:
          '不适用于该申请的告知书返回 422，说明原因并列出可以生成的告知书。响应头 x-notice-warnings 为' +
          '百分号编码的 JSON 字符串数组（decodeURIComponent 后 JSON.parse），列出需要经办人注意的事项。',
        params: NoticeParams,
        querystring: NoticeQuery,
        response: {
          200: {
            description: '告知书文件',
            content: {
              [MEDIA_TYPES.docx]: { schema: BinaryFile },
              [MEDIA_TYPES.html]: { schema: BinaryFile },
            },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { caller, query } = request;
      const { kind } = request.params;
      const state = await loaded(request.params.id);
      requireActing(caller, state.agency, ['clerk', 'supervisor'], '制作告知书');
      const storeName =
        (await services.applications.agencies()).find((a) => a.id === state.agency)?.name ?? state.agency;
      const agency = await loadAgencyDetails({ noticeDir, agencyId: state.agency, storeName });
      const templates = await loadNoticeTemplates({ noticeDir, agencyId: state.agency });
      const rendered = await renderNotice(state, kind, query.format, {
        agencyDetails: agency.value,
        templates: templates.value,
        calendar,
        ...(query.number !== undefined ? { serial: query.number } : {}),
        ...(query.consultation !== undefined ? { consultation: query.consultation } : {}),
        ...(query.publishedAt !== undefined ? { publishedAt: query.publishedAt } : {}),
        ...(query.responsibleAgency !== undefined ? { responsibleAgency: query.responsibleAgency } : {}),
        ...(query.responsibleContact !== undefined ? { responsibleContact: query.responsibleContact } : {}),
      });
      const warnings = [...agency.warnings, ...templates.warnings, ...rendered.warnings];
      reply.header(WARNINGS_HEADER, encodeURIComponent(JSON.stringify(warnings)));
      return sendFile(reply, {
        content: rendered.content,
        mediaType: rendered.mediaType,
        name: `${state.id}-${NOTICE_KIND_LABELS[kind]}.${query.format}`,
        fallback: `${state.id}-${kind}.${query.format}`,
        inline: query.format === 'html',
      });
    },
  );
};
