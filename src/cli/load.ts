// Reading a report file from disk: the one place the checker touches the file system. Format by
// content (not by file name); text decoded as UTF-8, or GB18030 where UTF-8 does not fit.
import { readFile, stat } from 'node:fs/promises';
import { ReadError } from '../read/read-error.ts';
import { readReport } from '../read/read-report.ts';
import type { AnnualReport } from '../report/annual-report.ts';

export async function loadReport(file: string): Promise<AnnualReport> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new ReadError('empty', '文件为空（0 字节）');
  const format = sniff(bytes);
  const info = { file, bytes: bytes.length };
  switch (format) {
    case 'pdf':
    case 'docx':
      throw new ReadError('unsupported', `暂不支持读取 ${format.toUpperCase()} 文件，请提供文本或 HTML 格式`);
    case 'doc':
    case 'wps':
      throw new ReadError(
        'unsupported',
        `这是旧版 Word/WPS 文件（.${format}），请另存为 DOCX 或 PDF 后再读取`,
      );
    case 'zip':
      throw new ReadError('unsupported', '这是 ZIP 压缩包，不是 DOCX 文档；请解压后分别读取其中的报告');
    case 'binary':
      throw new ReadError('binary', '这是二进制文件，不是文本、HTML、PDF 或 DOCX 格式的年度报告');
    default:
      return readReport({ text: decodeText(bytes), ...info });
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new ReadError('missing', `“${file}”是目录`);
    return new Uint8Array(await readFile(file));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('missing', `文件不存在：${file}`);
    if (code === 'EACCES') throw new ReadError('missing', `没有读取权限：${file}`);
    throw new ReadError('missing', `无法读取文件：${file}（${code ?? String(e)}）`);
  }
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function sniff(b: Uint8Array): 'pdf' | 'docx' | 'doc' | 'wps' | 'zip' | 'binary' | 'text' {
  const head = String.fromCharCode(...b.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'doc';
  const sample = b.subarray(0, 4096);
  const controls = sample.filter((c) => c === 0 || (c < 8 && c !== 0)).length;
  return controls > 0 ? 'binary' : 'text';
}
