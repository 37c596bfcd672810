import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentNumber, parseAgencyDetails } from './agency-details.ts';
import { composeNotice } from './compose.ts';
import { AgencyDetailsError, NoticeTemplateError } from './errors.ts';
import { noticeModel } from './model.ts';
import {
  BUILTIN_TEMPLATE_DIR,
  loadAgencyDetails,
  loadNoticeTemplates,
  type NoticeFiles,
} from './template-loader.ts';
import { TEMPLATE_NAMES, templateErrors } from './template-set.ts';
import { AGENCY, calendar, logFor, stateOf } from './test-kit.ts';

/** The real built-in directory plus an in-memory notice directory. */
function files(notices: Record<string, string>): NoticeFiles {
  return {
    readFile: async (path) =>
      path.startsWith('/notices/') ? notices[path] : readFile(path, 'utf8').catch(() => undefined),
    list: async (dir) => {
      if (!dir.startsWith('/notices')) return (await import('node:fs/promises')).readdir(dir);
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return Object.keys(notices)
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length));
    },
  };
}

const dirs = { noticeDir: '/notices', agencyId: 'agency-1' };
const withheld = stateOf(logFor('withheld.processInfo'));

async function replyText(notices: Record<string, string>) {
  const { value: templates, warnings } = await loadNoticeTemplates(dirs, files(notices));
  const n = composeNotice(noticeModel(withheld, 'reply', AGENCY, { calendar, serial: 3 }), templates);
  return { n, warnings, text: [n.title, n.salutation, ...n.body].join('\n') };
}

describe('template layers', () => {
  it('the built-in templates cover every notice and all parse', async () => {
    const { value } = await loadNoticeTemplates(dirs, files({}));
    const builtin = value.layers[2]!;
    expect(builtin.files.has('reply.withheld')).toBe(true);
    expect([...builtin.files.keys()].every((n) => TEMPLATE_NAMES.includes(n))).toBe(true);
    expect(templateErrors(value)).toEqual([]);
  });

  it("an agency's own template changes the wording, for every reason it covers", async () => {
    const own =
      '不予公开告知书\n\n{{applicant.name}}：\n\n经研究，{{decision.reason}}，依据{{decision.basis}}，不予公开。';
    const { n, text } = await replyText({ '/notices/agency-1/reply.withheld.md': own });
    expect(n.title).toBe('不予公开告知书');
    expect(text).toContain('经研究，所申请公开的信息属于行政机关在履行行政管理职能过程中形成的');
    expect(text).toContain(
      '依据《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第三项，不予公开。',
    );
    expect(n.template).toBe('/notices/agency-1/reply.withheld.md');
  });

  it('the agency layer wins over the all-agencies layer, which wins over the built-in one', async () => {
    const shared = '共用标题\n\n{{applicant.name}}：\n\n共用正文。';
    expect((await replyText({ '/notices/reply.md': shared })).n.title).toBe('共用标题');
    const both = {
      '/notices/reply.md': shared,
      '/notices/agency-1/reply.withheld.processInfo.md': '本机关标题\n\n甲：\n\n乙',
    };
    expect((await replyText(both)).n.title).toBe('本机关标题');
  });

  it('a bad placeholder in an agency template is an error naming the file, the line and the placeholder', async () => {
    const bad = '不予公开告知书\n\n{{applicant.name}}：\n\n{{applicant.nmae}}';
    const error = await replyText({ '/notices/agency-1/reply.withheld.md': bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoticeTemplateError);
    expect((error as Error).message).toMatch(
      /^告知书模板 \/notices\/agency-1\/reply\.withheld\.md 第5行：未知的占位符 \{\{applicant\.nmae\}\}；applicant 下可用的有：applicant\.name/,
    );
  });

  it('a file whose name is no template is reported, not silently used', async () => {
    const { warnings } = await replyText({
      '/notices/agency-1/reply.witheld.md': 'x',
      '/notices/agency-1/README.md': 'x',
    });
    expect(warnings).toEqual([
      '忽略无法识别的模板文件 /notices/agency-1/reply.witheld.md：文件名不是任何告知书的模板名（可用的文件名见 src/notices/README.md）',
    ]);
  });

  it('an agency id that would leave the notice directory is refused', async () => {
    await expect(
      loadNoticeTemplates({ noticeDir: '/notices', agencyId: '../etc' }, files({})),
    ).rejects.toThrow(AgencyDetailsError);
  });

  it('the built-in directory is the templates folder beside the code', () => {
    expect(join(BUILTIN_TEMPLATE_DIR, 'fee.md')).toMatch(/src\/notices\/templates\/fee\.md$/);
  });
});

describe('agency.json', () => {
  it('is read and its name replaces the store name', async () => {
    const json = JSON.stringify({
      name: '示例县医疗保障局',
      court: '示例市示例区人民法院',
      documentNumber: '示医保〔{year}〕{serial}号',
    });
    const { value, warnings } = await loadAgencyDetails(
      { ...dirs, storeName: '示例县医保局' },
      files({ '/notices/agency-1/agency.json': json }),
    );
    expect(value).toEqual({
      name: '示例县医疗保障局',
      court: '示例市示例区人民法院',
      documentNumber: '示医保〔{year}〕{serial}号',
    });
    expect(warnings).toEqual([]);
    expect(documentNumber(value, 'reply', '2025', '8')).toBe('示医保〔2025〕8号');
  });

  it('absent: the store name, and a warning saying what the notices print', async () => {
    const { value, warnings } = await loadAgencyDetails({ ...dirs, storeName: '示例县医保局' }, files({}));
    expect(value).toEqual({ name: '示例县医保局' });
    expect(warnings[0]).toContain(
      '没有机关信息文件 /notices/agency-1/agency.json：落款使用数据库中的机关名称“示例县医保局”',
    );
  });

  it('per-kind number formats', () => {
    const details = parseAgencyDetails(
      JSON.stringify({
        documentNumber: '示医保公开〔{year}〕{serial}号',
        documentNumberByKind: { fee: '示医保收〔{year}〕{serial}号' },
      }),
      'agency.json',
    );
    expect(documentNumber(details, 'fee', '2025', '2')).toBe('示医保收〔2025〕2号');
    expect(documentNumber(details, 'reply', '2025', '2')).toBe('示医保公开〔2025〕2号');
  });

  it.each([
    ['{"name": "某局",', '不是有效的 JSON'],
    ['[]', '文件内容：应为 JSON 对象'],
    ['{"court": 5}', 'court（人民法院）：应为文本'],
    ['{"reviewBody": "某县人民政府"}', '未知的字段 reviewBody；可用的字段：name、sealNote'],
    ['{"phone": " "}', 'phone（联系电话）：不能为空字符串'],
    ['{"documentNumber": "〔{yr}〕{serial}号"}', '只能使用 {year}（年份）和 {serial}（序号）'],
    ['{"documentNumberByKind": {"answer": "x"}}', '告知书种类应为 receipt、reply、supplement'],
  ])('rejects %s with a Chinese message naming the file', (json, message) => {
    expect(() => parseAgencyDetails(json, '/notices/agency-1/agency.json')).toThrow(AgencyDetailsError);
    expect(() => parseAgencyDetails(json, '/notices/agency-1/agency.json')).toThrow(
      /^机关信息文件 \/notices\/agency-1\/agency\.json /,
    );
    expect(() => parseAgencyDetails(json, '/notices/agency-1/agency.json')).toThrow(message);
  });
});
