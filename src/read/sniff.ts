// What a file is, by its content (not its name): published reports arrive renamed, as .pdf files
// that are really web pages, .doc files that are DOCX, and so on.
import { zipEntries } from './docx/zip-entries.ts';

export type SniffedFormat = 'pdf' | 'docx' | 'doc' | 'wps' | 'zip' | 'html' | 'text' | 'binary';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // %PDF- may follow a little junk (a BOM, a stray HTTP header line): readers allow 1 KiB.
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    const names = zipEntries(bytes);
    return names?.includes('word/document.xml') ? 'docx' : 'zip';
  }
  if (OLE2.every((b, i) => bytes[i] === b)) return oleKind(bytes);
  const text = decodeText(bytes);
  if (text === null) return 'binary';
  const start = text.slice(0, 4096);
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<meta\s[^>]*charset/i.test(start)) return 'html';
  if (/<table[\s>][\s\S]*<\/table>/i.test(text.slice(0, 200_000))) return 'html';
  return 'text';
}

/**
 * Word 97-2003 (.doc) and WPS Office (.wps) share the OLE2 container; the stream names tell them
 * apart (WPS writes "WpsContent"/"Kingsoft", Word "WordDocument"). Names are UTF-16LE.
 */
function oleKind(bytes: Uint8Array): 'doc' | 'wps' {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buf.includes(utf16('WpsContent')) ||
    buf.includes(utf16('Kingsoft')) ||
    buf.includes(Buffer.from('Kingsoft'))
  ) {
    return 'wps';
  }
  return 'doc';
}

/** The text of a file in UTF-8, UTF-16 (with BOM) or GB18030, or null for binary content. */
function decodeText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 65536);
  if (sample[0] === 0xff && sample[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (sample[0] === 0xfe && sample[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (sample.includes(0)) return null;
  for (const enc of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(sample);
    } catch {
      // a sample may end in the middle of a character: judge by what precedes the last 4 bytes
      try {
        if (sample.length === 65536)
          return new TextDecoder(enc, { fatal: true }).decode(sample.subarray(0, -4));
      } catch {}
    }
  }
  return null;
}
