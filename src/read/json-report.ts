// Reading back a report in the JSON form (`gongkai report build --format json`, `gongkai parse
// --json`): the structured report itself, checked for shape against its template so that a
// missing row or a text where a number belongs is an error, never a silent 0.

import * as z from 'zod';
import type { AnnualReport } from '../report/annual-report.ts';
import { TEMPLATES, type Template, type TemplateVersion } from '../report/template.ts';
import { ReadError } from './read-error.ts';

const count = z.number().int().min(0).nullable();

const cellProvenance = z.looseObject({
  status: z.enum(['read', 'blank', 'dash', 'split', 'absent', 'unreadable']),
  raw: z.string().nullable(),
});
const byRow = <T extends z.ZodType>(cell: T) => z.record(z.string(), z.record(z.string(), cell));

const provenance = z.looseObject({
  source: z.looseObject({ format: z.string() }),
  table2: byRow(cellProvenance),
  table3: byRow(cellProvenance),
  table4: byRow(cellProvenance),
  labels: byRow(z.string()),
  cellCounts: byRow(
    z.object({ expected: z.number(), printed: z.number(), dropped: z.number(), missing: z.number() }),
  ),
  vanishingBlanks: z.array(z.string()),
  years: z.object({ title: z.number().optional(), period: z.number().optional() }),
  sectionsOutOfOrder: z.array(z.string()),
  notes: z.array(z.string()),
});

/** Every row and column of the template's tables, each cell of the right kind. */
function reportSchema(t: Template) {
  const table2 = z.strictObject(
    Object.fromEntries(
      t.table2.map((row) => [
        row.key,
        z.strictObject(
          Object.fromEntries(
            row.columns.map((c) => [
              c.key,
              c.kind === 'text'
                ? z.union([z.string(), z.number()]).nullable()
                : c.kind === 'count'
                  ? count
                  : z.number().nullable(),
            ]),
          ),
        ),
      ]),
    ),
  );
  const cells = (columns: readonly { key: string }[]) =>
    z.strictObject(Object.fromEntries(columns.map((c) => [c.key, count])));
  const table3 = z.strictObject(
    Object.fromEntries(t.table3Rows.map((row) => [row.key, cells(t.table3Columns)])),
  );
  const table4 = z.strictObject(
    Object.fromEntries(t.table4Groups.map((g) => [g.key, cells(t.table4Columns)])),
  );
  return z.object({
    template: z.literal(t.version),
    year: z.number().int().min(1900).max(2200).nullable(),
    agency: z.string().nullable(),
    table2,
    table3,
    table4,
    sections: z.array(
      z.object({ number: z.string(), title: z.string(), printedNumber: z.string(), text: z.string() }),
    ),
    findings: z.array(z.unknown()).optional(),
    provenance: provenance.optional(),
  });
}

/**
 * The report a JSON text holds, or undefined when the text is not JSON at all (an ordinary
 * report). JSON that is not a yearly report of this system's shape is a ReadError, in Chinese.
 */
export function reportFromJson(
  text: string,
  info: { file?: string; bytes?: number },
): AnnualReport | undefined {
  const trimmed = text.trimStart();
  // Only a text that opens like a JSON object or array is taken as JSON: crawled pages and
  // markdown often open with '[首页](…)' or '{{…}}', and those are reports to read as text.
  if (!/^(\{\s*["}]|\[\s*[{\]])/.test(trimmed)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    throw new ReadError('damaged', `JSON 格式不正确（${(e as Error).message}），文件可能不完整`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReadError(
      'not-report',
      'JSON 文件不是一份年度报告：应为 gongkai report build --format json 或 gongkai parse --json 输出的对象',
    );
  }
  const version = (value as { template?: unknown }).template;
  if (typeof version !== 'string' || !(version in TEMPLATES)) {
    throw new ReadError(
      'not-report',
      `JSON 文件不是一份年度报告：template 应为 ${Object.keys(TEMPLATES).join(' 或 ')}，收到：${JSON.stringify(version ?? null)}`,
    );
  }
  const parsed = reportSchema(TEMPLATES[version as TemplateVersion]).safeParse(value, {
    error: z.locales.zhCN().localeError,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.') || '（整体）'}：${i.message}`);
    const more = parsed.error.issues.length > 10 ? `；另有${parsed.error.issues.length - 10}处` : '';
    throw new ReadError(
      'not-report',
      `JSON 年度报告的内容不符合${version}年版模板：${issues.join('；')}${more}`,
    );
  }
  const r = parsed.data;
  const blank = { table2: {}, table3: {}, table4: {}, labels: {}, cellCounts: {}, vanishingBlanks: [] };
  const kept = r.provenance ?? { ...blank, years: {}, sectionsOutOfOrder: [], notes: [] };
  return {
    ...(r as unknown as AnnualReport),
    findings: [],
    provenance: {
      ...(kept as AnnualReport['provenance']),
      source: {
        ...(info.file === undefined ? {} : { file: info.file }),
        format: 'json',
        ...(info.bytes === undefined ? {} : { bytes: info.bytes }),
      },
    },
  };
}
