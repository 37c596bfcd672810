// Request validation with zod (the schemas also type the handlers through
// fastify-type-provider-zod and describe the API in the OpenAPI document). Messages are Chinese
// and name the field by its schema's description, so a caller reads "申请人姓名或者名称：必填"
// rather than a JSON path.

import type { FastifySchemaCompiler } from 'fastify';
import { type ZodType, z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';

/** One field the request got wrong: its path in the request and what is wrong, in Chinese. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The request does not match its schema (400). */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly fields: readonly FieldProblem[],
  ) {
    super(`请求内容不符合要求：${fields.map((f) => f.message).join('；')}`);
  }
}

const PART_NAMES: Readonly<Record<string, string>> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  object: 'JSON 对象',
  array: '数组',
};

const zhCN = z.locales.zhCN().localeError;

/** The validator of every route: zod with Chinese messages; a failure is an InputError. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { error: chineseMessage });
    if (result.success) return { value: result.data };
    const part = httpPart ?? 'body';
    const fields = result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || (PART_NAMES[part] ?? part),
      message: issue.message,
    }));
    return { error: new InputError(part, fields) };
  };

/** The message of one issue: the field's name (its schema description) and what is wrong. */
export function chineseMessage(issue: $ZodRawIssue): string {
  // `schema` is the schema the issue is about (for a check such as min(1), `inst` is the check).
  const label = descriptionOf((issue as { schema?: unknown }).schema ?? issue.inst);
  const what = problem(issue);
  return label ? `${label}：${what}` : what;
}

function descriptionOf(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  // Descriptions may carry a longer explanation after the first sentence; the label is its head.
  return typeof description === 'string' ? description.split(/[（(，。]/)[0] : undefined;
}

function problem(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必填';
      if (issue.expected === 'number' && issue.received === 'NaN') return '应为数字';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `应为以下之一：${issue.options.map(String).join('、')}`
        : '内容不符合任何一种允许的形式';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少${issue.minimum}个字`;
      if (issue.origin === 'array') return `至少${issue.minimum}项`;
      return `不能小于${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字`;
      if (issue.origin === 'array') return `最多${issue.maximum}项`;
      return `不能大于${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'date' ? '应为 YYYY-MM-DD 格式的有效日期' : '格式不正确';
    case 'unrecognized_keys':
      return `不允许的字段：${issue.keys.join('、')}`;
    default: {
      const fallback = zhCN(issue);
      return typeof fallback === 'string' ? fallback : (fallback?.message ?? '内容不正确');
    }
  }
}
