import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import type { IsoDate } from '../calendar/index.ts';
import { readConfig } from '../config/index.ts';
import { REGISTER_COLUMNS, registerTemplateCsv } from '../registers/index.ts';
import { openStore } from '../store/index.ts';
import { registerRegistersCommands } from './registers.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-registers-'));
const db = join(dir, 'registers.db');
const config = readConfig({}, dir);

function run(...argv: string[]) {
  return runCli(
    (program) =>
      registerRegistersCommands(program, { config: () => config, today: () => '2025-06-30' as IsoDate }),
    argv,
  );
}

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('gongkai registers (SQLite file)', () => {
  beforeAll(async () => {
    const store = await openStore({ kind: 'sqlite', file: db });
    await store.db
      .insertInto('agencies')
      .values({ id: 'county', name: '某县医疗保障局', created_at: new Date().toISOString() })
      .execute();
    await store.close();
  });

  it('template -o FILE.xlsx writes a workbook that is refused until filled in', async () => {
    const xlsx = join(dir, 'documents.xlsx');
    const written = await run('registers', 'template', 'documents', '-o', xlsx);
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const imported = await run('registers', 'import', 'documents', xlsx, '--db', db);
    expect(imported).toMatchObject({ code: 2, out: '' });
    expect(imported.err).toContain('第1行 只有列名，没有记录');
  });

  it('template --format csv writes the header with a BOM', async () => {
    const csv = join(dir, 'fees.txt');
    expect((await run('registers', 'template', 'fees', '--format', 'csv', '-o', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe('\uFEFF收费项目,期间,金额（元）\r\n');
  });

  it('import: every bad row as 第N行 列名：原因, exit 2, nothing imported', async () => {
    const bad = file(
      'bad.csv',
      '类别,期间,数量,来源\n行政许可,2024-01,3,平台\n行政审批,2024-01,3,平台\n行政处罚,2024-02,-2,平台\n行政许可,2024-01,1,平台\n',
    );
    const result = await run('registers', 'import', 'decisions', bad, '--db', db);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      '第3行 类别：“行政审批”不是可选的值，可填：行政许可、行政处罚、行政强制、其他对外管理服务事项',
      '第4行 数量：数量不能为负数，收到：-2',
      '第5行 期间：行政许可2024年1月的数量与第2行重复',
      '错误：共3处错误，未导入任何记录',
      '',
    ]);
    const list = await run('registers', 'list', 'decisions', '--db', db, '--json');
    expect(JSON.parse(list.out)).toEqual([]);
  });

  it('import: rows dated after today are refused with the others, nothing imported', async () => {
    const future = file(
      'future.csv',
      '编号,类别,名称,文号,印发日期,废止日期\nG1,规章,甲规定,甲令第1号,2025-06-30,\nG2,规章,乙规定,乙令第2号,2099-01-01,\n',
    );
    const result = await run('registers', 'import', 'documents', future, '--db', db);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toEqual([
      '第3行 印发日期：印发日期 2099-01-01 晚于今天（2025-06-30），不能登记尚未发生的事项',
      '错误：共1处错误，未导入任何记录',
      '',
    ]);
    expect(JSON.parse((await run('registers', 'list', 'documents', '--db', db, '--json')).out)).toEqual([]);
  });

  it('import, list, table2 and table4 of a year', async () => {
    const cases = file(
      'cases.csv',
      '编号,类别,提起日期,审结日期,结果\nF1,行政复议,2023-12-01,2024-02-01,维持\nF2,行政复议,2024-03-01,,\n',
    );
    expect((await run('registers', 'import', 'cases', cases, '--db', db, '--agency', 'county')).code).toBe(0);
    const listed = await run('registers', 'list', 'cases', '--db', db, '--year', '2024');
    expect(listed.out).toContain('某县医疗保障局 行政复议、行政诉讼案件登记簿（2024年度）：2条');
    expect(listed.out).toMatch(/F1\s+行政复议\s+2023-12-01\s+2024-02-01\s+维持/);

    const t4 = await run('registers', 'table4', '--year', '2024', '--db', db, '--json');
    expect(JSON.parse(t4.out).reconsideration).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 1,
      total: 2,
    });
    const t4text = await run('registers', 'table4', '--year', '2024', '--db', db);
    expect(t4text.out).toMatch(/行政复议\s+1\s+0\s+0\s+1\s+2/);

    const examples = REGISTER_COLUMNS.documents.map((c) => c.example).join(',');
    const documents = file('documents.csv', `${registerTemplateCsv('documents')}${examples}\r\n`);
    expect((await run('registers', 'import', 'documents', documents, '--db', db)).code).toBe(0);
    const t2 = await run('registers', 'table2', '--year', '2024', '--db', db, '--json');
    expect(JSON.parse(t2.out).normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    const t2text = await run('registers', 'table2', '--year', '2020', '--db', db);
    expect(t2text.out).toMatch(/第二十条第（九）项 政府集中采购\s+采购项目数量 —；采购总金额 —/);
    expect(t2text.out).toContain('登记簿不记录此项');
  });

  it('usage errors in Chinese, exit 2, no stack trace', async () => {
    const cases = [
      [
        ['registers', 'list', 'contracts', '--db', db],
        '错误：没有“contracts”这个登记簿，可选：documents、decisions、fees、cases',
      ],
      [['registers', 'import', 'cases', join(dir, 'missing.csv'), '--db', db], '错误：找不到文件'],
      [['registers', 'table2', '--year', '19', '--db', db], '错误：年度应为 2019 年以后的四位年份'],
      [['registers', 'table4', '--year', '2026', '--db', db], '错误：2026年度尚未开始（今天是2025-06-30）'],
      [['registers', 'list', 'cases', '--db', join(dir, 'typo.db')], '错误：数据库文件不存在'],
      [['registers', 'template', 'fees', '-o', dir], '是一个目录，请指定文件名'],
      [['registers', 'list', 'cases', '--db', db, '--agency', 'x'], '错误：数据库中没有编号为“x”的机关'],
      [
        ['registers', 'import', 'cases', file('bin.csv', new Uint8Array([0, 1, 2, 3])), '--db', db],
        '错误：文件不是文本格式的 CSV',
      ],
    ] as const;
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toContain(message);
      expect(result.err).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
