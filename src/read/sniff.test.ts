import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff.ts';

const fixture = (p: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${p}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('recognises PDF and DOCX by content', () => {
    expect(sniffFormat(fixture('pdf/d04-lo-docx-landscape.pdf'))).toBe('pdf');
    expect(sniffFormat(fixture('docx/d02.docx'))).toBe('docx');
  });

  it('tells a zip that is not a Word document', () => {
    expect(sniffFormat(fixture('docx/bad/no-document.docx'))).toBe('zip');
  });

  it('recognises OLE2 (.doc / .wps)', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(ole)).toBe('doc');
    ole.set(Buffer.from('WpsContent', 'utf16le'), 1024);
    expect(sniffFormat(ole)).toBe('wps');
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    xls.set(Buffer.from('Workbook', 'utf16le'), 1024);
    expect(sniffFormat(xls)).toBe('xls');
  });
  it('recognises RTF, which Word saves under .doc too', () => {
    expect(sniffFormat(Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'))).toBe('rtf');
  });

  it('tells HTML from text', () => {
    expect(sniffFormat(utf8('<!DOCTYPE html><html><body>报告</body></html>'))).toBe('html');
    expect(sniffFormat(utf8('表三\n<table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(sniffFormat(utf8('一、总体情况\n本年度共收到申请 3 件。'))).toBe('text');
    expect(sniffFormat(new Uint8Array(Buffer.from('一、总体情况', 'utf16le')))).toBe('binary');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, ...Buffer.from('一、总体情况', 'utf16le')]))).toBe('text');
  });

  it('reads GB18030 text as text and NUL bytes as binary', () => {
    expect(sniffFormat(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc]))).toBe('text');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toBe('binary');
  });
});
