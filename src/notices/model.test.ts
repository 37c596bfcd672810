import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../cases/index.ts';
import { composeNotice, type Notice } from './compose.ts';
import { NoticeUnavailableError } from './errors.ts';
import { availableNotices, type NoticeKind } from './kinds.ts';
import { type NoticeOptions, noticeModel } from './model.ts';
import { loadNoticeTemplates } from './template-loader.ts';
import type { NoticeTemplates } from './template-set.ts';
import {
  AGENCY,
  answer,
  calendar,
  coProducerLog,
  extensionLog,
  logFor,
  OUTCOMES,
  overruledLog,
  received,
  stateOf,
} from './test-kit.ts';

let templates: NoticeTemplates;
beforeAll(async () => {
  templates = (await loadNoticeTemplates({ noticeDir: '/nonexistent', agencyId: 'demo-agency' })).value;
});

function notice(log: ApplicationEvent[], kind: NoticeKind, options: Partial<NoticeOptions> = {}): Notice {
  return composeNotice(
    noticeModel(stateOf(log), kind, AGENCY, { calendar, serial: 12, ...options }),
    templates,
  );
}
const textOf = (n: Notice) => [n.title, n.salutation, ...n.body].join('\n');
const R = '《中华人民共和国政府信息公开条例》';

/** The articles each reply cites (legal-basis.ts) and a phrase of its decision. */
const REPLIES: Record<(typeof OUTCOMES)[number], [string, string]> = {
  granted: ['第三十六条第二项', '本机关决定予以公开'],
  partiallyGranted: ['第三十七条', '其余部分不予公开'],
  'withheld.stateSecret': ['第十四条、第三十六条第三项', '国家秘密'],
  'withheld.lawForbidden': ['第十四条、第三十六条第三项', '法律、行政法规禁止公开'],
  'withheld.threeSecurityOneStability': [
    '第十四条、第三十六条第三项',
    '国家安全、公共安全、经济安全、社会稳定',
  ],
  'withheld.thirdPartyRights': ['第十五条、第三十六条第三项', '第三方不同意公开'],
  'withheld.internalAffairs': ['第十六条第一款、第三十六条第三项', '内部事务信息'],
  'withheld.processInfo': ['第十六条第二款、第三十六条第三项', '过程性信息'],
  'withheld.enforcementFile': ['第十六条第二款、第三十六条第三项', '行政执法案卷信息'],
  'withheld.queryMatter': ['第三十六条第七项', '依照有关法律、行政法规的规定办理'],
  'unableToProvide.notHeld': ['第三十六条第四项', '该政府信息不存在'],
  'unableToProvide.needsCreation': ['第三十八条', '加工、分析'],
  'unableToProvide.unclearAfterSupplement': [
    '第二十九条第二款第二项、第三十条',
    '2025年3月12日收到补正后的申请',
  ],
  'notProcessed.complaint': ['第三十九条第一款', '不作为政府信息公开申请处理'],
  'notProcessed.duplicate': ['第三十六条第六项', '不予重复处理'],
  'notProcessed.publication': ['第三十九条第二款', '公开出版物'],
  'notProcessed.massRepeated': ['第三十五条', '不予处理'],
  'notProcessed.confirmation': ['第二条、第三十八条', '确认或者重新出具'],
  'otherHandling.noSupplement': ['第三十条', '视为放弃申请'],
  'otherHandling.feeUnpaid': ['第四十二条', '1,100.00元'],
  'otherHandling.other': ['第三十六条', '申请人已通过其他途径获得所需信息'],
  withdrawn: ['', '撤回该申请'],
};

