// Domain errors become HTTP here and only here (the routes throw or return domain values). The
// body is always { error: { code, message, ... } } with a Chinese message; a 500 says nothing
// about the cause (it is logged with the request id instead).

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CalendarError } from '../calendar/index.ts';
import { InvalidIdError, type Refusal } from '../cases/index.ts';
import { AgencyDetailsError, NoticeTemplateError, NoticeUnavailableError } from '../notices/index.ts';
import { type RecordIssue, RegisterFileError, type RowError } from '../registers/index.ts';
import {
  ConflictError,
  DataKeyError,
  type ImportResult,
  NotFoundError,
  type ReportRefusal,
  type ReportResult,
  type ReportVersion,
} from '../store/index.ts';
import { InputError } from './validation.ts';

/** An error with its HTTP status, machine code and Chinese message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A refusal of the core (data, not an exception there) on its way to a 422. */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/** The value of an accepted result; a refusal is thrown to the error handler. */
export function accepted<T extends { ok: true }>(result: T | Refusal): T {
  if (!result.ok) throw new RefusedError(result);
  return result;
}

/** A register record the core's validation refused (422, every issue). */
export class RecordIssuesError extends Error {
  override readonly name = 'RecordIssuesError';
  constructor(readonly issues: readonly RecordIssue[]) {
    super(`记录不符合要求：${issues.map((i) => i.message).join('；')}`);
  }
}

/** A register file with bad rows: every row error, nothing imported (422). */
export class ImportRowsError extends Error {
  override readonly name = 'ImportRowsError';
  constructor(readonly rows: readonly RowError[]) {
    super(`文件中有${rows.length}处错误，未导入任何记录；请逐行修改后重新导入`);
  }
}

/** A refusal of the yearly report's versions (data in the store) on its way to a 422 or 409. */
export class ReportRefusedError extends Error {
  override readonly name = 'ReportRefusedError';
  constructor(readonly refusal: ReportRefusal) {
    super(refusal.reason);
  }
}

/** The saved record; the core's issues are thrown to the error handler. */
export function saved<T>(result: { saved: T } | { issues: RecordIssue[] }): T {
  if ('issues' in result) throw new RecordIssuesError(result.issues);
  return result.saved;
}

/** The number of records imported; the row errors are thrown to the error handler. */
export function imported(result: ImportResult): number {
  if ('errors' in result) throw new ImportRowsError(result.errors);
  return result.imported;
}

/** The version of an accepted report operation; a refusal is thrown to the error handler. */
export function reportAccepted(result: ReportResult): ReportVersion {
  if (!result.ok) throw new ReportRefusedError(result);
  return result.version;
}

const optionalNumber = z.number().optional();

/** A finding of the checker (src/check): its rule, severity, Chinese message and where it is. */
export const FindingOut = z
  .object({
    rule: z.string().describe('规则编号（docs/template.md）'),
    severity: z.enum(['error', 'warning', 'info']).describe('错误、警告、提示'),
    message: z.string().describe('中文说明'),
    where: z.object({
      part: z.string().describe('table2、table3、table4、section、title、document'),
      row: z.string().optional(),
      column: z.string().optional(),
      section: z.string().optional(),
      quote: z.string().optional(),
      loc: z
        .object({
          line: optionalNumber,
          column: optionalNumber,
          page: optionalNumber,
          x: optionalNumber,
          y: optionalNumber,
          table: optionalNumber,
          row: optionalNumber,
          cell: optionalNumber,
        })
        .optional(),
    }),
  })
  .meta({ id: 'Finding' });

export const ApiErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('机器可读的错误代码'),
      message: z.string().describe('中文说明'),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      details: z.array(z.string()).optional(),
      rows: z
        .array(z.object({ line: z.number(), column: z.string().optional(), message: z.string() }))
        .optional()
        .describe('导入文件的每一处错误：行号（用户在编辑器或表格中看到的行）、列名、原因'),
      findings: z.array(FindingOut).optional().describe('阻止发布的核查发现（错误级别）'),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ApiError', description: '错误：code 为机器可读代码，message 为中文说明' });

export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/**
 * The error responses a route documents: 400 invalid input (per field), 401 no or a wrong token,
 * 403 role or agency not allowed, 404 not found, 409 changed by someone else (stale version) or a
 * duplicate, 422 refused by the rules of the core (a register record or file, a report that may
 * not be published, a notice that does not apply) or a year missing from the calendar.
 */
export const ERROR_RESPONSES = {
  400: ApiErrorBody,
  401: ApiErrorBody,
  403: ApiErrorBody,
  404: ApiErrorBody,
  409: ApiErrorBody,
  422: ApiErrorBody,
} as const;

const CONFIGURATION =
  '服务器配置错误：数据密钥与加密个人信息时所用的不一致或无法读取，暂时无法读取个人信息；请联系系统管理员并提供请求编号';
const INTERNAL = '服务器内部错误，请稍后重试；如果问题持续存在，请联系系统管理员并提供请求编号';

