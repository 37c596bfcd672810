import { beforeAll, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import { fixedClock } from '../cases/index.ts';
import {
  REGISTER_COLUMNS,
  type RegisterKind,
  registerTemplateCsv,
  registerTemplateXlsx,
  table2For,
  table4For,
} from '../registers/index.ts';
import { NotFoundError } from './errors.ts';
import { RegisterRepository } from './register.repository.ts';
import { RegisterService } from './register.service.ts';
import { demoRegisters, seedDemoRegisters } from './register-demo.ts';
import type { Store } from './store.ts';
import { describeEachDatabase } from './test-databases.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const GOOD_DOCUMENTS = utf8(
  [
    '编号,类别,名称,文号,印发日期,废止日期',
    'R1,规章,甲规定,甲令第1号,2020-05-01,2023-06-30',
    'R2,规章,乙规定,乙令第2号,2023-02-01,',
    'N1,行政规范性文件,丙通知,丙发〔2019〕1号,2019-03-01,',
    'N2,行政规范性文件,丁通知,丁发〔2022〕2号,2022-01-01,2023-12-31',
    'N3,行政规范性文件,戊通知,戊发〔2023〕3号,2023-04-01,',
  ].join('\r\n'),
);

/** Wrong types, an unknown category, a duplicate id, a negative count: every row reported. */
const BAD_DECISIONS = utf8(
  [
    '类别,期间,数量,来源',
    '行政许可,2023-01,3,平台', // fine
    '行政审批,2023-02,3,平台', // unknown category
    '行政处罚,2023-02,-1,平台', // negative count
    '行政处罚,2023-03,三,平台', // not a number
    '行政强制,二〇二三年,1,平台', // not a period
    '行政许可,2023-01,4,平台', // duplicate of line 2
  ].join('\n'),
);

const CASES = utf8(
  [
    '编号,类别,提起日期,审结日期,结果,备注',
    'F1,行政复议,2022-11-01,2023-02-01,维持,上年提起、本年审结',
    'F2,行政复议,2023-03-01,,,尚未审结',
    'S1,行政诉讼（直接起诉）,2023-05-01,2023-09-01,纠正,',
    'S2,行政诉讼（复议后起诉）,2023-12-30,2024-02-01,其他,年末尚未审结',
  ].join('\n'),
);

