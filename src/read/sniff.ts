// What a file is, by its content (not its name): published reports arrive renamed, as .pdf files
// that are really web pages, .doc files that are DOCX, and so on.
import { zipEntries } from './docx/zip-entries.ts';
import { looksLikeMhtml } from './mhtml.ts';

export type SniffedFormat =
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | 'doc'
  | 'wps'
  | 'xls'
  | 'rtf'
  | 'mhtml'
  | 'zip'
  | 'html'
  | 'text'
  | 'binary';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // %PDF- may follow a little junk (a BOM, a stray HTTP header line): readers allow 1 KiB.
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    const names = zipEntries(bytes);
    if (names?.includes('word/document.xml')) return 'docx';
    return names?.includes('xl/workbook.xml') ? 'xlsx' : 'zip';
  }
  if (OLE2.every((b, i) => bytes[i] === b)) return oleKind(bytes);
  if (looksLikeMhtml(head)) return 'mhtml';
  if (head.startsWith('{\\rtf')) return 'rtf'; // Word's 'rich text' export, often saved as .doc
  const encoding = textEncoding(bytes);
  if (encoding === null) return 'binary';
  return looksLikeHtml(new TextDecoder(encoding).decode(bytes.subarray(0, 200_000))) ? 'html' : 'text';
}

/** HTML rather than plain text: a document head, or a real table. */
export function looksLikeHtml(text: string): boolean {
  const lt = text.indexOf('<');
  if (lt < 0 || lt >= 200_000) return false; // no tag at all (most plain text): nothing to match
  const head = text.slice(0, 4096);
  return (
    /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<meta\s[^>]*charset/i.test(head) ||
    /<table[\s>][\s\S]*<\/table>/i.test(text.slice(0, 200_000))
  );
}

/** The text of a file (UTF-8, UTF-16 with BOM, or GB18030), or null for binary content. */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = textEncoding(bytes);
  return encoding === null ? null : new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Word 97-2003 (.doc), WPS Office (.wps) and Excel 97-2003 (.xls) share the OLE2 container; the
 * stream names tell them apart (WPS writes "WpsContent"/"Kingsoft", Word "WordDocument", Excel
 * "Workbook"). Names are UTF-16LE.
 */
function oleKind(bytes: Uint8Array): 'doc' | 'wps' | 'xls' {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buf.includes(utf16('WpsContent')) ||
    buf.includes(utf16('Kingsoft')) ||
    buf.includes(Buffer.from('Kingsoft'))
  ) {
    return 'wps';
  }
  if (!buf.includes(utf16('WordDocument')) && buf.includes(utf16('Workbook'))) return 'xls';
  return 'doc';
}

/** The encoding of a text file (UTF-8, UTF-16 with BOM, GB18030), judged on its start; null: binary. */
function textEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 65536);
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (sample.includes(0)) return null;
  for (const enc of ['utf-8', 'gb18030']) {
    try {
      new TextDecoder(enc, { fatal: true }).decode(sample);
      return enc;
    } catch {
      // a sample may end in the middle of a character: judge by what precedes the last 4 bytes
      try {
        if (sample.length === 65536) {
          new TextDecoder(enc, { fatal: true }).decode(sample.subarray(0, -4));
          return enc;
        }
      } catch {}
    }
  }
  return null;
}
