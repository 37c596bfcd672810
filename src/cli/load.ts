// Reading a report file from disk: the one place the checker touches the file system. Format by
// content (not by file name); text decoded as UTF-8, or GB18030 where UTF-8 does not fit.
import { readFile, stat } from 'node:fs/promises';
import { readDocxLayout } from '../read/docx/index.ts';
import { zipEntries } from '../read/docx/zip-entries.ts';
import { reportFromJson } from '../read/json-report.ts';
import { htmlFromMhtml } from '../read/mhtml.ts';
import { readPdfLayout } from '../read/pdf/index.ts';
import { ReadError } from '../read/read-error.ts';
import { readReport, readSourceDoc } from '../read/read-report.ts';
import { decodeText, sniffFormat } from '../read/sniff.ts';
import { readXlsxLayout } from '../read/xlsx/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';

export async function loadReport(file: string): Promise<AnnualReport> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new ReadError('empty', '文件为空（0 字节）');
  const format = sniffFormat(bytes);
  const info = { file, bytes: bytes.length };
  switch (format) {
    case 'pdf':
      return readSourceDoc(await readPdfLayout(bytes), info);
    case 'docx':
      return readSourceDoc(await readDocxLayout(bytes), info);
    case 'xlsx':
      return readSourceDoc(await readXlsxLayout(bytes), info);
    case 'doc':
    case 'wps':
      throw new ReadError(
        'unsupported',
        `这是旧版 Word/WPS 文件（.${format}），请另存为 DOCX 或 PDF 后再读取`,
      );
    case 'mhtml': {
      const html = htmlFromMhtml(bytes);
      if (html === null) throw new ReadError('not-report', '这是网页存档（MHTML），但其中没有网页正文');
      return readReport({ text: html, ...info });
    }
    case 'xls':
      throw new ReadError('unsupported', '这是旧版 Excel 文件（.xls），请另存为 XLSX 后再读取');
    case 'rtf':
      throw new ReadError('unsupported', '这是 RTF 格式文件，请用 Word 或 WPS 另存为 DOCX 或 PDF 后再读取');
    case 'zip':
      throw zipError(bytes);
    case 'binary':
      throw new ReadError('binary', '这是二进制文件，不是文本、HTML、PDF 或 DOCX 格式的年度报告');
    default: {
      const text = decodeText(bytes) ?? '';
      // The JSON form this system writes reads back too (report build --format json, parse --json).
      return reportFromJson(text, info) ?? readReport({ text, ...info });
    }
  }
}

/** Why a ZIP file is not a document we read: a damaged DOCX/XLSX, or an archive of files. */
function zipError(bytes: Uint8Array): ReadError {
  const names = zipEntries(bytes);
  if (names === null) {
    // DOCX and XLSX are ZIP files: one whose directory cannot be read was cut short or damaged.
    return new ReadError(
      'damaged',
      '文件已损坏：ZIP 结构不完整（DOCX/XLSX 文档本身是 ZIP 格式，可能下载中断），请重新下载或用 Word/WPS 重新另存',
    );
  }
  if (names.some((n) => n.startsWith('word/'))) {
    return new ReadError(
      'damaged',
      'DOCX 文件已损坏：缺少正文（word/document.xml），请用 Word 或 WPS 重新另存为 DOCX',
    );
  }
  if (names.some((n) => n.startsWith('xl/'))) {
    return new ReadError(
      'damaged',
      'XLSX 文件已损坏：缺少工作簿（xl/workbook.xml），请用 Excel 或 WPS 重新另存',
    );
  }
  return new ReadError('unsupported', '这是 ZIP 压缩包，不是 DOCX 或 XLSX 文档；请解压后分别读取其中的报告');
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
