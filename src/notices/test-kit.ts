// Realistic application logs for the tests of this folder, one per notice worth testing, made by
// the same command functions that serve clerks (not used by production code).

import JSZip from 'jszip';
import type { IsoDate } from '../calendar/index.ts';
import {
  type ApplicationEvent,
  type ApplicationState,
  actorId,
  agencyId,
  applicationId,
  applicationState,
  assessReasons,
  consultationId,
  DISPOSITIONS,
  type Disposition,
  endConsultation,
  extend,
  issueFeeNotice,
  lapseFee,
  lapseSupplement,
  payFee,
  receiveSupplement,
  register,
  reply,
  requestReasons,
  requestSupplement,
  startConsultation,
  withdraw,
} from '../cases/index.ts';
import { andThen, calendar, ctx, ok } from '../cases/test-kit.ts';
import type { NoticeAgency } from './model.ts';

export { calendar };

const clerk = actorId('clerk-7');
const head = actorId('head-1');

export const AGENCY: NoticeAgency = {
  name: '示例县医疗保障局',
  address: '示例县人民路1号',
  postcode: '100000',
  phone: '0000-1234567',
  contact: '李明',
  reconsiderationBody: '示例县人民政府',
  court: '示例县人民法院',
  documentNumber: '示医保公开〔{year}〕第{serial}号',
  feePayment: '通过示例县非税收入缴款系统缴纳（缴款码随本通知送达）',
};

/** An in-person application received on `on` (2025-03-03 is a Monday). */
export function received(id: string, on = '2025-03-03'): ApplicationEvent[] {
  return ok(
    register(
      {
        id: applicationId(id),
        agency: agencyId('demo-agency'),
        actor: clerk,
        applicant: {
          type: 'naturalPerson',
          name: '王芳',
          identity: { kind: 'residentIdCard', number: 'TEST-110000' },
          contact: { phone: '13800001234', address: '示例县文化路8号' },
        },
        receipt: { channel: 'inPerson', submittedOn: on as IsoDate },
        request: {
          title: '2024年度示例县医保基金收支情况',
          documentNumber: '示医保发〔2024〕12号',
          forms: ['paper', 'electronic'],
          delivery: 'post',
        },
      },
      ctx,
    ),
  );
}

type Step = (log: ApplicationEvent[]) => ApplicationEvent[];
const run = (log: ApplicationEvent[], ...steps: Step[]) => steps.reduce((l, s) => s(l), log);

export const answer =
  (disposition: Disposition, at: string, note?: string): Step =>
  (log) =>
    andThen(log, (l) =>
      reply(
        l,
        {
          at,
          actor: clerk,
          disposition,
          forms: ['paper', 'electronic'],
          legalBasis: '《中华人民共和国政府信息公开条例》第三十六条',
          ...(note ? { note } : {}),
        },
        ctx,
      ),
    );

export const supplementAsked: Step = (log) =>
  andThen(log, (l) =>
    requestSupplement(
      l,
      {
        at: '2025-03-05',
        actor: clerk,
        items: ['请明确所需信息的年度和范围', '请提供身份证明复印件'],
        dueDate: '2025-03-19',
      },
      ctx,
    ),
  );
const supplementGiven: Step = (log) =>
  andThen(log, (l) => receiveSupplement(l, { at: '2025-03-12', actor: clerk }, ctx));
const supplementLapsed: Step = (log) =>
  andThen(log, (l) => lapseSupplement(l, { at: '2025-03-20', actor: clerk }, ctx));

export const consulted =
  (
    kind: 'thirdParty' | 'coProducer',
    party: string,
    answerGiven: 'consent' | 'objection' | 'noAnswer',
  ): Step =>
  (log) =>
    run(
      log,
      (l) =>
        andThen(l, (x) =>
          startConsultation(
            x,
            { at: '2025-03-05', actor: clerk, consultation: consultationId('c1'), kind, party },
            ctx,
          ),
        ),
      (l) =>
        andThen(l, (x) =>
          endConsultation(
            x,
            {
              at: '2025-03-14',
              actor: clerk,
              consultation: consultationId('c1'),
              answer: answerGiven,
              ...(answerGiven === 'objection' ? { note: '公开将泄露本公司的药品采购价格等商业秘密' } : {}),
            },
            ctx,
          ),
        ),
    );

export const extended: Step = (log) =>
  andThen(log, (l) =>
    extend(
      l,
      {
        at: '2025-03-25',
        actor: clerk,
        days: 15,
        approver: head,
        reason: '所需信息需从档案室调取并逐页审核',
      },
      ctx,
    ),
  );

/** 120 pages: 70 × 10元 + 20 × 20元 = 1,100.00元, notice on 2025-03-10, due 20 working days later. */
export const feeNoticed: Step = (log) =>
  andThen(log, (l) =>
    issueFeeNotice(l, { at: '2025-03-10', actor: clerk, basis: 'volume', pages: 120 }, ctx),
  );
const feePaid: Step = (log) =>
  andThen(log, (l) => payFee(l, { at: '2025-03-18', actor: clerk, amountFen: 110_000 }, ctx));
