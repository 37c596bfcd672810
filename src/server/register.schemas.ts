// The shapes of the register records in requests and answers. zod checks the shape only (which
// fields, which JSON types, no others); what the values must be (real dates, coded values, a
// count ≥ 0, a result exactly when concluded, no duplicate) is the core's validation
// (src/registers/validate.ts, cross-record.ts), which reports every issue at once as a 422. The
// coded values are listed in the OpenAPI document (`enum`) all the same.

import { type ZodType, z } from 'zod';
import {
  CASE_KIND_CHOICES,
  CASE_RESULT_CHOICES,
  type Choice,
  DECISION_CATEGORY_CHOICES,
  DOCUMENT_KINDS,
  type RegisterKind,
} from '../registers/index.ts';
import { AgencyQuery, Year } from './agency-choice.ts';

const text = (description: string) => z.string().meta({ description });

const date = (label: string, note?: string) =>
  z.string().meta({ description: `${label}（YYYY-MM-DD${note ? `；${note}` : ''}）`, format: 'date' });

/** A coded value: documented as an enum, checked by the core (422 with the Chinese choices). */
const coded = (label: string, choices: readonly Choice[]) =>
  z.string().meta({
    description: `${label}（${choices.map((c) => `${c.key}：${c.label}`).join('；')}）`,
    enum: choices.map((c) => c.key),
  });

const period = () =>
  z.string().meta({ description: '期间（YYYY 为全年合计，YYYY-MM 为某月；同一年只能登记一种）' });

export const RegulatoryDocumentBody = z
  .strictObject({
    id: text('编号（本机关内唯一）'),
    kind: coded('类别', DOCUMENT_KINDS),
    title: text('名称'),
    documentNumber: text('文号'),
    issuedOn: date('印发日期'),
    repealedOn: date('废止日期', '现行有效的省略此项').optional(),
  })
  .meta({
    id: 'RegulatoryDocument',
    description: '文件记录（规章或行政规范性文件，表二第二十条第（一）项）',
  });

export const DecisionCountBody = z
  .strictObject({
    category: coded('类别', DECISION_CATEGORY_CHOICES),
    period: period(),
    count: z.number().meta({ description: '数量（0 或正整数）' }),
    source: text('来源（如 省行政执法信息平台）'),
  })
  .meta({
    id: 'DecisionCount',
    description: '处理决定数量记录（某一期间某类处理决定的数量，表二第二十条第（五）、（六）项）',
  });

export const AdministrativeFeeBody = z
  .strictObject({
    item: text('收费项目'),
    period: period(),
    amountFen: z.number().meta({ description: '金额（分，不小于 0 的整数；1元 = 100）' }),
  })
  .meta({
    id: 'AdministrativeFee',
    description: '收费记录（某一期间某个行政事业性收费项目的金额，表二第二十条第（八）项）',
  });

export const ReviewCaseBody = z
  .strictObject({
    id: text('编号（本机关内唯一，如复议决定书或判决书的文号）'),
    kind: coded('类别', CASE_KIND_CHOICES),
    filedOn: date('提起日期'),
    concludedOn: date('审结日期', '尚未审结的省略此项').optional(),
    result: coded('结果（已审结的必填，尚未审结的省略）', CASE_RESULT_CHOICES).optional(),
    note: text('备注（可为空字符串）'),
  })
  .meta({ id: 'ReviewCase', description: '案件记录（政府信息公开行政复议、行政诉讼案件，表四）' });

/** The record schema of each register. */
export const RECORD_SCHEMAS = {
  documents: RegulatoryDocumentBody,
  decisions: DecisionCountBody,
  fees: AdministrativeFeeBody,
  cases: ReviewCaseBody,
} as const satisfies Record<RegisterKind, ZodType>;

export const RegisterListQuery = AgencyQuery.extend({
  year: Year.optional().describe('年度（只列出计入该年度表二、表四的记录）'),
});

export const YearQuery = AgencyQuery.extend({ year: Year });

export const KeyParams = z.object({
  key: z
    .string()
    .min(1)
    .describe('记录的标识：文件、案件为编号；处理决定为“类别/期间”，收费为“收费项目/期间”（斜杠写作 %2F）'),
});

export const TemplateQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv').describe('模板格式'),
});
