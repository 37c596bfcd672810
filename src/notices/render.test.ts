// Golden files: the normalised text of the HTML and of word/document.xml of each notice must be
// the same, and equal to the reviewed text in __golden__/ (regenerate with `npx vitest run
// src/notices -u`, then read every changed line).

import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyId, generateDemoYear } from '../cases/index.ts';
import { composeNotice } from './compose.ts';
import { renderNoticeDocx } from './docx.render.ts';
import { renderNoticeHtml } from './html.render.ts';
import { availableNotices, type NoticeKind } from './kinds.ts';
import { noticeModel } from './model.ts';
import { renderNotice } from './render-notice.ts';
import { loadNoticeTemplates } from './template-loader.ts';
import type { NoticeTemplates } from './template-set.ts';
import {
  AGENCY,
  calendar,
  coProducerLog,
  delayedLog,
  docxText,
  extensionLog,
  htmlText,
  logFor,
  OUTCOMES,
  overruledLog,
  receiptLog,
  stateOf,
} from './test-kit.ts';

let templates: NoticeTemplates;
beforeAll(async () => {
  templates = (await loadNoticeTemplates({ noticeDir: '/nonexistent', agencyId: 'demo-agency' })).value;
});

const CASES: [string, () => ReturnType<typeof logFor>, NoticeKind][] = [
  ...OUTCOMES.map((o): [string, () => ReturnType<typeof logFor>, NoticeKind] => [
    `reply.${o}`,
    () => logFor(o),
    'reply',
  ]),
  ['receipt', receiptLog, 'receipt'],
  ['supplement', () => logFor('otherHandling.noSupplement'), 'supplement'],
  ['extension', extensionLog, 'extension'],
  ['fee', () => logFor('otherHandling.feeUnpaid'), 'fee'],
  ['consultationThirdParty', () => logFor('withheld.thirdPartyRights'), 'consultationThirdParty'],
  ['consultationCoProducer', coProducerLog, 'consultationCoProducer'],
  ['consultationApplicant', () => logFor('withheld.thirdPartyRights'), 'consultationApplicant'],
  ['thirdPartyDisclosure', overruledLog, 'thirdPartyDisclosure'],
  ['reasonsRequest', () => logFor('notProcessed.massRepeated'), 'reasonsRequest'],
  ['delayedReply', delayedLog, 'delayedReply'],
];

describe('golden notices: HTML and DOCX say the same, as reviewed', () => {
  it.each(CASES)('%s', async (name, log, kind) => {
    const options = { agencyDetails: AGENCY, templates, calendar, serial: 12 };
    const html = await renderNotice(stateOf(log()), kind, 'html', options);
    const docx = await renderNotice(stateOf(log()), kind, 'docx', options);
    const text = htmlText(html.content as string);
    expect(await docxText(docx.content as Buffer)).toBe(text);
    await expect(`${text}\n`).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });
});

describe('the DOCX layout (GB/T 9704-2012)', () => {
  let xml: Record<string, string>;
  beforeAll(async () => {
    const n = composeNotice(
      noticeModel(stateOf(logFor('withheld.stateSecret')), 'reply', AGENCY, { calendar }),
      templates,
    );
    const zip = await JSZip.loadAsync(await renderNoticeDocx(n));
    xml = {};
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/fontTable.xml'])
      xml[part] = await zip.file(part)!.async('string');
  });

  it('A4 with the official margins', () => {
    expect(xml['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml['word/document.xml']).toMatch(
      /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/,
    );
  });

  it('title in 方正小标宋简体 二号, body 仿宋_GB2312 三号 at a fixed 29pt line', () => {
    expect(xml['word/document.xml']).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>.*?<w:sz w:val="44"\/>/s);
    expect(xml['word/styles.xml']).toMatch(/w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/s);
    expect(xml['word/styles.xml']).toContain('w:line="580" w:lineRule="exact"');
    expect(xml['word/fontTable.xml']).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/>',
    );
  });

  it('the date four characters from the right, the issuer centred over it, the salutation flush left', () => {
    const paragraphs = [...xml['word/document.xml']!.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1]!);
    const date = paragraphs.find((p) => p.includes('2025年3月21日'))!;
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toContain('<w:ind w:right="1280"/>');
    // '示例县医疗保障局（盖章）' is 12 characters wide, the date 6.5 (digits are half width):
    // 4 + (6.5 − 12) / 2 = 1.25 characters = 400 twips.
    const issuer = paragraphs.find((p) => p.includes('示例县医疗保障局（盖章）'))!;
    expect(issuer).toContain('<w:ind w:right="400"/>');
    const salutation = paragraphs.find((p) => p.includes('王芳：'))!;
    expect(salutation).not.toContain('w:firstLine');
    expect(paragraphs.find((p) => p.includes('现答复如下'))).toContain('w:firstLine="640"');
  });
});

describe('the HTML page', () => {
  it('is Chinese, semantic and escapes every text', () => {
    const log = logFor('granted');
    const first = log[0] as Extract<(typeof log)[number], { type: 'received' }>;
    const odd = [{ ...first, applicant: { ...first.applicant, name: '<b>王&芳</b>' } }, ...log.slice(1)];
    const n = composeNotice(noticeModel(stateOf(odd), 'reply', AGENCY, { calendar }), templates);
    const html = renderNoticeHtml(n);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<p class="salutation">&lt;b&gt;王&amp;芳&lt;/b&gt;：</p>');
    expect(html).toContain('<time datetime="2025-03-21">2025年3月21日</time>');
    expect(html).toMatch(/<header>\n<h1>政府信息公开申请答复书<\/h1>/);
    expect(html).not.toContain('<b>王');
  });
});

describe('every notice of a demo year', () => {
  it('composes and renders, whatever the handling', () => {
    const demo = generateDemoYear(3, 2025, agencyId('demo-agency'), calendar);
    let count = 0;
    for (const log of demo.logs) {
      const state = stateOf(log);
      for (const a of availableNotices(state)) {
        const model = noticeModel(state, a.kind, AGENCY, {
          calendar,
          serial: 1,
          consultation: a.consultation,
        });
        const html = renderNoticeHtml(composeNotice(model, templates));
        expect(html).not.toMatch(/\{\{|undefined|null|NaN/);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(demo.logs.length);
  });
});