describe('the reply notice of every table-3 disposition', () => {
  it.each(OUTCOMES)('%s: cites the right article, dates it the day of the outcome', (outcome) => {
    const [articles, phrase] = REPLIES[outcome];
    const n = notice(logFor(outcome), 'reply');
    const text = textOf(n);
    if (articles) expect(text).toContain(`根据${R}${articles}`);
    else expect(text).not.toContain(R);
    expect(text).toContain(phrase);
    expect(text).toContain('王芳：');
    expect(text).toContain('2025年3月3日收到您提出的政府信息公开申请');
    expect(text).toContain('“2024年度示例县医保基金收支情况”（文号：示医保发〔2024〕12号）');
    expect(n.documentNumber).toBe('示医保公开〔2025〕第12号');
    expect(n.signature).toMatchObject({ name: '示例县医疗保障局', sealNote: '（盖章）' });
    const state = stateOf(logFor(outcome));
    expect(n.signature.isoDate).toBe(state.closure!.on);
    // Remedies on every decision; none on a withdrawal, which decides nothing.
    const remedy =
      '60日内向示例县人民政府申请行政复议，或者自收到本答复书之日起6个月内向示例县人民法院提起行政诉讼';
    if (outcome === 'withdrawn') expect(text).not.toContain('行政复议');
    else expect(text).toContain(remedy);
    expect(n.notes).toEqual([
      '（联系人：李明；联系电话：0000-1234567；通信地址：示例县人民路1号；邮政编码：100000）',
    ]);
  });

  it('already disclosed information cites 第三十六条第一项 and says where it is', () => {
    const text = textOf(
      notice(logFor('granted'), 'reply', { publishedAt: '本机关门户网站“政府信息公开”专栏。' }),
    );
    expect(text).toContain(
      `${R}第三十六条第一项的规定，现告知您获取该政府信息的方式和途径：本机关门户网站“政府信息公开”专栏。`,
    );
  });

  it('information another agency must disclose cites 第三十六条第五项 and names it', () => {
    const text = textOf(
      notice(logFor('unableToProvide.notHeld'), 'reply', {
        responsibleAgency: '示例县卫生健康委员会',
        responsibleContact: '0000-7654321',
      }),
    );
    expect(text).toContain(`${R}第三十六条第五项`);
    expect(text).toContain('该信息由示例县卫生健康委员会负责公开（联系方式：0000-7654321）');
  });

  it('an organisation is addressed as 你单位', () => {
    const log = logFor('granted');
    const first = log[0] as Extract<ApplicationEvent, { type: 'received' }>;
    const org = [
      {
        ...first,
        applicant: { ...first.applicant, type: 'commercial' as const, name: '某某信息咨询有限公司' },
      },
      ...log.slice(1),
    ];
    expect(textOf(notice(org, 'reply'))).toContain('收到你单位提出的政府信息公开申请');
  });
});

describe('the procedural notices', () => {
  it('补正告知书: the items, the due date, 第三十条, dated the day of the request', () => {
    const n = notice(logFor('otherHandling.noSupplement'), 'supplement');
    const text = textOf(n);
    expect(n.title).toBe('政府信息公开申请补正告知书');
    expect(text).toContain(`${R}第三十条`);
    expect(n.body).toContain('（1）请明确所需信息的年度和范围');
    expect(n.body).toContain('（2）请提供身份证明复印件');
    expect(text).toContain('请于2025年3月19日前向本机关提交补正后的申请');
    expect(n.signature.date).toBe('2025年3月5日');
  });

  it('延期答复告知书: 第三十三条第二款, the original and the new due date', () => {
    const n = notice(extensionLog(), 'extension');
    const text = textOf(n);
    expect(text).toContain(`${R}第三十三条第二款`);
    // 20 working days after 2025-03-03 is 03-31; 15 more (清明 04-04 is a holiday) is 04-22.
    expect(text).toContain('本机关不能在2025年3月31日前作出答复');
    expect(text).toContain('答复期限延长15个工作日，本机关将于2025年4月22日前作出答复');
    expect(text).toContain('因所需信息需从档案室调取并逐页审核，');
    expect(n.signature.date).toBe('2025年3月25日');
  });

  it('收费通知书: amount in 元 and in words, the breakdown, the pay-by date, 第四十二条', () => {
    const n = notice(logFor('otherHandling.feeUnpaid'), 'fee');
    const text = textOf(n);
    expect(text).toContain(`${R}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`);
    expect(text).toContain('计费方式为按量计收（120页），应缴金额1,100.00元（人民币壹仟壹佰元整）');
    expect(n.body).toContain('（1）第31—100页：70页×10.00元/页＝700.00元');
    expect(n.body).toContain('（2）第101—200页：20页×20.00元/页＝400.00元');
    expect(text).toContain('请于2025年4月8日前缴纳上述费用');
    expect(text).toContain('缴费方式：通过示例县非税收入缴款系统缴纳（缴款码随本通知送达）。');
    expect(n.signature.date).toBe('2025年3月10日');
  });

  it('征求第三方意见书: to the third party, 第三十二条, 15 working days, without the applicant’s name', () => {
    const n = notice(logFor('withheld.thirdPartyRights'), 'consultationThirdParty');
    const text = textOf(n);
    expect(n.salutation).toBe('某某医药有限公司：');
    expect(text).toContain(`${R}第三十二条`);
    expect(text).toContain('自收到本意见书之日起15个工作日内');
    expect(text).not.toContain('王芳');
  });

  it('征求意见函 to a co-producing agency cites 第三十四条; the applicant is told the time is not counted', () => {
    const letter = textOf(notice(coProducerLog(), 'consultationCoProducer'));
    expect(letter).toContain(`${R}第三十四条`);
    expect(letter).toContain('逾期未提出意见的，视为同意公开');
    const toApplicant = textOf(notice(coProducerLog(), 'consultationApplicant'));
    expect(toApplicant).toContain(`${R}第三十四条`);
    expect(toApplicant).toContain(`${R}第三十三条第三款的规定，征求意见所需时间不计算在答复期限内`);
    expect(toApplicant).not.toContain('示例县卫生健康委员会');
  });

  it('决定公开告知书: to the third party that objected, 第十五条、第三十二条, with the reason', () => {
    const n = notice(overruledLog(), 'thirdPartyDisclosure');
    const text = textOf(n);
    expect(n.salutation).toBe('某某医药有限公司：');
    expect(text).toContain(`${R}第十五条、第三十二条`);
    expect(text).toContain('理由是：该信息涉及医保基金使用安全');
    expect(text).toContain('你方于2025年3月14日提出不同意公开的意见');
  });
});