/** Fastify's own client errors (before a route runs), in Chinese. */
const FASTIFY_MESSAGES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型，请使用 application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空：内容类型为 application/json 时应提供 JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
};

/** What the route that failed accepts, for the messages of a wrong content type or a body too large. */
export interface RouteLimits {
  /** The content types the route's body may have (its schema's `consumes`); default JSON. */
  consumes?: readonly string[];
  bodyLimit?: number;
}

function fastifyMessage(code: string | undefined, route: RouteLimits): string | undefined {
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' && route.consumes?.length)
    return `不支持的请求内容类型，请使用 ${route.consumes.join(' 或 ')}`;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' && route.bodyLimit !== undefined)
    return `请求体过大：不能超过 ${Math.floor(route.bodyLimit / 1024 / 1024)} MB`;
  return FASTIFY_MESSAGES[code ?? ''];
}

function body(code: string, message: string, more: Partial<ApiErrorBody['error']> = {}): ApiErrorBody {
  return { error: { code, message, ...more } };
}

/** The status and body an error is answered with. */
export function errorResponse(
  error: unknown,
  requestId: string,
  route: RouteLimits = {},
): { status: number; body: ApiErrorBody } {
  if (error instanceof InputError) {
    return { status: 400, body: body('invalid-input', error.message, { fields: [...error.fields] }) };
  }
  // A blank identifier that got past the schema: the caller's input, not a server fault.
  if (error instanceof InvalidIdError) {
    const fields = [{ field: error.label, message: error.message }];
    return { status: 400, body: body('invalid-input', `请求内容不符合要求：${error.message}`, { fields }) };
  }
  if (error instanceof RefusedError) {
    const { code, reason, details } = error.refusal;
    return { status: 422, body: body(code, reason, details ? { details } : {}) };
  }
  if (error instanceof RecordIssuesError) {
    const fields = error.issues.map((i) => ({ field: i.field ?? '记录', message: i.message }));
    return { status: 422, body: body('invalid-record', error.message, { fields }) };
  }
  if (error instanceof ImportRowsError) {
    return { status: 422, body: body('invalid-rows', error.message, { rows: [...error.rows] }) };
  }
  if (error instanceof RegisterFileError)
    return { status: 422, body: body('unreadable-file', error.message) };
  if (error instanceof ReportRefusedError) return reportRefusal(error.refusal);
  if (error instanceof NoticeUnavailableError) {
    return { status: 422, body: body('notice-unavailable', error.message) };
  }
  // The agency's own templates or details in the notice directory: the message names the file to fix.
  if (error instanceof NoticeTemplateError)
    return { status: 422, body: body('notice-template', error.message) };
  if (error instanceof AgencyDetailsError)
    return { status: 422, body: body('agency-details', error.message) };
  if (error instanceof ApiError) return { status: error.status, body: body(error.code, error.message) };
  if (error instanceof NotFoundError) return { status: 404, body: body('not-found', error.message) };
  if (error instanceof ConflictError) return { status: 409, body: body('conflict', error.message) };
  if (error instanceof CalendarError) {
    const status = error.code === 'bad-date' || error.code === 'bad-count' ? 400 : 422;
    return { status, body: body(`calendar.${error.code}`, error.message) };
  }
  // The operator's mistake, not the caller's: said plainly, without the key's path or details.
  if (error instanceof DataKeyError)
    return { status: 500, body: body('configuration', CONFIGURATION, { requestId }) };
  const fastify = error as Partial<FastifyError>;
  if (fastify.statusCode && fastify.statusCode < 500) {
    const message =
      fastifyMessage(fastify.code, route) ?? `请求无法处理（${fastify.code ?? fastify.statusCode}）`;
    return { status: fastify.statusCode, body: body('bad-request', message) };
  }
  return { status: 500, body: body('internal', INTERNAL, { requestId }) };
}

/**
 * A report refusal: 409 when the records changed under the draft (rebuilt, to be reviewed
 * again), 422 otherwise; the code is `report.<the store's code>`, with the findings that block
 * publishing.
 */
function reportRefusal(refusal: ReportRefusal): { status: number; body: ApiErrorBody } {
  const { findings } = refusal;
  return {
    status: refusal.code === 'changed' ? 409 : 422,
    body: body(`report.${refusal.code}`, refusal.reason, findings ? { findings } : {}),
  };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const options = request.routeOptions as
    | { schema?: { consumes?: string[] }; bodyLimit?: number }
    | undefined;
  const route: RouteLimits = {
    ...(options?.schema?.consumes ? { consumes: options.schema.consumes } : {}),
    ...(options?.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
  };
  const { status, body } = errorResponse(error, request.id, route);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.error.code, status }, 'request refused');
  if (error instanceof ApiError) reply.headers(error.headers);
  return reply.code(status).send(body);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .send(body('not-found', `没有这个接口：${request.method} ${request.url.split('?')[0]}`));
}
