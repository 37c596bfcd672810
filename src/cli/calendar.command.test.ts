// The `gongkai calendar` command driven through commander, as main.ts will drive it: a fresh
// program with exitOverride, output captured through configureOutput.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCalendarCommand } from './calendar.command.ts';

let cwd: string;

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-calendar-'));
});

afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function gongkai(...args: string[]): { out: string; err: string; exitCode: number } {
  let out = '';
  let err = '';
  // Output and exit settings first: commander copies them to subcommands when they are created.
  const program = new Command('gongkai')
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  registerCalendarCommand(program, { cwd: () => cwd });
  try {
    program.parse(args, { from: 'user' });
    return { out, err, exitCode: 0 };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { out, err, exitCode: error.exitCode };
  }
}

describe('gongkai calendar add', () => {
  it('prints the date N working days after DATE, DATE not counted', () => {
    // 2025 Spring Festival 1.28-2.4 off, Sun 1.26 worked. After Fri 1.24: 1.26 1, 1.27 2,
    // 2.5 3, 2.6 4, 2.7 5.
    expect(gongkai('calendar', 'add', '2025-01-24', '5')).toEqual({
      out: '2025-02-07\n',
      err: '',
      exitCode: 0,
    });
  });

  it('exits with 2 and a Chinese message for an unknown year, a bad date or a bad N', () => {
    const unknown = gongkai('calendar', 'add', '2027-01-04', '1');
    expect(unknown).toMatchObject({ out: '', exitCode: 2 });
    expect(unknown.err).toBe(
      '日历中没有2027年的节假日安排，请先导入该年数据（gongkai calendar import 文件）\n',
    );

    for (const [date, n] of [
      ['2025-02-30', '1'],
      ['25-1-1', '1'],
      ['2025-01-24', '0'],
      ['2025-01-24', '1.5'],
      ['2025-01-24', 'x'],
      ['2025-01-24', '99999999999'],
    ] as const) {
      const result = gongkai('calendar', 'add', date, n);
      expect(result.exitCode).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toMatch(/^(日期格式不正确|工作日数必须是正整数|工作日数过大：最多 366 个工作日)/);
      expect(result.err).not.toMatch(/\bat \S+:\d+/); // no stack trace
    }
  });
});

describe('gongkai calendar is-workday', () => {
  it('prints true or false', () => {
    expect(gongkai('calendar', 'is-workday', '2025-02-08').out).toBe('true\n'); // Saturday, 调休
    expect(gongkai('calendar', 'is-workday', '2025-01-28').out).toBe('false\n'); // 春节
    expect(gongkai('calendar', 'is-workday', '2018-05-02').exitCode).toBe(2);
  });
});

describe('gongkai calendar explain', () => {
  it('prints the day-by-day calculation in Chinese', () => {
    const { out, exitCode } = gongkai('calendar', 'explain', '2025-02-08', '7');
    expect(exitCode).toBe(0);
    expect(out).toContain('自 2025-02-08（周六）的次日起算 7 个工作日，期限届满日为 2025-02-18（周二）。');
    expect(out).toMatch(/2025-02-09\s+周日\s+不计\s+周末/);
    expect(out).toMatch(/2025-02-18\s+周二\s+计入\s+7\s+工作日/);
  });
});

describe('gongkai calendar years and import', () => {
  const year2027 = { year: 2027, holidays: [{ date: '2027-02-08', name: '春节' }], workdays: [] };

  it('imports a year into ./data/calendar, after which the year is known', () => {
    const file = path.join(cwd, 'in.json');
    writeFileSync(file, JSON.stringify(year2027));
    const imported = gongkai('calendar', 'import', file);
    expect(imported.exitCode).toBe(0);
    expect(imported.out).toContain('已导入2027年的节假日数据');
    expect(JSON.parse(readFileSync(path.join(cwd, 'data', 'calendar', '2027.json'), 'utf8')).year).toBe(2027);
    expect(gongkai('calendar', 'years').out.trim().split('\n').at(-1)).toBe('2027');
    expect(gongkai('calendar', 'is-workday', '2027-02-08').out).toBe('false\n');
  });

  it('refuses an invalid file with exit code 2', () => {
    const file = path.join(cwd, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...year2027, holidays: [] }));
    const result = gongkai('calendar', 'import', file);
    expect(result.exitCode).toBe(2);
    expect(result.err).toMatch(/格式不正确[\s\S]*holidays 为空/);
    expect(gongkai('calendar', 'import', path.join(cwd, 'missing.json')).err).toMatch(/无法读取日历文件/);
  });

  it('replaces a known year with different data only with --force', () => {
    const file = path.join(cwd, '2025.json');
    writeFileSync(
      file,
      JSON.stringify({ year: 2025, holidays: [{ date: '2025-03-03', name: '测试' }], workdays: [] }),
    );
    expect(gongkai('calendar', 'import', file)).toMatchObject({ exitCode: 2 });
    expect(gongkai('calendar', 'import', file, '--force').out).toMatch(/已导入2025年.*替换/);
    expect(gongkai('calendar', 'is-workday', '2025-03-03').out).toBe('false\n');
  });
});
