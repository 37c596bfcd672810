// The yearly report of an agency, kept as versions by the store (AnnualReportService, see
// src/annual/README.md): build or refresh the draft from the records, read a version (JSON, or
// rendered as HTML, DOCX, XLSX, text or JSON), check it, edit a section of the draft, publish it,
// correct a published one with a new version. Refusals of the store answer 422 (409 when the
// records changed under the draft) with the store's Chinese reason; a stale revision is a 409.
//
// Reading: any role of the agency. Drafting (build, edit): a clerk or supervisor of the agency.
// Publishing and correcting: a supervisor of the agency, or a clerk whose token covers every
// agency (the local user) — the clerk who drafts is not the one who publishes.

import { z } from 'zod';
import { pendingSections } from '../annual/index.ts';
import { checkReport } from '../check/index.ts';
import { renderDocx, renderHtml, renderJson, renderText, renderXlsx } from '../render/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { provisionalFigures, publishTooEarly } from '../report/reporting-year.ts';
import { NotFoundError, type ReportVersion } from '../store/index.ts';
import { AgencyQuery, chooseAgency, requireYearBegun, Year } from './agency-choice.ts';
import { type Caller, mayRead, ROLE_NAMES, requireActing } from './auth.ts';
import type { ApiRoutes } from './deps.ts';
import { BinaryFile, MEDIA_TYPES, sendFile } from './download.ts';
import { ApiError, ERROR_RESPONSES, FindingOut, reportAccepted } from './errors.ts';

const tags = ['年度报告'];

export const REPORT_FORMATS = ['html', 'docx', 'xlsx', 'txt', 'json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

const RENDERERS: Readonly<Record<ReportFormat, (report: AnnualReport) => string | Promise<Uint8Array>>> = {
  html: renderHtml,
  docx: renderDocx,
  xlsx: renderXlsx,
  txt: renderText,
  json: renderJson,
};

const DRAFTERS = ['clerk', 'supervisor'] as const;
const READ = '查看年度报告';

/** Publishing and correcting: a supervisor of the agency, or a clerk of every agency (the local user). */
function requirePublisher(caller: Caller, agency: string, what: string): void {
  const allowed = caller.role === 'supervisor' || (caller.role === 'clerk' && caller.agencies === 'all');
  if (!allowed) {
    throw new ApiError(
      403,
      'forbidden',
      `角色“${ROLE_NAMES[caller.role]}”不能${what}：须由监督人员（或负责全部机关的经办人）${what}`,
    );
  }
  if (!mayRead(caller, agency)) throw new ApiError(403, 'forbidden', `无权${what}：不负责机关“${agency}”`);
}

// ---------------------------------------------------------------- schemas

const YearParams = z.object({ year: Year });
const VersionParams = YearParams.extend({
  version: z.coerce.number().int().min(1).describe('版本号'),
});

const VersionQuery = AgencyQuery.extend({
  version: z.coerce.number().int().min(1).optional().describe('版本号（默认最新的版本）'),
});

const DocumentQuery = VersionQuery.extend({
  format: z.enum(REPORT_FORMATS).default('html').describe('格式'),
});

const SectionParams = YearParams.extend({
  section: z.string().min(1).describe('部分编号：一 至 六（也可写 1 至 6）'),
});

const expectedRevision = z
  .number()
  .int()
  .min(1)
  .describe('期望修订号（读取草稿时得到的 revision；其间他人已修改时返回 409）');

const BuildBody = z
  .strictObject({
    allowEmpty: z.boolean().default(false).describe('该年度确无任何记录时仍生成报告'),
  })
  .nullish()
  .describe('可省略');

const EditBody = z.strictObject({ text: z.string().describe('该部分的正文'), expectedRevision }).meta({
  id: 'AnnualReportSectionEdit',
  description: '替换草稿某一部分的正文（表格来自记录，不能手工修改）',
});

const PublishBody = z.strictObject({ expectedRevision }).meta({ id: 'AnnualReportPublish' });

const CorrectBody = z
  .strictObject({ reason: z.string().describe('更正理由') })
  .meta({ id: 'AnnualReportCorrection', description: '更正已发布的报告：按记录创建新版本草稿，须说明理由' });

const table = z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]).nullable()));

const ReportOut = z
  .object({
    template: z.string().describe('模板版本（2019 或 2021）'),
    year: z.number().nullable(),
    agency: z.string().nullable(),
    table2: table,
    table3: table,
    table4: table,
    sections: z.array(
      z.object({ number: z.string(), title: z.string(), printedNumber: z.string(), text: z.string() }),
    ),
    findings: z.array(FindingOut).describe('按当前核查规则得到的发现'),
    provenance: z.unknown().describe('各项内容的来源'),
  })
  .meta({ id: 'AnnualReport', description: '年度报告（键名见 docs/template.md）' });

