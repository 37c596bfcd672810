import { beforeAll, describe, expect, it } from 'vitest';
import { type ApplicationEvent, actorId, requestReasons } from '../cases/index.ts';
import { andThen, ctx } from '../cases/test-kit.ts';
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
  delayedLog,
  extensionLog,
  logFor,
  OUTCOMES,
  overruledLog,
  reasonsAsked,
  reasonsAssessed,
  receiptLog,
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
    expect(n.warnings).not.toContainEqual(expect.stringContaining('第三十二条'));
  });

  it('决定公开告知书 of a reply recorded without its reason (before it was required): a warning', () => {
    const log = overruledLog().map((e) => {
      if (e.type !== 'replied') return e;
      const { note: _note, ...withoutNote } = e;
      return withoutNote;
    });
    const model = noticeModel(stateOf(log), 'thirdPartyDisclosure', AGENCY, { calendar, serial: 12 });
    expect(model.warnings).toContainEqual(expect.stringContaining('没有决定公开的内容和理由（第三十二条）'));
    expect(textOf(composeNotice(model, templates))).not.toContain('理由是');
  });
});

describe('收到申请回执 (登记回执)', () => {
  it('the receipt date with the 第三十一条 rule recorded, the application number, the reply date', () => {
    const n = notice(receiptLog(), 'receipt');
    const text = textOf(n);
    expect(n.title).toBe('政府信息公开申请登记回执');
    expect(text).toContain(`根据${R}第三十一条、第三十三条第二款的规定`);
    expect(text).toContain('申请编号为demo-agency-2025-0015');
    expect(text).toContain(
      '本机关收到申请之日为2025年3月3日。认定依据：当面提交，以提交之日为收到申请之日（《政府信息公开条例》第三十一条第一项）。',
    );
    // 20 working days after Mon 2025-03-03 is Mon 03-31; 7 working days is Wed 03-12.
    expect(text).toContain('自收到申请之日起20个工作日内，即于2025年3月31日前作出答复');
    expect(text).toContain('本机关将于2025年3月12日前一次性告知补正事项');
    expect(text).not.toContain('行政复议');
    expect(n.signature.date).toBe('2025年3月3日');
  });

  it('prints the rule of the channel, as recorded at registration', () => {
    const [first, ...rest] = receiptLog() as [Extract<ApplicationEvent, { type: 'received' }>];
    const basis = '邮寄提交，以行政机关签收之日为收到申请之日（第三十一条第二项）';
    const posted = [{ ...first, receiptBasis: basis }, ...rest];
    expect(textOf(notice(posted, 'receipt'))).toContain(`认定依据：${basis}。`);
  });

  it('says the same whatever happened later (补正, extension, reply)', () => {
    const later = notice(logFor('unableToProvide.unclearAfterSupplement'), 'receipt');
    expect(textOf(later)).toContain('即于2025年3月31日前作出答复');
    expect(later.signature.date).toBe('2025年3月3日');
    expect(textOf(notice(extensionLog(), 'receipt'))).toContain('即于2025年3月31日前作出答复');
  });

  it('is available for every application, first', () => {
    for (const outcome of OUTCOMES)
      expect(availableNotices(stateOf(logFor(outcome)))[0]).toMatchObject({
        kind: 'receipt',
        date: '2025-03-03',
      });
  });
});

