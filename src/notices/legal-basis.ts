// The legal basis each notice cites, as data: one row per table-3 disposition, one per procedural
// notice. Articles are those of the 2019 Regulation (国务院令第711号); items are cited the way
// the legislative drafting rules write them (第三十六条第三项, without brackets).
//
// Where the Regulation has no clause written for the case, the row says so in `assumption`
// and README.md lists it for the business side to confirm.

import type { Disposition } from '../cases/index.ts';

export const REGULATION = '《中华人民共和国政府信息公开条例》';
/** 国办函〔2020〕109号. Its own article numbers are not re-checked (src/cases/fees.ts), so it is cited by name. */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

export interface LegalBasis {
  /** Articles of the Regulation, in citing order: the substantive rule first, then the reply type. */
  articles: readonly string[];
  /** Further instruments cited after the Regulation. */
  also?: readonly string[];
  /** Why the request is decided so, in the words of the law (printed in the notice). */
  reason: string;
  /** Set where the citation is our reading rather than a clause written for the case. */
  assumption?: string;
}

/** 第三十六条第三项: a refusal tells the applicant and gives the reason. */
const WITHHELD = '第三十六条第三项';

export const DISPOSITION_BASIS: Readonly<Record<Disposition, LegalBasis>> = {
  // 第三十六条第二项: can be disclosed -> provide it or say how, where and when to obtain it.
  // (When the information was already proactively disclosed, 第一项 applies: see ALREADY_PUBLISHED.)
  granted: { articles: ['第三十六条第二项'], reason: '所申请公开的信息属于可以公开的政府信息' },
  // 第三十七条: 区分处理 — provide what can be disclosed, give reasons for the rest.
  partiallyGranted: {
    articles: ['第三十七条'],
    reason: '所申请公开的信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理',
  },
  // 第十四条: state secrets, information the law forbids, and the "three securities, one stability".
  'withheld.stateSecret': {
    articles: ['第十四条', WITHHELD],
    reason: '所申请公开的信息属于依法确定为国家秘密的政府信息',
  },
  'withheld.lawForbidden': {
    articles: ['第十四条', WITHHELD],
    reason: '所申请公开的信息属于法律、行政法规禁止公开的政府信息',
  },
  'withheld.threeSecurityOneStability': {
    articles: ['第十四条', WITHHELD],
    reason: '所申请公开的信息公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  },
  // 第十五条: trade secrets, privacy and other third-party rights (第三十二条 when consulted).
  'withheld.thirdPartyRights': {
    articles: ['第十五条', WITHHELD],
    reason: '所申请公开的信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
  },
  // 第十六条第一款: internal affairs (personnel, logistics, internal procedures).
  'withheld.internalAffairs': {
    articles: ['第十六条第一款', WITHHELD],
    reason: '所申请公开的信息属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）',
  },
  // 第十六条第二款: process information (discussion records, drafts, consultation letters, reports).
  'withheld.processInfo': {
    articles: ['第十六条第二款', WITHHELD],
    reason:
      '所申请公开的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
  },
  // 第十六条第二款: administrative enforcement files.
  'withheld.enforcementFile': {
    articles: ['第十六条第二款', WITHHELD],
    reason: '所申请公开的信息属于行政执法案卷信息',
  },
  // 第三十六条第七项: 工商、不动产登记资料等, where laws set their own way of access (行政查询事项).
  'withheld.queryMatter': {
    articles: ['第三十六条第七项'],
    reason: '所申请公开的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定',
  },
  // 第三十六条第四项: searched, not found -> the information does not exist. (When another agency is
  // responsible, 第五项 applies: see NOT_RESPONSIBLE.)
  'unableToProvide.notHeld': {
    articles: ['第三十六条第四项'],
    reason: '经检索，本机关没有所申请公开的信息，该政府信息不存在',
  },
  // 第三十八条: only information already made or obtained; no processing or analysis to create it.
  'unableToProvide.needsCreation': {
    articles: ['第三十八条'],
    reason: '所申请公开的信息需要本机关对现有政府信息进行加工、分析方能形成，本机关没有现成信息',
  },
  // 第二十九条第二款第二项 (what an application must describe) and 第三十条 (补正).
  'unableToProvide.unclearAfterSupplement': {
    articles: ['第二十九条第二款第二项', '第三十条'],
    reason: '经补正，申请内容仍不明确，本机关无法根据申请确定所需的政府信息',
    assumption:
      '条例没有“补正后仍不明确”的专门条款；引用申请应载明的内容（第二十九条第二款第二项）与补正（第三十条）',
  },
  // 第三十九条第一款: 信访、投诉、举报 in the form of an application.
  'notProcessed.complaint': {
    articles: ['第三十九条第一款'],
    reason: '申请人以政府信息公开申请的形式进行信访、投诉、举报等活动',
  },
  // 第三十六条第六项: already answered, the same information requested again.
  'notProcessed.duplicate': {
    articles: ['第三十六条第六项'],
    reason:
      '本机关已就申请人提出的政府信息公开申请作出答复，申请人重复申请公开相同的政府信息，本机关不予重复处理',
  },
  // 第三十九条第二款: 政府公报、报刊、书籍等公开出版物 -> tell where to obtain them.
  'notProcessed.publication': {
    articles: ['第三十九条第二款'],
    reason: '申请内容为要求本机关提供政府公报、报刊、书籍等公开出版物',
  },
  // 第三十五条: volume or frequency clearly beyond a reasonable range, reasons not reasonable.
  'notProcessed.massRepeated': {
    articles: ['第三十五条'],
    reason: '申请人申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，本机关认为申请理由不合理',
  },
  // No clause of its own: such a request does not seek government information as defined in
  // 第二条 (information made or obtained in performing duties), nor can 第三十八条 require a new
  // document to be issued.
  'notProcessed.confirmation': {
    articles: ['第二条', '第三十八条'],
    reason:
      '申请内容是要求本机关对申请人已获取的信息予以确认或者重新出具，不属于申请获取本机关已制作或者获取的政府信息',
    assumption:
      '条例没有专门条款；引用政府信息的定义（第二条）与提供现有信息的规定（第三十八条），请业务部门确认',
  },
  // 第三十条: no supplement in time without good reason -> treated as withdrawn, no longer processed.
  'otherHandling.noSupplement': {
    articles: ['第三十条'],
    reason: '申请人无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请',
  },
  // 第四十二条 and the Measures: fee not paid in time -> no longer processed.
  'otherHandling.feeUnpaid': {
    articles: ['第四十二条'],
    also: [FEE_MEASURES],
    reason: '申请人逾期未按收费通知要求缴纳信息处理费，本机关不再处理该政府信息公开申请',
  },
  // No fixed clause: the basis the clerk recorded with the reply is cited (see model.ts).
  'otherHandling.other': { articles: [], reason: '' },
};

/** 第三十六条第一项: already proactively disclosed -> tell the applicant where and how to obtain it. */
export const ALREADY_PUBLISHED: LegalBasis = {
  articles: ['第三十六条第一项'],
  reason: '所申请公开的信息本机关已经主动公开',
};

/** 第三十六条第五项: not this agency's to disclose -> say why, and name the responsible agency. */
export const NOT_RESPONSIBLE: LegalBasis = {
  articles: ['第三十六条第五项'],
  reason: '所申请公开的信息不属于本机关负责公开的政府信息',
};

/** The procedural notices. */
export const STEP_BASIS = {
  // 第三十一条: the receipt date by channel (the rule applied is recorded at registration);
  // 第三十三条第二款: the reply within 20 working days of receipt.
  receipt: {
    articles: ['第三十一条', '第三十三条第二款'],
    reason: '答复期限自收到申请之日起计算',
  },
  // 第三十条: one notice within 7 working days, naming the items and a reasonable time.
  supplement: { articles: ['第三十条'], reason: '申请内容不明确，需要补正' },
  // 第三十三条第二款: extension approved by the office's head, at most 20 working days.
  extension: { articles: ['第三十三条第二款'], reason: '不能在规定期限内答复，需要延长答复期限' },
  // 第三十二条: written consultation of the third party, 15 working days from receipt of the letter.
  consultationThirdParty: { articles: ['第三十二条'], reason: '公开可能损害第三方合法权益' },
  // 第三十四条: information made jointly; 15 working days, silence is consent.
  consultationCoProducer: { articles: ['第三十四条'], reason: '所申请公开的信息由两个以上行政机关共同制作' },
  // 第三十三条第三款: time spent consulting third parties and other agencies is not counted.
  consultationTime: { articles: ['第三十三条第三款'], reason: '征求意见所需时间不计算在答复期限内' },
  // 第三十二条 last sentence: disclosure despite objection for a major public interest, told in writing.
  thirdPartyDisclosure: {
    articles: ['第十五条', '第三十二条'],
    reason: '本机关认为不公开可能对公共利益造成重大影响',
  },
  // 第四十二条 and the Measures: a fee only where requests clearly exceed a reasonable amount.
  fee: {
    articles: ['第四十二条'],
    also: [FEE_MEASURES],
    reason: '申请公开政府信息的数量、频次明显超过合理范围',
  },
  // 第三十五条: volume or frequency clearly beyond a reasonable range -> the agency may ask for reasons.
  reasonsRequest: {
    articles: ['第三十五条'],
    reason: '申请公开政府信息的数量、频次明显超过合理范围',
    assumption:
      '条例未规定说明理由期间是否计入答复期限：按补正、征求意见的同理不计入（src/cases/deadlines.ts A7），告知书写作“说明理由期间不计算在答复期限内”，不引用条款；逾期未说明理由的，按理由不合理告知不予处理（条例只写“认为申请理由不合理的”）',
  },
  // 第三十五条: reasons reasonable, but no reply possible within 第三十三条's period -> a reasonable
  // later reply date, told to the applicant.
  delayedReply: {
    articles: ['第三十五条'],
    reason: '申请理由合理，但是无法在规定的期限内答复',
  },
} as const satisfies Record<string, LegalBasis>;

/** '《中华人民共和国政府信息公开条例》第十四条、第三十六条第三项' (and the Measures where cited). */
export function citation(basis: LegalBasis): string {
  const regulation = basis.articles.length > 0 ? [`${REGULATION}${basis.articles.join('、')}`] : [];
  return [...regulation, ...(basis.also ?? [])].join('和');
}