const Counts = z.object({ error: z.number(), warning: z.number(), info: z.number() });

const VersionSummary = z
  .object({
    agency: z.string(),
    year: z.number(),
    version: z.number().int(),
    state: z.enum(['draft', 'published']).describe('草稿或已发布（已发布的版本不再改变）'),
    revision: z.number().int().describe('修订号：修改、发布草稿时作为 expectedRevision 提交'),
    reason: z.string().nullable().describe('更正理由（第1版为 null）'),
    edits: z.array(z.object({ sectionNumber: z.string(), text: z.string() })).describe('经办人改写的正文'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    publishedBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
    counts: Counts.describe('按当前核查规则的发现数'),
    pendingSections: z.array(z.string()).describe('仍有“【待填写：……】”的部分'),
  })
  .meta({ id: 'AnnualReportVersionSummary' });

const VersionOut = VersionSummary.extend({
  report: ReportOut,
  warnings: z
    .array(z.string())
    .optional()
    .describe('提示：例如年度尚未结束时，草稿中的数字截至今天，不是全年的最终数字'),
}).meta({
  id: 'AnnualReportVersion',
  description: '年度报告的一个版本，含报告全文与核查发现',
});

const CheckOut = z
  .object({
    agency: z.string(),
    year: z.number(),
    version: z.number().int(),
    state: z.enum(['draft', 'published']),
    revision: z.number().int(),
    counts: Counts,
    findings: z.array(FindingOut),
    pendingSections: z.array(z.string()),
  })
  .meta({ id: 'AnnualReportCheck' });

// ---------------------------------------------------------------- views

/** The report with the findings of today's rules (a published version is otherwise as published). */
const checked = (report: AnnualReport): AnnualReport => ({ ...report, findings: checkReport(report) });

function countsOf(report: AnnualReport) {
  const n = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  return { error: n('error'), warning: n('warning'), info: n('info') };
}

function summaryOf(v: ReportVersion, report = checked(v.report)) {
  const { report: _report, ...rest } = v;
  return { ...rest, counts: countsOf(report), pendingSections: pendingSections(report.sections) };
}

function versionOf(v: ReportVersion) {
  const report = checked(v.report);
  return { ...summaryOf(v, report), report };
}

/** '五' from '五', '五、' or '5'. */
function sectionNumber(text: string): string {
  const digit = /^\s*([1-6])\s*$/.exec(text)?.[1];
  return digit === undefined ? text : '一二三四五六'[Number(digit) - 1]!;
}

// ---------------------------------------------------------------- routes

export const annualReportsRoutes: ApiRoutes = async (app, { deps }) => {
  const reports = deps.services.annualReports;

  /** A version that exists (404 otherwise); the latest when `version` is omitted. */
  async function existing(agency: string, year: number, version?: number): Promise<ReportVersion> {
    const found = await reports.get(agency, year, version);
    if (found) return found;
    throw new NotFoundError(
      version === undefined
        ? `机关“${agency}”还没有${year}年度报告，请先生成草稿`
        : `机关“${agency}”${year}年度报告没有第${version}版`,
    );
  }

  app.post(
    '/annual-reports/:year/draft',
    {
      schema: {
        tags,
        summary: '按办理记录和登记簿生成或刷新草稿（保留已改写的正文；已发布时 422）',
        params: YearParams,
        querystring: AgencyQuery,
        body: BuildBody,
        response: { 200: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { caller } = request;
      const agency = await chooseAgency(deps, caller, request.query.agency, '编写年度报告');
      requireActing(caller, agency, DRAFTERS, '编写年度报告');
      const today = deps.clock.today();
      const year = requireYearBegun(request.params.year, today);
      const result = await reports.buildDraft(agency, year, {
        actor: caller.actor,
        allowEmpty: request.body?.allowEmpty ?? false,
      });
      const provisional = provisionalFigures(year, today);
      return { ...versionOf(reportAccepted(result)), ...(provisional ? { warnings: [provisional] } : {}) };
    },
  );

  app.get(
    '/annual-reports/:year',
    {
      schema: {
        tags,
        summary: '最新版本（草稿或已发布）：报告全文与核查发现',
        params: YearParams,
        querystring: AgencyQuery,
        response: { 200: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const agency = await chooseAgency(deps, request.caller, request.query.agency, READ);
      return versionOf(await existing(agency, request.params.year));
    },
  );

  app.get(
    '/annual-reports/:year/versions',
    {
      schema: {
        tags,
        summary: '该年度报告的全部版本（从第1版起）',
        params: YearParams,
        querystring: AgencyQuery,
        response: {
          200: z.object({ agency: z.string(), year: z.number(), versions: z.array(VersionSummary) }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const { year } = request.params;
      const agency = await chooseAgency(deps, request.caller, request.query.agency, READ);
      const versions = await reports.versions(agency, year);
      return { agency, year, versions: versions.map((v) => summaryOf(v)) };
    },
  );

  app.get(
    '/annual-reports/:year/versions/:version',
    {
      schema: {
        tags,
        summary: '第 N 版：报告全文与核查发现（已发布的版本与发布时完全相同）',
        params: VersionParams,
        querystring: AgencyQuery,
        response: { 200: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { year, version } = request.params;
      const agency = await chooseAgency(deps, request.caller, request.query.agency, READ);
      return versionOf(await existing(agency, year, version));
    },
  );

  app.get(
    '/annual-reports/:year/document',
    {
      schema: {
        tags,
        summary: '输出某一版本：HTML、DOCX、XLSX、纯文本或 JSON（按存储的内容，不刷新）',
        params: YearParams,
        querystring: DocumentQuery,
        response: {
          200: {
            description: '报告文件',
            content: Object.fromEntries(
              REPORT_FORMATS.map((f) => [MEDIA_TYPES[f], { schema: BinaryFile }]),
            ) as Record<string, { schema: typeof BinaryFile }>,
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { format, version: wanted } = request.query;
      const agency = await chooseAgency(deps, request.caller, request.query.agency, READ);
      const v = await existing(agency, year, wanted);
      const title = `${v.report.agency ?? agency}${year}年政府信息公开工作年度报告`;
      const state = v.state === 'published' ? '' : '草稿';
      return sendFile(reply, {
        content: await RENDERERS[format](v.report),
        mediaType: MEDIA_TYPES[format],
        name: `${title}（第${v.version}版${state}）.${format}`,
        fallback: `${agency}-${year}-annual-report-v${v.version}.${format}`,
        inline: format === 'html',
      });
    },
  );

  app.get(
    '/annual-reports/:year/check',
    {
      schema: {
        tags,
        summary: '核查某一版本（默认最新）：按当前规则列出发现与待填写的部分（不刷新草稿）',
        params: YearParams,
        querystring: VersionQuery,
        response: { 200: CheckOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { year } = request.params;
      const agency = await chooseAgency(deps, request.caller, request.query.agency, READ);
      const v = await existing(agency, year, request.query.version);
      const report = checked(v.report);
      return {
        agency,
        year,
        version: v.version,
        state: v.state,
        revision: v.revision,
        counts: countsOf(report),
        findings: report.findings,
        pendingSections: pendingSections(report.sections),
      };
    },
  );

  app.put(
    '/annual-reports/:year/draft/sections/:section',
    {
      schema: {
        tags,
        summary: '替换草稿某一部分的正文（修改后重新核查；已发布的版本不能修改）',
        params: SectionParams,
        querystring: AgencyQuery,
        body: EditBody,
        response: { 200: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { caller, body } = request;
      const agency = await chooseAgency(deps, caller, request.query.agency, '编写年度报告');
      requireActing(caller, agency, DRAFTERS, '编写年度报告');
      const result = await reports.editSection(
        agency,
        request.params.year,
        { sectionNumber: sectionNumber(request.params.section), text: body.text },
        { actor: caller.actor, expectedRevision: body.expectedRevision },
      );
      return versionOf(reportAccepted(result));
    },
  );

  app.post(
    '/annual-reports/:year/publish',
    {
      schema: {
        tags,
        summary:
          '发布草稿（先按记录刷新；年度尚未结束、有错误级别的发现或待填写的内容时 422，记录有变化时 409）',
        params: YearParams,
        querystring: AgencyQuery,
        body: PublishBody,
        response: { 200: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { caller } = request;
      const agency = await chooseAgency(deps, caller, request.query.agency, '发布年度报告');
      requirePublisher(caller, agency, '发布年度报告');
      const early = publishTooEarly(request.params.year, deps.clock.today());
      if (early) throw new ApiError(422, 'year-not-ended', early);
      const result = await reports.publish(agency, request.params.year, {
        actor: caller.actor,
        expectedRevision: request.body.expectedRevision,
      });
      return versionOf(reportAccepted(result));
    },
  );

  app.post(
    '/annual-reports/:year/corrections',
    {
      schema: {
        tags,
        summary: '更正已发布的报告：创建下一版草稿（须说明理由；已发布的版本保持不变）',
        params: YearParams,
        querystring: AgencyQuery,
        body: CorrectBody,
        response: { 201: VersionOut, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { caller } = request;
      const agency = await chooseAgency(deps, caller, request.query.agency, '更正年度报告');
      requirePublisher(caller, agency, '更正年度报告');
      const result = await reports.newVersion(agency, request.params.year, request.body.reason, {
        actor: caller.actor,
      });
      return reply.code(201).send(versionOf(reportAccepted(result)));
    },
  );
};
