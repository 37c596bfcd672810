// The shapes of requests about applications. zod checks the shape (which fields, which types,
// real dates); the content rules of the law (at least one contact, dates not in the future, the
// periods) stay in the core, which refuses with its own Chinese reasons (422).

import { z } from 'zod';
import {
  CHANNELS,
  DELIVERY_METHODS,
  type IdentityDocumentKind,
  INFORMATION_FORMS,
  type Stage,
} from '../cases/index.ts';
import { APPLICANT_COLUMN_KEYS } from '../report/template.ts';

/** A real calendar date, YYYY-MM-DD; the label names the field in messages. */
export const isoDate = (label: string) => z.iso.date().describe(label);

const IDENTITY_KINDS = [
  'residentIdCard',
  'passport',
  'otherPersonal',
  'unifiedSocialCreditCode',
  'otherOrganisation',
] as const satisfies readonly IdentityDocumentKind[];

export const STAGES = [
  'processing',
  'awaitingSupplement',
  'awaitingFee',
  'closed',
] as const satisfies readonly Stage[];

const text = (label: string) => z.string().describe(label);

/** Ids travel in URLs: no blanks, slashes or query characters. */
export const ApplicationIdText = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\s/\\?#%]+$/)
  .describe('申请编号（不含空格、斜杠、?、#、%）');

const Applicant = z
  .strictObject({
    type: z.enum(APPLICANT_COLUMN_KEYS).describe('申请人类型（表三的列）'),
    name: text('申请人姓名或者名称'),
    identity: z
      .strictObject({
        kind: z.enum(IDENTITY_KINDS).describe('身份证明种类'),
        number: text('身份证明号码（加密保存）'),
      })
      .describe('身份证明'),
    representative: text('法定代表人或者负责人').optional(),
    contact: z
      .strictObject({
        phone: text('联系电话').optional(),
        address: text('通讯地址').optional(),
        postcode: text('邮政编码').optional(),
        email: text('电子邮箱').optional(),
      })
      .describe('联系方式（至少一项）'),
    assistance: text('提供的协助（第四十三条）').optional(),
  })
  .describe('申请人');

const Receipt = z
  .discriminatedUnion('channel', [
    z.strictObject({ channel: z.enum(['inPerson', 'oral']), submittedOn: isoDate('提交日期') }),
    z.strictObject({ channel: z.literal('registeredPost'), signedForOn: isoDate('签收日期') }),
    z.strictObject({
      channel: z.literal('ordinaryPost'),
      arrivedOn: isoDate('信函到达日期'),
      confirmedWithApplicantOn: isoDate('与申请人确认日期'),
    }),
    z.strictObject({
      channel: z.enum(['online', 'fax']),
      submittedOn: isoDate('提交日期'),
      confirmedOn: isoDate('双方确认日期'),
    }),
  ])
  .describe(`提交方式与日期（第三十一条；channel：${CHANNELS.join('、')}）`);

const Request = z
  .strictObject({
    title: text('政府信息的名称').optional(),
    documentNumber: text('文号').optional(),
    description: text('特征性描述').optional(),
    purpose: text('用途').optional(),
    forms: z.array(z.enum(INFORMATION_FORMS)).min(1).describe('信息的形式要求'),
    delivery: z.enum(DELIVERY_METHODS).describe('获取信息的方式'),
  })
  .describe('申请的内容（名称、文号或描述至少一项）');

export const RegisterBody = z
  .strictObject({
    id: ApplicationIdText.optional(),
    agency: z.string().trim().min(1).describe('机关编号'),
    applicant: Applicant,
    receipt: Receipt,
    request: Request,
  })
  .meta({
    id: 'RegisterApplication',
    description:
      '登记收到的申请（《政府信息公开条例》第二十九条、第三十一条）。不填 id 时自动生成；经办人取自访问令牌。',
  });

export type RegisterBody = z.output<typeof RegisterBody>;

export const IdParams = z.object({ id: ApplicationIdText });

export const ListQuery = z.object({
  agency: z.string().min(1).optional().describe('机关编号'),
  stage: z.enum(STAGES).optional().describe('办理阶段'),
  year: z.coerce.number().int().min(2019).max(2100).optional().describe('收到申请的年度'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('每页条数'),
});

export const HistoryQuery = z.object({
  format: z.enum(['json', 'csv']).default('json').describe('格式'),
});

/** What every step carries besides its own facts. */
export const StepBase = z.strictObject({
  expectedVersion: z
    .number()
    .int()
    .min(1)
    .describe('期望版本（读取申请时得到的 version；其间他人已办理时返回 409）'),
  at: isoDate('办理日期（该事项依法发生之日，不能晚于今天）'),
});
