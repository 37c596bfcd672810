// Files the API hands out (exports, templates, reports, notices): their media types and a
// Content-Disposition whose Chinese file name survives every browser (RFC 6266 with the
// RFC 5987 `filename*` parameter, and a plain ASCII `filename` for clients that ignore it).

import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-char (encodeURIComponent leaves '()* too). */
function extValue(text: string): string {
  return `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * `attachment; filename="fallback"; filename*=UTF-8''<name>`. `fallback` is the ASCII name for
 * old clients (anything else in it becomes '_'); `inline` lets a browser show HTML in place.
 */
export function contentDisposition(
  name: string,
  fallback: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = fallback.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=${extValue(name)}`;
}

/** Sends a file with its type and Content-Disposition. */
export function sendFile(
  reply: FastifyReply,
  file: { content: string | Uint8Array; mediaType: string; name: string; fallback: string; inline?: boolean },
) {
  const { content: c } = file;
  const content = typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      contentDisposition(file.name, file.fallback, file.inline ? 'inline' : 'attachment'),
    )
    .send(content);
}

/** A binary file in the OpenAPI document (response or request body). */
export const BinaryFile = z.string().meta({ type: 'string', format: 'binary', description: '文件内容' });