describe('which notices apply', () => {
  it('lists the notices of the steps that happened, in order', () => {
    expect(availableNotices(stateOf(overruledLog())).map((n) => n.kind)).toEqual([
      'consultationThirdParty',
      'consultationApplicant',
      'reply',
      'thirdPartyDisclosure',
    ]);
    expect(availableNotices(stateOf(logFor('withheld.thirdPartyRights'))).map((n) => n.kind)).not.toContain(
      'thirdPartyDisclosure',
    );
  });

  it('asking for one that does not apply is a Chinese error listing those that do', () => {
    const state = stateOf(extensionLog());
    expect(() => noticeModel(state, 'fee', AGENCY, { calendar })).toThrow(NoticeUnavailableError);
    expect(() => noticeModel(state, 'fee', AGENCY, { calendar })).toThrow(
      '申请“app-ext”不能生成收费通知书（fee）：该申请没有收费通知记录。可以生成的告知书：extension（延期答复告知书）、reply（答复告知书）',
    );
    expect(() => noticeModel(stateOf(logFor('granted').slice(0, 1)), 'reply', AGENCY, { calendar })).toThrow(
      '该申请目前没有可以生成的告知书',
    );
  });

  it('an unknown consultation is an error listing the consultations', () => {
    expect(() =>
      noticeModel(stateOf(coProducerLog()), 'consultationApplicant', AGENCY, { calendar, consultation: 'x' }),
    ).toThrow('可选：c1（示例县卫生健康委员会）');
  });
});

describe('warnings', () => {
  it('a blank serial and generic remedies', () => {
    const state = stateOf(logFor('withheld.stateSecret'));
    const bare = composeNotice(
      noticeModel(state, 'reply', { name: '示例县医疗保障局' }, { calendar }),
      templates,
    );
    expect(bare.documentNumber).toBe('〔2025〕第\u3000\u3000号');
    expect(bare.warnings).toEqual([
      '未指定文书序号，文号“〔2025〕第\u3000\u3000号”中的序号留空，请手工填写',
      '机关信息未载明行政复议机关（agency.json 的 reconsiderationBody），救济途径写作“行政复议机关”',
      '机关信息未载明人民法院（agency.json 的 court），救济途径写作“有管辖权的人民法院”',
    ]);
    expect(textOf(bare)).toContain(
      '60日内向行政复议机关申请行政复议，或者自收到本答复书之日起6个月内向有管辖权的人民法院提起行政诉讼',
    );
    expect(bare.notes).toEqual([]);
    // A supplement notice prints no remedies, so their absence is not worth a warning.
    const supplement = composeNotice(
      noticeModel(
        stateOf(logFor('otherHandling.noSupplement')),
        'supplement',
        { name: '某局' },
        { calendar, serial: 1 },
      ),
      templates,
    );
    expect(supplement.warnings).toEqual([]);
  });

  it('a partial disclosure without reasons for the part withheld', () => {
    const log = answer('partiallyGranted', '2025-03-21')(received('app-partial'));
    expect(notice(log, 'reply').warnings).toEqual([
      '部分公开应对不予公开的部分说明理由（第三十七条），答复记录中没有说明，请在告知书中补充',
    ]);
  });
});
