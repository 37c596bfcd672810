// The registers behind table 2 and table 4 of the yearly report (src/registers, the store's
// RegisterService): list, create, update and delete one record, import a CSV or XLSX file all or
// nothing, download the import template, and the two tables of a year. One set of routes per
// register (documents, decisions, fees, cases), each with its own record schema.
//
// Reading: any role of the agency. Writing: a clerk or a supervisor of the agency.

import { z } from 'zod';
import {
  REGISTER_KINDS,
  REGISTER_NAMES,
  type RegisterKind,
  type RegisterRecord,
  recordKey,
  registerTemplateCsv,
  registerTemplateXlsx,
} from '../registers/index.ts';
import { NotFoundError } from '../store/index.ts';
import { AgencyQuery, chooseAgency, requireYearBegun } from './agency-choice.ts';
import { type Caller, requireActing } from './auth.ts';
import type { ApiRoutes, ServerDeps } from './deps.ts';
import { BinaryFile, MEDIA_TYPES, sendFile } from './download.ts';
import { ERROR_RESPONSES, imported, saved } from './errors.ts';
import {
  KeyParams,
  RECORD_SCHEMAS,
  RegisterListQuery,
  TemplateQuery,
  YearQuery,
} from './register.schemas.ts';

const tags = ['登记簿与表二、表四'];

/** The content types an import accepts: a CSV text file or an Excel workbook. */
export const IMPORT_TYPES = { csv: 'text/csv', xlsx: MEDIA_TYPES.xlsx } as const;

/** The largest register file accepted (a register of ten thousand rows is well under 2 MB). */
export const IMPORT_LIMIT = 10 * 1024 * 1024;

const WRITERS = ['clerk', 'supervisor'] as const;

const FileBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), {
    error: `请求体应为登记簿文件：Content-Type 为 ${IMPORT_TYPES.csv} 或 ${IMPORT_TYPES.xlsx}`,
  })
  .refine((bytes) => bytes.length > 0, { error: '上传的文件为空（0 字节）' })
  .meta({
    type: 'string',
    format: 'binary',
    description: 'CSV（UTF-8 或 GBK/GB18030）或 XLSX 文件（第一个工作表），第一行为列名',
  });

const Imported = z
  .object({
    agency: z.string(),
    kind: z.enum(REGISTER_KINDS),
    imported: z.number().int().describe('导入的记录数'),
  })
  .meta({ id: 'RegisterImported' });

const Table2Out = z
  .object({
    agency: z.string(),
    year: z.number(),
    table: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]).nullable())),
  })
  .meta({ id: 'Table2', description: '表二：行键、列键见 docs/template.md；登记簿不记录的项为 null' });

const Table4Out = z
  .object({
    agency: z.string(),
    year: z.number(),
    table: z.record(z.string(), z.record(z.string(), z.number().nullable())),
  })
  .meta({ id: 'Table4', description: '表四：行键、列键见 docs/template.md' });

