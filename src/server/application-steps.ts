// The handling steps as data: the URL segment, the request body, and the command of the core it
// runs (POST /applications/:id/steps/<name>). The actor is the caller's, never a body field.

import { type ZodType, z } from 'zod';
import type { IsoDate } from '../calendar/index.ts';
import {
  type ActorId,
  type ApplicationEvent,
  actorId,
  assessReasons,
  type ConsultationId,
  DELIVERY_METHODS,
  DISPOSITIONS,
  deliver,
  endConsultation,
  extend,
  INFORMATION_FORMS,
  issueFeeNotice,
  lapseFee,
  lapseSupplement,
  payFee,
  receiveSupplement,
  reduceFee,
  reply,
  requestReasons,
  requestSupplement,
  startConsultation,
  waiveFee,
  withdraw,
} from '../cases/index.ts';
import type { BoundCommand } from '../store/index.ts';
import { isoDate, StepBase } from './application.schemas.ts';

/** The event logs of the agency's applications received in the month of the one at hand. */
export type MonthRecords = readonly (readonly ApplicationEvent[])[];

export interface StepRoute {
  /** The URL segment, e.g. request-supplement. */
  name: string;
  /** The step in Chinese, with its article. */
  summary: string;
  body: ZodType;
  /** Whether the command needs the month's records (按件计收 counts the applicant's applications). */
  needsMonthRecords?(body: unknown): boolean;
  /** The validated body bound to the core's command, acting as `actor`. */
  bind(
    body: unknown,
    actor: ActorId,
    records?: MonthRecords,
  ): { expectedVersion: number; command: BoundCommand };
}

type StepFacts = { expectedVersion: number; at: string };

function step<S extends ZodType<StepFacts>>(
  name: string,
  summary: string,
  body: S,
  command: (
    body: z.output<S>,
    facts: { at: IsoDate; actor: ActorId },
    records: MonthRecords | undefined,
  ) => BoundCommand,
  needsMonthRecords?: (body: z.output<S>) => boolean,
): StepRoute {
  return {
    name,
    summary,
    body,
    ...(needsMonthRecords ? { needsMonthRecords: (b: unknown) => needsMonthRecords(b as z.output<S>) } : {}),
    bind(input, actor, records) {
      // The route validated `input` against `body` before calling this.
      const b = input as z.output<S>;
      return {
        expectedVersion: b.expectedVersion,
        command: command(b, { at: b.at as IsoDate, actor }, records),
      };
    },
  };
}

const text = (label: string) => z.string().describe(label);
const note = text('备注').optional();
const amountFen = z.number().int().describe('金额（分）');
const withNote = <T extends { note?: string | undefined }>(b: T) =>
  b.note === undefined ? {} : { note: b.note };

