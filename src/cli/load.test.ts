// loadReport on damaged and unusable files: each a ReadError with a message that says what is
// wrong with this file, so that `gongkai check` can print it and exit 2.
import { describe, expect, it } from 'vitest';
import { ReadError } from '../read/read-error.ts';
import { loadReport } from './load.ts';

async function failure(file: string): Promise<ReadError> {
  try {
    await loadReport(file);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error(`${file} was read`);
}

describe('loadReport: web archives', () => {
  it('a page saved as MHTML (Word, GB18030 bytes labelled us-ascii) reads as the page', async () => {
    const report = await loadReport('test/fixtures/mhtml/word-gb18030.mht');
    expect(report.agency).toBe('沭阳县发展和改革局');
    expect(report.table3.received?.total).toBe(26); // test/corpus/dev/d01.truth.json
  });
});

describe('loadReport: damaged files', () => {
  it('a DOCX cut short is a damaged ZIP, not an archive to unpack', async () => {
    const e = await failure('test/fixtures/docx/bad/truncated.docx');
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/ZIP 结构不完整/);
  });

  it('a DOCX without word/document.xml names the missing part', async () => {
    const e = await failure('test/fixtures/docx/bad/no-document.docx');
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/DOCX 文件已损坏：缺少正文/);
  });

  it.each([
    ['test/fixtures/pdf/bad/encrypted.pdf', /已加密/],
    ['test/fixtures/pdf/bad/scanned.pdf', /扫描件，无文本层（共2页）/],
    ['test/fixtures/pdf/bad/not-report.pdf', /不是政府信息公开工作年度报告/],
    ['test/fixtures/no-such-file.pdf', /文件不存在/],
    // Word's rich-text export keeps the .doc name it was given.
    ['test/fixtures/docx/bad/rich-text.doc', /RTF 格式文件，请用 Word 或 WPS 另存为 DOCX 或 PDF/],
  ])('%s', async (file, message) => {
    expect((await failure(file)).message).toMatch(message);
  });
});