describeEachDatabase('registers', (store: () => Store) => {
  const service = (today = '2025-06-30') =>
    new RegisterService(new RegisterRepository(store().db, store().dialect), fixedClock(today as IsoDate));
  const repo = () => new RegisterRepository(store().db, store().dialect);
  const counts = async (agency: string) =>
    Object.fromEntries(
      await Promise.all(
        (['documents', 'decisions', 'fees', 'cases'] as RegisterKind[]).map(async (k) => [
          k,
          await repo().count(k, agency),
        ]),
      ),
    );

  beforeAll(async () => {
    const at = new Date().toISOString();
    for (const id of ['a1', 'a2', 'a3', 'a4', 'demo'])
      await store()
        .db.insertInto('agencies')
        .values({ id, name: `机关${id}`, created_at: at })
        .execute();
  });

  it('imports a good file and computes table 2 from it', async () => {
    expect(await service().importRecords('a1', 'documents', GOOD_DOCUMENTS, 'csv')).toEqual({ imported: 5 });
    const t = await service().table2('a1', 2023);
    expect(t.rules).toEqual({ issued: 1, repealed: 1, inForce: 1 });
    expect(t.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 2 });
    // In force or repealed in 2023, by date of issue.
    expect((await service().list('a1', 'documents', 2023)).map((d) => d.id)).toEqual([
      'N1',
      'R1',
      'N2',
      'R2',
      'N3',
    ]);
  });

  it('reports every bad row and imports nothing', async () => {
    const before = await counts('a1');
    const result = await service().importRecords('a1', 'decisions', BAD_DECISIONS, 'csv');
    expect('errors' in result && result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, '类别'],
      [4, '数量'],
      [5, '数量'],
      [6, '期间'],
      [7, '期间'],
    ]);
    expect(await counts('a1')).toEqual(before);
  });

  it('reports ids already in the database as row errors, and writes none of the file', async () => {
    const again = utf8(
      '编号,类别,名称,文号,印发日期\nN9,规章,新,新1号,2023-01-01\nR2,规章,重,重2号,2023-01-01\n',
    );
    const before = await counts('a1');
    expect(await service().importRecords('a1', 'documents', again, 'csv')).toEqual({
      errors: [{ line: 3, column: '编号', message: '编号“R2”已登记，不能重复登记' }],
    });
    expect(await counts('a1')).toEqual(before);
    // The same ids belong to another agency without conflict.
    expect(await service().importRecords('a2', 'documents', again, 'csv')).toEqual({ imported: 2 });
  });

  it('refuses months where the database holds the yearly total', async () => {
    const yearly = utf8('类别,期间,数量,来源\n行政处罚,2023,30,省行政执法信息平台\n');
    expect(await service().importRecords('a2', 'decisions', yearly, 'csv')).toEqual({ imported: 1 });
    const months = utf8('类别,期间,数量,来源\n行政许可,2023-05,2,平台\n行政处罚,2023-05,2,平台\n');
    const result = await service().importRecords('a2', 'decisions', months, 'csv');
    expect('errors' in result && result.errors).toEqual([
      {
        line: 3,
        column: '期间',
        message:
          '行政处罚2023年的月度数量与全年合计（数据库中已有）会重复计数：同一年只能登记一种，请删去全年合计或月度数量',
      },
    ]);
    expect(await repo().count('decisions', 'a2')).toBe(1);
  });

  it('computes table 4 from imported cases', async () => {
    expect(await service().importRecords('a1', 'cases', CASES, 'csv')).toEqual({ imported: 4 });
    expect(await service().table4('a1', 2023)).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
    expect((await service().table4('a1', 2024)).litigationAfterReconsideration).toMatchObject({
      other: 1,
      pending: 0,
    });
  });

  it('keeps fees exact in 分, beyond 2^31 and through PostgreSQL bigint', async () => {
    const fees = utf8(
      '收费项目,期间,金额（元）\n工本费,2023-01,0.1\n工本费,2023-02,0.2\n查询费,2023,1234567.89\n大额,2023,90000000000.01\n',
    );
    expect(await service().importRecords('a3', 'fees', fees, 'csv')).toEqual({ imported: 4 });
    expect((await service().list('a3', 'fees')).map((f) => f.amountFen).sort((a, b) => a - b)).toEqual([
      10, 20, 123_456_789, 9_000_000_000_001,
    ]);
    // 10 + 20 + 123,456,789 + 9,000,000,000,001 分 = 9,000,123,456,820 分
    expect((await service().table2('a3', 2023)).fees).toEqual({ amountWan: 9000123.45682 });
  });

  it('refuses the downloadable template unfilled, and imports it filled in', async () => {
    const xlsx = await registerTemplateXlsx('cases');
    expect(await service().importRecords('a3', 'cases', xlsx, 'xlsx')).toEqual({
      errors: [{ line: 1, message: '只有列名，没有记录' }],
    });
    expect(await service().list('a3', 'cases')).toEqual([]);
    const filled = `${registerTemplateCsv('cases')}${REGISTER_COLUMNS.cases.map((c) => c.example).join(',')}\r\n`;
    expect(await service().importRecords('a3', 'cases', new TextEncoder().encode(filled), 'csv')).toEqual({
      imported: 1,
    });
    expect(await service().list('a3', 'cases')).toEqual([
      {
        id: 'FY-2024-01',
        kind: 'reconsideration',
        filedOn: '2024-05-06',
        concludedOn: '2024-07-01',
        result: 'upheld',
        note: '申请公开某文件，答复不予公开',
      },
    ]);
  });

  it('creates, updates and deletes single records, validated', async () => {
    const s = service();
    const pending = { id: 'X1', kind: 'reconsideration' as const, filedOn: '2023-01-05', note: '' };
    expect(await s.create('a3', 'cases', pending)).toEqual({ saved: pending });
    expect(await s.create('a3', 'cases', pending)).toEqual({
      issues: [{ field: 'id', message: '编号“X1”已登记，不能重复登记' }],
    });
    expect(await s.update('a3', 'cases', 'X1', { ...pending, result: 'upheld' })).toEqual({
      issues: [{ field: 'result', message: '尚未审结的案件不能填写结果：请填写审结日期，或清空结果' }],
    });
    const concluded = { ...pending, concludedOn: '2023-03-01', result: 'corrected' as const };
    expect(await s.update('a3', 'cases', 'X1', concluded)).toEqual({ saved: concluded });
    expect((await s.table4('a3', 2023)).reconsideration.corrected).toBe(1);
    expect(await s.delete('a3', 'cases', 'X1')).toBe(true);
    expect(await s.delete('a3', 'cases', 'X1')).toBe(false);
    await expect(s.update('a3', 'cases', 'X1', concluded)).rejects.toThrow(NotFoundError);

    const count = { category: 'licensing' as const, period: '2023-07', count: 4, source: '平台' };
    expect(await s.create('a3', 'decisions', count)).toEqual({ saved: count });
    expect(await s.update('a3', 'decisions', 'licensing/2023-07', { ...count, count: 6 })).toEqual({
      saved: { ...count, count: 6 },
    });
    expect((await s.table2('a3', 2023)).licensing).toEqual({ decisions: 6 });
    expect(await s.delete('a3', 'decisions', 'licensing/2023-07')).toBe(true);
  });

  it('two imports of the same file at once: one writes, the other reports the ids as taken', async () => {
    const file = utf8('编号,类别,提起日期\nP1,行政复议,2023-01-01\nP2,行政复议,2023-02-01\n');
    const results = await Promise.all([1, 2].map(() => service().importRecords('a2', 'cases', file, 'csv')));
    expect(results.filter((r) => 'imported' in r)).toEqual([{ imported: 2 }]);
    expect(results.filter((r) => 'errors' in r).flatMap((r) => ('errors' in r ? r.errors : [])).length).toBe(
      2,
    );
    expect(await repo().count('cases', 'a2')).toBe(2);
  });

  it('refuses records dated after today, in a file and one by one, writing nothing', async () => {
    const s = service('2025-06-30');
    const file = utf8(
      [
        '编号,类别,提起日期,审结日期,结果,备注',
        'T1,行政复议,2025-06-30,,,今天提起',
        'T2,行政复议,2025-07-01,,,明天提起',
        'T3,行政复议,2025-01-01,2025-07-01,维持,明天审结',
      ].join('\n'),
    );
    const before = await repo().count('cases', 'a4');
    const result = await s.importRecords('a4', 'cases', file, 'csv');
    expect('errors' in result && result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, '提起日期'],
      [4, '审结日期'],
    ]);
    expect(await repo().count('cases', 'a4')).toBe(before);
    const fee = { item: '工本费', period: '2025-07', amountFen: 100 };
    expect(await s.create('a4', 'fees', fee)).toEqual({
      issues: [
        {
          field: 'period',
          message: '期间 2025-07 尚未开始（今天是2025-06-30），不能登记尚未发生的数量或金额',
        },
      ],
    });
    expect(await s.create('a4', 'fees', { ...fee, period: '2025-06' })).toEqual({
      saved: { ...fee, period: '2025-06' },
    });
    const yearly = { category: 'penalty' as const, period: '2026', count: 1, source: '平台' };
    expect('issues' in (await s.create('a4', 'decisions', yearly))).toBe(true);
    const doc = {
      id: 'D9',
      kind: 'rule' as const,
      title: '规定',
      documentNumber: '令第9号',
      issuedOn: '2099-01-01',
    };
    expect(await s.create('a4', 'documents', doc)).toEqual({
      issues: [
        { field: 'issuedOn', message: '印发日期 2099-01-01 晚于今天（2025-06-30），不能登记尚未发生的事项' },
      ],
    });
    // An expiry fixed in advance is not a future event: the 废止日期 may lie ahead.
    const expiring = { ...doc, issuedOn: '2025-01-01', repealedOn: '2027-12-31' };
    expect(await s.create('a4', 'documents', expiring)).toEqual({ saved: expiring });
  });

  it('refuses an unknown agency', async () => {
    await expect(service().importRecords('nobody', 'cases', CASES, 'csv')).rejects.toThrow(
      '数据库中没有编号为“nobody”的机关',
    );
  });

  it('seeds the demo registers, and the tables equal the core over the same records', async () => {
    const seeded = await seedDemoRegisters(service(), 'demo', 2024, 5);
    const demo = demoRegisters(2024, 5);
    expect(seeded).toEqual({
      documents: demo.documents.length,
      decisions: demo.decisions.length,
      fees: demo.fees.length,
      cases: demo.cases.length,
    });
    for (const year of [2023, 2024]) {
      expect(await service().table2('demo', year)).toEqual(table2For(demo, year));
      expect(await service().table4('demo', year)).toEqual(table4For(demo.cases, year));
    }
    const t4 = await service().table4('demo', 2024);
    for (const group of Object.values(t4)) expect(group.pending).toBeGreaterThan(0);
    expect(Object.values(t4).reduce((n, g) => n + g.upheld! + g.corrected! + g.other!, 0)).toBeGreaterThan(3);
  });
});