const feeLapsed: Step = (log) => andThen(log, (l) => lapseFee(l, { at: '2025-04-09', actor: clerk }, ctx));

/** 第三十五条: reasons asked for on 2025-03-05, to be given by 2025-03-14. */
export const reasonsAsked: Step = (log) =>
  andThen(log, (l) =>
    requestReasons(
      l,
      {
        at: '2025-03-05',
        actor: clerk,
        grounds: '2025年1月1日至3月3日共提出政府信息公开申请86件，其中62件申请公开的内容相同或者相近',
        answerDue: '2025-03-14',
      },
      ctx,
    ),
  );
/** The reasons assessed on 2025-03-12 (the pause (3.5, 3.12] moves the reply date 3.31 to 4.8). */
export const reasonsAssessed =
  (reasonable: boolean, delayedDueDate?: string): Step =>
  (log) =>
    andThen(log, (l) =>
      assessReasons(
        l,
        {
          at: '2025-03-12',
          actor: clerk,
          reasonable,
          note: reasonable ? '申请人称系开展医保政策课题研究需要，理由合理' : '申请人未说明理由',
          ...(delayedDueDate ? { delayedDueDate } : {}),
        },
        ctx,
      ),
    );

/** A log ending in `disposition` (or a withdrawal), with the steps that outcome usually has. */
export function logFor(outcome: Disposition | 'withdrawn'): ApplicationEvent[] {
  const base = received(`app-${outcome}`);
  switch (outcome) {
    case 'withdrawn':
      return andThen(base, (l) =>
        withdraw(l, { at: '2025-03-07', actor: clerk, reason: '申请人书面撤回' }, ctx),
      );
    case 'granted':
      return run(base, feeNoticed, feePaid, answer('granted', '2025-03-21'));
    case 'partiallyGranted':
      return run(
        base,
        answer(
          'partiallyGranted',
          '2025-03-21',
          '其中涉及个人身份信息的部分属于个人隐私，依照条例第十五条不予公开',
        ),
      );
    case 'withheld.thirdPartyRights':
      return run(
        base,
        consulted('thirdParty', '某某医药有限公司', 'objection'),
        answer(outcome, '2025-03-21'),
      );
    case 'unableToProvide.unclearAfterSupplement':
      return run(base, supplementAsked, supplementGiven, answer(outcome, '2025-03-26'));
    case 'otherHandling.noSupplement':
      return run(base, supplementAsked, supplementLapsed);
    case 'otherHandling.feeUnpaid':
      return run(base, feeNoticed, feeLapsed);
    case 'otherHandling.other':
      return run(base, answer(outcome, '2025-03-21', '申请人已通过其他途径获得所需信息，本机关终止办理'));
    case 'notProcessed.massRepeated':
      return run(base, reasonsAsked, reasonsAssessed(false), answer(outcome, '2025-03-21'));
    default:
      return run(base, answer(outcome, '2025-03-21'));
  }
}

export const OUTCOMES: readonly (Disposition | 'withdrawn')[] = [...DISPOSITIONS, 'withdrawn'];

export const stateOf = (log: readonly ApplicationEvent[]): ApplicationState => applicationState(log);

/** Extension, a co-producer consultation and a granted reply with a third party overruled. */
export const extensionLog = () => run(received('app-ext'), extended, answer('granted', '2025-04-10'));
export const coProducerLog = () =>
  run(
    received('app-co'),
    consulted('coProducer', '示例县卫生健康委员会', 'consent'),
    answer('granted', '2025-03-24'),
  );
export const overruledLog = () =>
  run(
    received('app-over'),
    consulted('thirdParty', '某某医药有限公司', 'objection'),
    answer('granted', '2025-03-24', '该信息涉及医保基金使用安全，不公开可能对公共利益造成重大影响'),
  );

/** An application registered under a number like the store's, for the receipt. */
export const receiptLog = () => received('demo-agency-2025-0015');
/** Reasons found reasonable, reply delayed to 2025-05-16 (the ordinary date being 2025-04-08). */
export const delayedLog = () =>
  run(
    received('app-delayed'),
    reasonsAsked,
    reasonsAssessed(true, '2025-05-16'),
    answer('granted', '2025-05-15'),
  );

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decodeEntities = (t: string) =>
  t.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The text of a rendered HTML notice, one line per heading or paragraph (for golden files). */
export function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return [...body.matchAll(/<(h1|p)\b[^>]*>(.*?)<\/\1>/g)]
    .map((m) => decodeEntities(m[2]!.replace(/<[^>]+>/g, '')).trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of word/document.xml, one line per non-empty paragraph (for golden files). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return paragraphsOf(await zip.file('word/document.xml')!.async('string')).join('\n');
}

export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)]
    .map((p) => decodeEntities([...p[1]!.matchAll(/<w:t\b[^>]*>(.*?)<\/w:t>/gs)].map((t) => t[1]).join('')))
    .filter((line) => line.trim() !== '');
}
