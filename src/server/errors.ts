// Domain errors become HTTP here and only here (the routes throw or return domain values). The
// body is always { error: { code, message, ... } } with a Chinese message; a 500 says nothing
// about the cause (it is logged with the request id instead).

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CalendarError } from '../calendar/index.ts';
import type { Refusal } from '../cases/index.ts';
import { ConflictError, DataKeyError, NotFoundError } from '../store/index.ts';
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

export const ApiErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('机器可读的错误代码'),
      message: z.string().describe('中文说明'),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      details: z.array(z.string()).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ApiError', description: '错误：code 为机器可读代码，message 为中文说明' });

export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/**
 * The error responses a route documents: 400 invalid input (per field), 401 no or a wrong token,
 * 403 role or agency not allowed, 404 not found, 409 changed by someone else (stale version) or a
 * duplicate, 422 refused by the rules of the core or a year missing from the calendar.
 */
export const ERROR_RESPONSES = {
  400: ApiErrorBody,
  401: ApiErrorBody,
  403: ApiErrorBody,
  404: ApiErrorBody,
  409: ApiErrorBody,
  422: ApiErrorBody,
} as const;

const INTERNAL = '服务器内部错误，请稍后重试；如果问题持续存在，请联系系统管理员并提供请求编号';

/** Fastify's own client errors (before a route runs), in Chinese. */
const FASTIFY_MESSAGES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型，请使用 application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空：内容类型为 application/json 时应提供 JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
};

function body(code: string, message: string, more: Partial<ApiErrorBody['error']> = {}): ApiErrorBody {
  return { error: { code, message, ...more } };
}

/** The status and body an error is answered with. */
export function errorResponse(error: unknown, requestId: string): { status: number; body: ApiErrorBody } {
  if (error instanceof InputError) {
    return { status: 400, body: body('invalid-input', error.message, { fields: [...error.fields] }) };
  }
  if (error instanceof RefusedError) {
    const { code, reason, details } = error.refusal;
    return { status: 422, body: body(code, reason, details ? { details } : {}) };
  }
  if (error instanceof ApiError) return { status: error.status, body: body(error.code, error.message) };
  if (error instanceof NotFoundError) return { status: 404, body: body('not-found', error.message) };
  if (error instanceof ConflictError) return { status: 409, body: body('conflict', error.message) };
  if (error instanceof CalendarError) {
    const status = error.code === 'bad-date' || error.code === 'bad-count' ? 400 : 422;
    return { status, body: body(`calendar.${error.code}`, error.message) };
  }
  const fastify = error as Partial<FastifyError>;
  if (!(error instanceof DataKeyError) && fastify.statusCode && fastify.statusCode < 500) {
    const message =
      FASTIFY_MESSAGES[fastify.code ?? ''] ?? `请求无法处理（${fastify.code ?? fastify.statusCode}）`;
    return { status: fastify.statusCode, body: body('bad-request', message) };
  }
  return { status: 500, body: body('internal', INTERNAL, { requestId }) };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = errorResponse(error, request.id);
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
