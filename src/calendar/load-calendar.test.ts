import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importYearFile, loadCalendar, loadYears } from './load-calendar.ts';
import { formatYearData, parseYearData } from './year-data.ts';

// 2027 is not announced; this made-up year only exercises the loading. 2027-02-08 is a Monday.
const year2027 = {
  year: 2027,
  holidays: [{ date: '2027-02-08', name: '春节' }],
  workdays: [{ date: '2027-02-06', name: '春节' }],
};

let dir: string;
let localDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gongkai-calendar-'));
  localDir = path.join(dir, 'data', 'calendar');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('loadCalendar', () => {
  it('reads the bundled years, and a missing local directory is no error', () => {
    expect(loadCalendar([], { localDir }).knownYears()).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('adds years from the local directory and from extra files', () => {
    mkdirSync(localDir, { recursive: true });
    writeFileSync(path.join(localDir, '2027.json'), JSON.stringify(year2027));
    const calendar = loadCalendar([], { localDir });
    expect(calendar.knownYears().at(-1)).toBe(2027);
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(loadCalendar([writeJson('any-name.json', year2027)], { localDir: null }).knownYears()).toContain(
      2027,
    );
  });

  it('lets a local file replace a bundled year', () => {
    mkdirSync(localDir, { recursive: true });
    const corrected = { year: 2025, holidays: [{ date: '2025-03-03', name: '测试' }], workdays: [] };
    writeFileSync(path.join(localDir, '2025.json'), JSON.stringify(corrected));
    const calendar = loadCalendar([], { localDir });
    expect(calendar.isWorkingDay('2025-03-03')).toBe(false);
    expect(calendar.isWorkingDay('2025-01-28')).toBe(true); // no longer a holiday in this data
  });

  it('refuses a file named after another year, and a bad file, naming the file', () => {
    mkdirSync(localDir, { recursive: true });
    writeFileSync(path.join(localDir, '2028.json'), JSON.stringify(year2027));
    expect(() => loadYears([], { localDir })).toThrow(/2028\.json 的文件名应为 2027\.json/);
    writeFileSync(path.join(localDir, '2028.json'), '{');
    expect(() => loadYears([], { localDir })).toThrow(/2028\.json 格式不正确/);
  });

  it('reports a missing extra file in Chinese', () => {
    expect(() => loadCalendar([path.join(dir, 'missing.json')], { localDir: null })).toThrow(
      /无法读取日历文件 .*missing\.json：文件不存在$/,
    );
    expect(() => loadCalendar([dir], { localDir: null })).toThrow(/这是一个目录，请指定年度数据文件$/);
  });
});

describe('importYearFile', () => {
  it('writes a new year in canonical form to the local directory', () => {
    const result = importYearFile(writeJson('in.json', year2027), { localDir });
    expect(result).toEqual({ year: 2027, target: path.join(localDir, '2027.json') });
    expect(readFileSync(result.target!, 'utf8')).toBe(formatYearData(parseYearData(year2027)));
  });

  it('does nothing for data already known, and replaces different data only with force', () => {
    const bundled = readFileSync(path.join(import.meta.dirname, 'data', '2025.json'), 'utf8');
    expect(importYearFile(writeJson('same.json', bundled), { localDir })).toEqual({ year: 2025 });

    const changed = writeJson('changed.json', { ...JSON.parse(bundled), workdays: [] });
    expect(() => importYearFile(changed, { localDir })).toThrow(/2025年的节假日数据已存在.*--force/);
    const result = importYearFile(changed, { localDir, force: true });
    expect(result.replaced).toMatch(/2025\.json$/);
    expect(loadCalendar([], { localDir }).isWorkingDay('2025-01-26')).toBe(false);
  });

  it('refuses an invalid file and writes nothing', () => {
    const bad = writeJson('bad.json', { ...year2027, holidays: [{ date: '2027-02-06', name: '春节' }] });
    expect(() => importYearFile(bad, { localDir })).toThrow(/2027-02-06 是周六/);
    expect(loadYears([], { localDir }).map((l) => l.data.year)).not.toContain(2027);
  });
});