export const STEPS: readonly StepRoute[] = [
  step(
    'request-supplement',
    '补正告知（第三十条，收到申请之日起7个工作日内，只能一次）',
    StepBase.extend({
      items: z.array(z.string()).min(1).describe('需要补正的事项'),
      dueDate: isoDate('补正期限'),
    }),
    (b, s) => (log, ctx) => requestSupplement(log, { ...s, items: b.items, dueDate: b.dueDate }, ctx),
  ),
  step(
    'receive-supplement',
    '收到补正材料（答复期限自此重新起算）',
    StepBase.extend({ lateReason: text('逾期补正的正当理由').optional() }),
    (b, s) => (log, ctx) =>
      receiveSupplement(
        log,
        { ...s, ...(b.lateReason === undefined ? {} : { lateReason: b.lateReason }) },
        ctx,
      ),
  ),
  step(
    'lapse-supplement',
    '登记逾期未补正（视为放弃申请）',
    StepBase,
    (_b, s) => (log, ctx) => lapseSupplement(log, s, ctx),
  ),
  step(
    'start-consultation',
    '征求第三方（第三十二条）或共同制作机关（第三十四条）意见',
    StepBase.extend({
      consultation: z.string().trim().min(1).describe('征求意见编号（申请内唯一）'),
      kind: z.enum(['thirdParty', 'coProducer']).describe('征求意见的对象'),
      party: text('被征求意见的第三方或机关名称'),
    }),
    (b, s) => (log, ctx) =>
      startConsultation(
        log,
        { ...s, consultation: b.consultation as ConsultationId, kind: b.kind, party: b.party },
        ctx,
      ),
  ),
  step(
    'end-consultation',
    '登记征求意见的结果',
    StepBase.extend({
      consultation: z.string().trim().min(1).describe('征求意见编号'),
      answer: z.enum(['consent', 'objection', 'noAnswer']).describe('意见'),
      note,
    }),
    (b, s) => (log, ctx) =>
      endConsultation(
        log,
        { ...s, consultation: b.consultation as ConsultationId, answer: b.answer, ...withNote(b) },
        ctx,
      ),
  ),
  step(
    'extend',
    '延期答复（第三十三条第二款，一次，不超过20个工作日）',
    StepBase.extend({
      days: z.number().int().describe('延长的工作日数（1—20）'),
      approver: z.string().trim().min(1).describe('批准人（政府信息公开工作机构负责人）'),
      reason: text('延期理由'),
    }),
    (b, s) => (log, ctx) =>
      extend(log, { ...s, days: b.days, approver: actorId(b.approver, '批准人'), reason: b.reason }, ctx),
  ),
  step(
    'issue-fee-notice',
    '收费通知（第四十二条，国办函〔2020〕109号）',
    z.discriminatedUnion('basis', [
      StepBase.extend({
        basis: z.literal('count'),
        ordinal: z
          .number()
          .int()
          .optional()
          .describe('当月申请件数序号（可省略，按办理记录计算；填写时须与记录一致）'),
      }),
      StepBase.extend({ basis: z.literal('volume'), pages: z.number().int().describe('页数') }),
    ]),
    (b, s, records) => (log, ctx) =>
      issueFeeNotice(
        log,
        b.basis === 'count'
          ? {
              ...s,
              basis: 'count',
              ...(b.ordinal === undefined ? {} : { ordinal: b.ordinal }),
              ...(records === undefined ? {} : { monthRecords: records }),
            }
          : { ...s, basis: 'volume', pages: b.pages },
        ctx,
      ),
    (b) => b.basis === 'count',
  ),
  step(
    'reduce-fee',
    '减收',
    StepBase.extend({ amountFen, reason: text('减收理由') }),
    (b, s) => (log, ctx) => reduceFee(log, { ...s, amountFen: b.amountFen, reason: b.reason }, ctx),
  ),
  step(
    'waive-fee',
    '免收',
    StepBase.extend({ reason: text('免收理由') }),
    (b, s) => (log, ctx) => waiveFee(log, { ...s, reason: b.reason }, ctx),
  ),
  step(
    'pay-fee',
    '缴费',
    StepBase.extend({ amountFen }),
    (b, s) => (log, ctx) => payFee(log, { ...s, amountFen: b.amountFen }, ctx),
  ),
  step('lapse-fee', '登记逾期未缴费', StepBase, (_b, s) => (log, ctx) => lapseFee(log, s, ctx)),
  step(
    'request-reasons',
    '要求说明理由（第三十五条）',
    StepBase.extend({
      grounds: text('申请数量、频次明显超过合理范围的情况'),
      answerDue: isoDate('说明理由的期限'),
    }),
    (b, s) => (log, ctx) => requestReasons(log, { ...s, grounds: b.grounds, answerDue: b.answerDue }, ctx),
  ),
  step(
    'assess-reasons',
    '审核申请人说明的理由（第三十五条）',
    StepBase.extend({
      reasonable: z.boolean().describe('理由是否合理'),
      delayedDueDate: isoDate('延迟答复的期限').optional(),
      note: text('审核意见'),
    }),
    (b, s) => (log, ctx) =>
      assessReasons(
        log,
        {
          ...s,
          reasonable: b.reasonable,
          note: b.note,
          ...(b.delayedDueDate === undefined ? {} : { delayedDueDate: b.delayedDueDate }),
        },
        ctx,
      ),
  ),
  step(
    'reply',
    '答复（第三十六条、第三十七条）',
    StepBase.extend({
      disposition: z.string().describe(`答复结果（表三结果行键：${DISPOSITIONS.join('、')}）`),
      forms: z.array(z.enum(INFORMATION_FORMS)).default([]).describe('提供信息的形式'),
      legalBasis: text('所依据的法律条款'),
      note,
    }),
    (b, s) => (log, ctx) =>
      reply(
        log,
        { ...s, disposition: b.disposition, forms: b.forms, legalBasis: b.legalBasis, ...withNote(b) },
        ctx,
      ),
  ),
  step(
    'deliver',
    '送达答复告知书',
    StepBase.extend({ method: z.enum(DELIVERY_METHODS).describe('送达方式'), note }),
    (b, s) => (log, ctx) => deliver(log, { ...s, method: b.method, ...withNote(b) }, ctx),
  ),
  step(
    'withdraw',
    '申请人撤回申请',
    StepBase.extend({ reason: text('撤回的方式或理由') }),
    (b, s) => (log, ctx) => withdraw(log, { ...s, reason: b.reason }, ctx),
  ),
];
