import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import type { IsoDate } from '../calendar/index.ts';
import { databaseTarget, readConfig } from '../config/index.ts';
import { calendar, coProducerLog, delayedLog, docxText, htmlText, logFor } from '../notices/test-kit.ts';
import { ApplicationRepository, ApplicationService, openStore, replayLog } from '../store/index.ts';
import { registerNoticeCommand } from './notice.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-notice-'));
const db = join(dir, 'notices.db');
const noticeDir = join(dir, 'notices');
const cfg = readConfig({ GONGKAI_NOTICE_DIR: noticeDir }, dir);

function run(...argv: string[]) {
  return runCli(
    (program) => {
      const cases = program.command('cases');
      registerNoticeCommand(cases, {
        config: () => cfg,
        calendar: () => calendar,
        today: () => '2025-12-31' as IsoDate,
      });
    },
    ['cases', 'notice', ...argv],
  );
}

beforeAll(async () => {
  const store = await openStore(databaseTarget(cfg, db));
  const repo = new ApplicationRepository(store.db, store.dialect);
  await repo.addAgency('demo-agency', '示例县医疗保障局', new Date().toISOString());
  let today = '2025-01-01' as IsoDate;
  const service = new ApplicationService(repo, { clock: { today: () => today }, calendar });
  for (const log of [
    logFor('withheld.processInfo'),
    logFor('otherHandling.feeUnpaid'),
    coProducerLog(),
    delayedLog(),
  ]) {
    await replayLog(service, log, (at) => {
      today = at;
    });
  }
  await store.close();
  mkdirSync(join(noticeDir, 'demo-agency'), { recursive: true });
  writeFileSync(
    join(noticeDir, 'demo-agency', 'agency.json'),
    JSON.stringify({ reconsiderationBody: '示例县人民政府', court: '示例县人民法院', phone: '0000-1234567' }),
  );
}, 60_000);

describe('gongkai cases notice', () => {
  it('--list shows the notices the application can have', async () => {
    const { code, out } = await run('app-otherHandling.feeUnpaid', '--list', '--db', db);
    expect(code).toBe(0);
    expect(out).toContain('申请 app-otherHandling.feeUnpaid 可以生成的告知书：');
    expect(out).toMatch(/receipt\s+收到申请回执 {2}2025-03-03/);
    expect(out).toMatch(/fee\s+收费通知书 {2}2025-03-10/);
    expect(out).toMatch(/reply\s+答复告知书 {2}2025-04-09/);
    const co = await run('app-co', '--list', '--db', db);
    expect(co.out).toContain('示例县卫生健康委员会（--consultation c1）');
  });

  it('writes a DOCX by default, with the agency details of agency.json', async () => {
    const file = join(dir, 'out', 'reply.docx');
    const { code, out, err } = await run(
      'app-withheld.processInfo',
      '--kind',
      'reply',
      '-o',
      file,
      '--db',
      db,
      '--number',
      '5',
    );
    expect(code).toBe(0);
    expect(out).toBe(`已生成政府信息公开申请答复书（答复告知书）：${file}\n`);
    expect(err).toBe('');
    const text = await docxText(readFileSync(file));
    expect(text).toContain('〔2025〕第5号');
    expect(text).toContain('第十六条第二款、第三十六条第三项');
    expect(text).toContain('向示例县人民政府申请行政复议');
    expect(text).toContain('示例县医疗保障局（盖章）');
  });

  it('the receipt and the Article 35 notices of a stored application', async () => {
    const receipt = join(dir, 'receipt.html');
    expect((await run('app-delayed', '--kind', 'receipt', '-o', receipt, '--db', db)).code).toBe(0);
    const text = htmlText(readFileSync(receipt, 'utf8'));
    expect(text).toContain('申请编号为app-delayed');
    expect(text).toContain('认定依据：当面提交，以提交之日为收到申请之日');
    expect(text).toContain('即于2025年3月31日前作出答复');
    const delayed = join(dir, 'delayed.docx');
    const { code, out } = await run('app-delayed', '--kind', 'delayedReply', '-o', delayed, '--db', db);
    expect(code).toBe(0);
    expect(out).toBe(`已生成政府信息公开申请延迟答复告知书（延迟答复告知书）：${delayed}\n`);
    expect(await docxText(readFileSync(delayed))).toContain('将于2025年5月16日前作出答复');
    const list = await run('app-delayed', '--list', '--db', db);
    expect(list.out).toMatch(/reasonsRequest\s+说明理由告知书 {2}2025-03-05/);
  });

  it('writes HTML for an .html file; warnings go to stderr', async () => {
    const file = join(dir, 'fee.html');
    const { code, err } = await run('app-otherHandling.feeUnpaid', '--kind', 'fee', '-o', file, '--db', db);
    expect(code).toBe(0);
    expect(err).toContain('提示：未指定文书序号');
    const text = htmlText(readFileSync(file, 'utf8'));
    expect(text).toContain('应缴金额1,100.00元（人民币壹仟壹佰元整）');
    expect(text).toContain('请于2025年4月8日前缴纳上述费用');
  });

  it('an agency template in GONGKAI_NOTICE_DIR changes the wording', async () => {
    writeFileSync(
      join(noticeDir, 'demo-agency', 'fee.md'),
      '收费通知\n\n{{applicant.name}}：\n\n请缴纳{{fee.amount}}。',
    );
    const file = join(dir, 'fee-own.html');
    const { code } = await run('app-otherHandling.feeUnpaid', '--kind', 'fee', '-o', file, '--db', db);
    expect(code).toBe(0);
    expect(htmlText(readFileSync(file, 'utf8'))).toContain(
      '收费通知\n〔2025〕第\u3000\u3000号\n王芳：\n请缴纳1,100.00元。',
    );
  });

  it.each([
    [
      ['app-withheld.processInfo', '--kind', 'fee', '-o', 'x.docx'],
      '不能生成收费通知书（fee）：该申请没有收费通知记录。可以生成的告知书：receipt（收到申请回执）、reply（答复告知书）',
    ],
    [['nope', '--list'], '没有编号为“nope”的申请'],
    [['   ', '--list'], '申请编号不能为空'],
    [['app-co', '--kind', 'answer', '-o', 'x.docx'], '告知书种类“answer”不存在'],
    [['app-co', '--kind', 'reply'], '请用 -o 指定输出文件'],
    [['app-co'], '请用 --kind 指定告知书种类，或用 --list'],
    [['app-co', '--kind', 'reply', '-o', 'x.pdf', '--format', 'pdf'], '输出格式“pdf”不支持'],
    [['app-co', '--kind', 'reply', '-o', 'x.docx', '--number', '0'], '文号序号应为 1 至 999999 的正整数'],
    [['app-co', '--kind', 'reply', '-o', tmpdir()], '是一个目录，请指定文件名'],
  ])('%j: a Chinese error, exit 2', async (argv, message) => {
    const { code, out, err } = await run(...argv, '--db', db);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`错误：`);
    expect(err).toContain(message);
  });

  it('a bad placeholder in an agency template names the file and the line', async () => {
    writeFileSync(
      join(noticeDir, 'demo-agency', 'reply.md'),
      '答复\n\n{{applicant.name}}：\n\n{{reply.reason}}',
    );
    const { code, err } = await run('app-co', '--kind', 'reply', '-o', join(dir, 'x.docx'), '--db', db);
    expect(code).toBe(2);
    expect(err).toContain(
      `告知书模板 ${join(noticeDir, 'demo-agency', 'reply.md')} 第5行：未知的占位符 {{reply.reason}}`,
    );
  });
});
