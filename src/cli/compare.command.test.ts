import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../test/support/run-cli.ts';
import { readReport } from '../read/read-report.ts';
import { renderText } from '../render/index.ts';

const run = runMain;

const dir = mkdtempSync(join(tmpdir(), 'gongkai-compare-'));

/** A real report and the same agency's next-year report (rendered as text), carrying over `carried`. */
function twoYears(carried: number): [string, string] {
  const report = readReport({ text: readFileSync('test/corpus/dev/d05.txt', 'utf8') });
  report.table3.carriedForward = { ...report.table3.carriedForward!, naturalPerson: 1, total: 1 };
  report.table3.totalHandled!.naturalPerson! -= 1;
  report.table3.totalHandled!.total! -= 1;
  report.table3.granted!.naturalPerson! -= 1;
  report.table3.granted!.total! -= 1;
  const next = structuredClone(report);
  next.year = report.year! + 1;
  next.table3.carriedOver = { ...next.table3.carriedOver!, naturalPerson: carried, total: carried };
  next.table3.received = {
    ...next.table3.received!,
    naturalPerson: next.table3.received!.naturalPerson! - carried,
  };
  next.table3.received.total = next.table3.received.total! - carried;
  const docs = next.table2.normativeDocuments!;
  docs.inForce = (docs.inForce as number) + (docs.issued as number) - (docs.repealed as number);
  const files: [string, string] = [join(dir, `a-${carried}.txt`), join(dir, `b-${carried}.txt`)];
  writeFileSync(files[0], renderText(report));
  writeFileSync(files[1], renderText(next));
  return files;
}

describe('gongkai compare', () => {
  it('the seeds and the corpus side by side: one line per report, exit 0', async () => {
    const { code, out } = await run('compare', 'test/corpus/seeds', 'test/corpus/dev');
    expect(code).toBe(0);
    expect(out).toMatch(/^对比 12 份报告（11 个机关，2019—2024年度）/);
    // d07's line, worked out from its reviewed truth file: 新收, 上年结转, 办理总计, 公开率
    const t = JSON.parse(readFileSync('test/corpus/dev/d07.truth.json', 'utf8'));
    const t3 = t.table3;
    const rate =
      Math.round(((t3.granted.total + t3.partiallyGranted.total) / t3.totalHandled.total) * 1000) / 10;
    const line = [t.agency, t.year, t3.received.total, t3.carriedOver.total, t3.totalHandled.total, rate];
    expect(out).toMatch(new RegExp(line.map(String).join('\\s+').replace('.', '\\.')));
    expect(out).toContain('跨报告核对：\n  未发现问题');
  });

  it('two years that carry over: the change listed, no finding', async () => {
    const { code, out } = await run('compare', ...twoYears(1));
    expect(code).toBe(0);
    expect(out).toContain('同一机关逐年变化：');
    expect(out).toContain('未发现问题');
  });

  it("a 上年结转 that is not last year's 结转下年度: an error and exit 1", async () => {
    const { code, out } = await run('compare', ...twoYears(0));
    expect(code).toBe(1);
    expect(out).toMatch(
      /\[错误\] .*表三“结转下年度继续办理”与\d{4}年度报告“上年结转”不一致（自然人：1 ≠ 0；总计：1 ≠ 0）/,
    );
  });

  it('--format csv: a header and one row per report', async () => {
    const { out } = await run('compare', '--format', 'csv', ...twoYears(1));
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^文件,机关,年度,模板,本年新收,/);
    expect(lines).toHaveLength(3);
  });

  it('an unreadable file is named, the rest compared, exit 2', async () => {
    const { code, out, err } = await run('compare', join(dir, 'missing.txt'), 'test/corpus/dev/d05.txt');
    expect(code).toBe(2);
    expect(err).toContain('文件不存在');
    expect(out).toMatch(/^对比 1 份报告/);
  });
});
