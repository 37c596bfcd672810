import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFromMhtml, looksLikeMhtml } from './mhtml.ts';
import { readReport } from './read-report.ts';
import { sniffFormat } from './sniff.ts';

const page = readFileSync('test/corpus/dev/d01.html', 'utf8');
const direct = readReport({ text: page, file: 'd01.html' });

/** An archive as Internet Explorer saves one: the page, then an image. */
function ieArchive(html: string, encoding: 'quoted-printable' | 'base64'): Buffer {
  const boundary = '----=_NextPart_000_0000_01DA1C2B.3F4E5A60';
  const bytes = Buffer.from(html);
  const body =
    encoding === 'base64'
      ? (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
      : // Every byte escaped: still quoted-printable, with soft line breaks.
        (
          bytes
            .toString('hex')
            .toUpperCase()
            .match(/.{1,50}/g) ?? []
        )
          .map((hex) => hex.replace(/(..)/g, '=$1'))
          .join('=\r\n');
  return Buffer.from(
    [
      'From: <Saved by Windows Internet Explorer 11>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      '',
      `--${boundary}`,
      'Content-Type: text/html;',
      '\tcharset="utf-8"',
      `Content-Transfer-Encoding: ${encoding}`,
      '',
      body,
      '',
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

describe('MHTML web archives', () => {
  it.each([
    ['Internet Explorer, quoted-printable', ieArchive(page, 'quoted-printable')],
    ['Internet Explorer, base64', ieArchive(page, 'base64')],
    // Word labels the part us-ascii and writes its code page's (GB18030) bytes.
    ['Word, labelled us-ascii (test/fixtures/mhtml)', readFileSync('test/fixtures/mhtml/word-gb18030.mht')],
  ])('%s: the page inside reads as the page itself', (_, bytes) => {
    expect(sniffFormat(bytes)).toBe('mhtml');
    const html = htmlFromMhtml(bytes);
    expect(html).toContain('政府信息公开年度报告');
    const read = readReport({ text: html ?? '', file: 'd01.mht' });
    expect(read.agency).toBe(direct.agency);
    expect(read.table2).toEqual(direct.table2);
    expect(read.table3).toEqual(direct.table3);
    expect(read.table4).toEqual(direct.table4);
  });

  it('an archive without a web page holds no report', () => {
    const bytes = Buffer.from(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n',
    );
    expect(sniffFormat(bytes)).toBe('mhtml');
    expect(htmlFromMhtml(bytes)).toBeNull();
  });

  it('a text that only mentions MIME is not an archive', () => {
    expect(looksLikeMhtml('某局2023年政府信息公开工作年度报告\nMIME-Version 字样')).toBe(false);
  });
});