export const registersRoutes: ApiRoutes = async (app, { deps }) => {
  // Register files arrive as raw bytes (this plugin's routes only; JSON stays JSON).
  app.addContentTypeParser(
    Object.values(IMPORT_TYPES),
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_request, body, done) => done(null, body),
  );
  for (const kind of REGISTER_KINDS) registerRoutes(app, deps, kind);

  for (const table of ['table2', 'table4'] as const) {
    app.get(
      `/${table}`,
      {
        schema: {
          tags,
          summary:
            table === 'table2'
              ? '按登记簿统计某年度表二（主动公开政府信息情况）'
              : '按登记簿统计某年度表四（行政复议、行政诉讼）',
          querystring: YearQuery,
          response: { 200: table === 'table2' ? Table2Out : Table4Out, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const year = requireYearBegun(request.query.year, deps.clock.today());
        const agency = await chooseAgency(deps, request.caller, request.query.agency, '查看登记簿');
        const registers = deps.services.registers;
        const result =
          table === 'table2' ? await registers.table2(agency, year) : await registers.table4(agency, year);
        return { agency, year, table: result };
      },
    );
  }
};

/** The Fastify instance a plugin of routes is given (zod-typed). */
type ZodApp = Parameters<ApiRoutes>[0];

function registerRoutes(app: ZodApp, deps: ServerDeps, kind: RegisterKind): void {
  const { registers } = deps.services;
  const name = REGISTER_NAMES[kind];
  // zod checks the shape; the values are the core's to validate (422 with every issue), so the
  // body is handed on typed as a record of this register.
  const Record = RECORD_SCHEMAS[kind] as unknown as z.ZodType<RegisterRecord>;
  const Item = z.object({ key: z.string().describe('记录的标识（修改、删除时使用）'), record: Record });
  const base = `/registers/${kind}`;

  /** The agency of a write, which the caller must be a clerk or supervisor of. */
  const writable = async (caller: Caller, id: string | undefined) => {
    const agency = await chooseAgency(deps, caller, id, `修改${name}`);
    requireActing(caller, agency, WRITERS, `修改${name}`);
    return agency;
  };
  const itemOf = (record: RegisterRecord) => ({ key: recordKey(kind, record), record });

  app.get(
    base,
    {
      schema: {
        tags,
        summary: `${name}：记录列表`,
        querystring: RegisterListQuery,
        response: {
          200: z.object({
            agency: z.string(),
            kind: z.literal(kind),
            year: z.number().optional(),
            items: z.array(Item),
          }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const { year } = request.query;
      const agency = await chooseAgency(deps, request.caller, request.query.agency, `查看${name}`);
      const records = await registers.list(agency, kind, year);
      return { agency, kind, ...(year === undefined ? {} : { year }), items: records.map(itemOf) };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: `${name}：添加一条记录（内容有误时 422，逐项列出）`,
        querystring: AgencyQuery,
        body: Record,
        response: { 201: Item, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const agency = await writable(request.caller, request.query.agency);
      const record = saved(await registers.create(agency, kind, request.body));
      return reply.code(201).send(itemOf(record));
    },
  );

  app.put(
    `${base}/:key`,
    {
      schema: {
        tags,
        summary: `${name}：替换一条记录（可改变其标识）`,
        params: KeyParams,
        querystring: AgencyQuery,
        body: Record,
        response: { 200: Item, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const agency = await writable(request.caller, request.query.agency);
      return itemOf(saved(await registers.update(agency, kind, request.params.key, request.body)));
    },
  );

  app.delete(
    `${base}/:key`,
    {
      schema: {
        tags,
        summary: `${name}：删除一条记录`,
        params: KeyParams,
        querystring: AgencyQuery,
        response: { 204: z.null().describe('已删除'), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const agency = await writable(request.caller, request.query.agency);
      const { key } = request.params;
      if (!(await registers.delete(agency, kind, key))) {
        throw new NotFoundError(`${name}中没有“${key}”这条记录`);
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/import`,
    {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: `${name}：从 CSV 或 XLSX 文件导入（全部无误才写入；有误时 422，逐行列出，不写入任何记录）`,
        consumes: Object.values(IMPORT_TYPES),
        querystring: AgencyQuery,
        body: FileBody,
        response: { 200: Imported, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const agency = await writable(request.caller, request.query.agency);
      const format = request.headers['content-type']?.startsWith(IMPORT_TYPES.xlsx) ? 'xlsx' : 'csv';
      const bytes = new Uint8Array(request.body);
      return { agency, kind, imported: imported(await registers.importRecords(agency, kind, bytes, format)) };
    },
  );

  app.get(
    `${base}/template`,
    {
      schema: {
        tags,
        summary: `${name}：下载导入模板（只有列名；XLSX 附下拉选项与“说明”工作表）`,
        querystring: TemplateQuery,
        response: {
          200: {
            description: '导入模板',
            content: {
              [MEDIA_TYPES.csv]: { schema: BinaryFile },
              [MEDIA_TYPES.xlsx]: { schema: BinaryFile },
            },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      return sendFile(reply, {
        content: format === 'xlsx' ? await registerTemplateXlsx(kind) : registerTemplateCsv(kind),
        mediaType: MEDIA_TYPES[format],
        name: `${name}导入模板.${format}`,
        fallback: `${kind}-template.${format}`,
      });
    },
  );
}
