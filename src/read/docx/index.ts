// DOCX to SourceDoc through mammoth (DOCX -> HTML: paragraphs and headings in order, w:tbl tables
// with gridSpan as colspan and vMerge as rowspan), then the HTML layout reader: rows read exactly
// as a published HTML report's do. Before mammoth, the document is made to say what Word shows
// (word-as-shown.ts): list numbers mammoth leaves out, text in fields it does not know. Pure:
// bytes in, blocks out.
import mammoth from 'mammoth';
import { readHtmlLayout } from '../html-layout.ts';
import { ReadError } from '../read-error.ts';
import type { SourceDoc } from '../source-doc.ts';
import { wordAsShown } from './word-as-shown.ts';
import { isZip, zipHasEntry } from './zip-entries.ts';

export async function readDocxLayout(bytes: Uint8Array): Promise<SourceDoc> {
  if (!isZip(bytes)) {
    throw new ReadError(
      'damaged',
      'DOCX 文件已损坏或不是有效的 Word 文档（不是 zip 格式），请重新下载或另存为 DOCX',
    );
  }
  if (!zipHasEntry(bytes, 'word/document.xml')) {
    throw new ReadError(
      'damaged',
      'DOCX 文件已损坏：缺少正文（word/document.xml），请用 Word 或 WPS 重新另存为 DOCX',
    );
  }
  let html: string;
  try {
    const shown = await wordAsShown(bytes);
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(shown) }));
  } catch (e) {
    throw new ReadError(
      'damaged',
      `DOCX 文件已损坏，无法读取（${(e as Error)?.message ?? e}），请重新下载或另存为 DOCX`,
    );
  }
  return { ...readHtmlLayout(`<html><body>${html}</body></html>`), format: 'docx' };
}
