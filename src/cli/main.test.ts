import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../test/support/run-cli.ts';
import { exitStatus } from './main.ts';

const run = runMain;

const SEEDS = 'test/corpus/seeds';
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));

describe('gongkai check', () => {
  it('checks a folder: per report agency, year and findings in Chinese, a summary, exit 1 on errors', async () => {
    const { code, out } = await run('check', SEEDS);
    expect(code).toBe(1);
    expect(out).toContain('延津县医疗保障局 · 2023年度');
    expect(out).toContain('[错误] 正文第六部分称“未收到政府信息公开申请”，但表三本年新收为 1');
    expect(out).toMatch(/共核查 5 份报告：2 份有错误/);
  });
  it('exit 0 when no report has an error finding', async () => {
    expect((await run('check', join(SEEDS, '003_46f3e938f0b9fe4b.txt'))).code).toBe(0);
  });
  it('--json prints one array, one parse result per report, in input order', async () => {
    const files = ['004_fd90817f31466881.txt', '000_7319e48ae86c574d.txt'].map((f) => join(SEEDS, f));
    const { out } = await run('check', ...files, '--json');
    const results = JSON.parse(out);
    expect(results.map((r: { agency: string }) => r.agency)).toEqual([
      '利通区医疗保障局',
      '延津县医疗保障局',
    ]);
    expect(Object.keys(results[0])).toEqual([
      'template',
      'year',
      'agency',
      'table2',
      'table3',
      'table4',
      'sections',
      'findings',
      'provenance',
    ]);
  });
  it('unusable input: missing, empty, binary, not a report, no tables -> clear message, exit 2', async () => {
    const empty = join(tmp, 'empty.txt');
    const binary = join(tmp, 'b.txt');
    const other = join(tmp, 'other.txt');
    const noTables = join(tmp, 'notables.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(other, '会议纪要\n今天讨论了工作安排。');
    writeFileSync(
      noTables,
      '某局2023年政府信息公开工作年度报告\n一、总体情况\n我局认真做好政府信息公开工作。',
    );
    for (const [file, message] of [
      [join(tmp, 'nope.txt'), '文件不存在'],
      [empty, '文件为空'],
      [binary, '二进制文件'],
      [other, '不是政府信息公开工作年度报告'],
      [noTables, '未找到年度报告的统计表格'],
    ] as const) {
      const { code, err } = await run('parse', file, '--json');
      expect(code, file).toBe(2);
      expect(err).toContain(message);
    }
  });
});

describe('gongkai parse', () => {
  it('--json emits the keys of template.md', async () => {
    const { out } = await run('parse', join(SEEDS, '000_7319e48ae86c574d.txt'), '--json');
    const r = JSON.parse(out);
    expect(r.table3.received).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 1,
      total: 1,
    });
    expect(r.table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(r.findings[0]).toMatchObject({ rule: 'text-table-mismatch', severity: 'error' });
  });
  it('--format csv prints one row per cell', async () => {
    const { out } = await run('parse', join(SEEDS, '003_46f3e938f0b9fe4b.txt'), '--format', 'csv');
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('file,table,row,column,value,status,raw,location,note');
    expect(lines.length - 1).toBe(10 + 25 * 7 + 15);
  });
  it('an unknown option is a usage error (exit 2)', async () => {
    expect((await run('parse', 'x', '--bogus')).code).toBe(2);
  });
});

describe('exit status through main', () => {
  it("keeps a command's own exit 1 (error findings); commander's usage errors are 2", () => {
    expect(exitStatus(new CommanderError(1, 'gongkai.report', '有错误'))).toBe(1);
    expect(exitStatus(new CommanderError(2, 'gongkai.cases', '无法使用'))).toBe(2);
    expect(exitStatus(new CommanderError(1, 'commander.missingMandatoryOptionValue', 'x'))).toBe(2);
    expect(exitStatus(new CommanderError(0, 'commander.helpDisplayed', ''))).toBe(0);
  });
  it('a missing required option and a mistyped command are told in Chinese (exit 2)', async () => {
    const missing = await run('cases', 'table3');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('错误：缺少必需的选项 --year <year>');
    const typo = await run('calendar', 'ad');
    expect(typo.err).toContain('错误：未知命令 ad');
    expect(typo.err).toContain('（是否想输入 add？）');
    expect(typo.err).not.toMatch(/error|Did you mean/);
  });
  it('the JSON form of a report reads back (parse, check) like every other form', async () => {
    const parsed = await run('parse', join(SEEDS, '003_46f3e938f0b9fe4b.txt'), '--json');
    const file = join(tmp, 'report.json');
    writeFileSync(file, parsed.out);
    const again = await run('parse', file, '--json');
    expect(again.code).toBe(0);
    for (const key of ['table2', 'table3', 'table4', 'sections'])
      expect(JSON.parse(again.out)[key]).toEqual(JSON.parse(parsed.out)[key]);
    expect((await run('check', file)).code).toBe(0);
  });
});