describe('第三十五条: 说明理由告知书, 延迟答复告知书 and the 不予处理 reply', () => {
  const unreasonable = () => logFor('notProcessed.massRepeated');

  it('说明理由告知书: the grounds, the time for the reasons, not counted, what follows; no remedies', () => {
    const n = notice(unreasonable(), 'reasonsRequest');
    const text = textOf(n);
    expect(n.title).toBe('政府信息公开申请说明理由告知书');
    expect(text).toContain(
      '明显超过合理范围：2025年1月1日至3月3日共提出政府信息公开申请86件，其中62件申请公开的内容相同或者相近。',
    );
    expect(text).toContain(`根据${R}第三十五条的规定，请您于2025年3月14日前向本机关说明申请理由`);
    expect(text).toContain('说明理由期间不计算在答复期限内');
    expect(text).toContain('确定延迟答复的合理期限并告知您');
    expect(text).toContain('您逾期未说明理由，或者本机关认为申请理由不合理的，本机关将告知您不予处理');
    expect(text).not.toContain('行政复议');
    expect(n.signature.date).toBe('2025年3月5日');
  });

  it('延迟答复告知书: the date replaced and the later one, dated the day of the assessment', () => {
    const n = notice(delayedLog(), 'delayedReply');
    const text = textOf(n);
    expect(n.title).toBe('政府信息公开申请延迟答复告知书');
    expect(text).toContain('本机关于2025年3月5日要求您说明理由');
    // 2025-03-31 plus the pause (3.5, 3.12] of 5 working days, over 清明: 2025-04-08.
    expect(text).toContain('本机关认为您的申请理由合理，但是无法在2025年4月8日前作出答复');
    expect(text).toContain(`根据${R}第三十五条的规定，本机关确定延迟答复的期限，将于2025年5月16日前作出答复`);
    expect(text).not.toContain('行政复议');
    expect(n.signature.date).toBe('2025年3月12日');
  });

  it('only when the reasons were found reasonable and a later date was set', () => {
    const asked = reasonsAsked(received('app-asked'));
    const cases: [ApplicationEvent[], string][] = [
      [received('app-none'), '该申请没有要求申请人说明理由（第三十五条）的记录'],
      [asked, '尚未登记对申请理由的审核意见'],
      [unreasonable(), '申请理由经审核不合理，应以答复告知书告知不予处理'],
      [reasonsAssessed(true)(asked), '申请理由经审核合理，但本机关没有确定延迟答复的期限'],
    ];
    for (const [log, reason] of cases) {
      expect(() => noticeModel(stateOf(log), 'delayedReply', AGENCY, { calendar })).toThrow(reason);
      expect(availableNotices(stateOf(log)).map((a) => a.kind)).not.toContain('delayedReply');
    }
    expect(() => noticeModel(stateOf(received('app-none')), 'reasonsRequest', AGENCY, { calendar })).toThrow(
      '不能生成说明理由告知书（reasonsRequest）：该申请没有要求申请人说明理由（第三十五条）的记录',
    );
    expect(availableNotices(stateOf(delayedLog())).map((a) => [a.kind, a.date])).toEqual([
      ['receipt', '2025-03-03'],
      ['reasonsRequest', '2025-03-05'],
      ['delayedReply', '2025-03-12'],
      ['reply', '2025-05-15'],
    ]);
  });

  it('the 不予处理 reply tells when the reasons were asked for', () => {
    const n = notice(unreasonable(), 'reply');
    expect(textOf(n)).toContain(
      '本机关已于2025年3月5日要求您于2025年3月14日前说明申请理由。经审核，本机关认为申请理由不合理。',
    );
    expect(n.warnings).toEqual([]);
  });

  it('a 不予处理 reply without the procedure keeps the general wording, with a warning', () => {
    const n = notice(answer('notProcessed.massRepeated', '2025-03-21')(received('app-mass')), 'reply');
    expect(textOf(n)).toContain('经要求说明理由，本机关认为申请理由不合理。');
    expect(textOf(n)).not.toContain('要求您于');
    expect(n.warnings).toEqual([
      '该申请没有要求申请人说明理由的记录（第三十五条），告知书中“经要求说明理由”的表述请核实后补充或修改',
    ]);
  });

  it('the extension notice ignores a request for reasons made after it', () => {
    const later = andThen(extensionLog().slice(0, 2), (l) =>
      requestReasons(
        l,
        { at: '2025-03-26', actor: actorId('clerk-7'), grounds: '一个月内申请86件', answerDue: '2025-04-02' },
        ctx,
      ),
    );
    expect(textOf(notice(later, 'extension'))).toContain('本机关将于2025年4月22日前作出答复');
  });
});

describe('which notices apply', () => {
  it('lists the notices of the steps that happened, in order', () => {
    expect(availableNotices(stateOf(overruledLog())).map((n) => n.kind)).toEqual([
      'receipt',
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
      '申请“app-ext”不能生成收费通知书（fee）：该申请没有收费通知记录。可以生成的告知书：receipt（收到申请回执）、extension（延期答复告知书）、reply（答复告知书）',
    );
    // A registered application always has its receipt.
    expect(() => noticeModel(stateOf(logFor('granted').slice(0, 1)), 'reply', AGENCY, { calendar })).toThrow(
      '该申请尚未答复或办结。可以生成的告知书：receipt（收到申请回执）',
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
