// The forms `gongkai report build` writes, chosen by --format or by the output file's extension,
// and the text files `gongkai report edit` reads.

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ReadError } from '../read/read-error.ts';
import { decodeText } from '../read/sniff.ts';
import { renderDocx, renderHtml, renderJson, renderText, renderXlsx } from '../render/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';

export const REPORT_FORMATS = ['html', 'docx', 'xlsx', 'txt', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const BINARY: readonly ReportFormat[] = ['docx', 'xlsx'];
const BY_EXTENSION: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.txt': 'txt',
  '.text': 'txt',
  '.json': 'json',
};

/** A format that cannot be used: a Chinese message saying what to give instead. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** The format asked for, else the one the output file's extension names, else plain text. */
export function reportFormat(format: string | undefined, output: string | undefined): ReportFormat {
  const choice =
    format?.toLowerCase() ?? (output === undefined ? 'txt' : BY_EXTENSION[extname(output).toLowerCase()]);
  if (choice === undefined) {
    throw new FormatError(
      `无法从文件名“${output}”判断输出格式，请用 --format 指定：${REPORT_FORMATS.join('、')}`,
    );
  }
  if (!(REPORT_FORMATS as readonly string[]).includes(choice)) {
    throw new FormatError(`不支持的输出格式“${format}”，可选：${REPORT_FORMATS.join('、')}`);
  }
  const f = choice as ReportFormat;
  // `--format html -o 报告.docx`: a file whose name says one form and whose bytes are another.
  const named = output === undefined ? undefined : BY_EXTENSION[extname(output).toLowerCase()];
  if (named !== undefined && named !== f) {
    throw new FormatError(
      `输出格式 ${f} 与文件名“${output}”的扩展名（${named}）不一致：请修改 --format 或文件扩展名`,
    );
  }
  if (output === undefined && BINARY.includes(f)) {
    throw new FormatError(`${f.toUpperCase()} 是二进制格式，请用 -o 指定输出文件`);
  }
  return f;
}

export async function renderReport(report: AnnualReport, format: ReportFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'html':
      return renderHtml(report);
    case 'docx':
      return renderDocx(report);
    case 'xlsx':
      return renderXlsx(report);
    case 'txt':
      return renderText(report);
    case 'json':
      return renderJson(report);
  }
}

/** A text file typed by a clerk: UTF-8, or GB18030 as Chinese Windows editors save it. */
export async function readReportText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(
      'missing',
      code === 'ENOENT' ? `文件不存在：${file}` : `无法读取文件：${file}（${code}）`,
    );
  }
  const text = decodeText(bytes);
  if (text === null) throw new ReadError('binary', `“${file}”不是文本文件，请保存为纯文本（.txt）后再试`);
  return text;
}
