// One cell of an import file to a value of its column's type, or a Chinese reason. Cells are
// text as the file holds it (decode.ts turns XLSX dates and numbers into text first).

import { isIsoDate } from '../calendar/index.ts';
import type { Choice, RegisterColumn } from './columns.ts';
import { parseYuan } from './money.ts';

export type CellResult = { value: string | number | undefined } | { error: string };

/** Parses a non-empty cell; an empty one is undefined (the caller knows whether that is allowed). */
export function parseCell(column: RegisterColumn, raw: string): CellResult {
  const text = raw.trim();
  if (text === '') return { value: undefined };
  switch (column.type) {
    case 'text':
      return { value: text };
    case 'date':
      return parseDateCell(text);
    case 'period':
      return parsePeriodCell(text);
    case 'count':
      return parseCountCell(text);
    case 'amount': {
      const r = parseYuan(text);
      return 'fen' in r ? { value: r.fen } : r;
    }
    case 'choice':
      return parseChoiceCell(column.choices ?? [], text);
  }
}

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included), as a Unix day number. */
const EXCEL_EPOCH_DAY = -25569;
const MS_PER_DAY = 86_400_000;

/**
 * 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315, or an Excel serial day number (a date
 * cell that lost its format in a CSV export: 45366 is 2024-03-15).
 */
export function parseDateCell(text: string): CellResult {
  const t = text.replace(/\s/g, '');
  if (/^\d{5}$/.test(t)) return { value: excelSerialDate(Number(t)) };
  for (const form of DATE_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { value: iso };
    break;
  }
  return { error: `日期“${text}”无效，应为 YYYY-MM-DD，如 2024-03-15` };
}

export function excelSerialDate(serial: number): string {
  return new Date((Math.floor(serial) + EXCEL_EPOCH_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

const PERIOD_FORMS = [/^(\d{4})年?$/, /^(\d{4})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(?:份)?$/];

/**
 * 2024 (the whole year) or 2024-03, 2024/3, 2024年3月. A first-of-month date (2024-03-01) is read
 * as its month: Excel turns a typed "2024-03" into that date.
 */
export function parsePeriodCell(text: string): CellResult {
  const t = text.replace(/\s/g, '').replace(/^(\d{4}-\d{1,2})-0?1$/, '$1');
  for (const form of PERIOD_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    if (m[2] === undefined) return { value: m[1]! };
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return { value: `${m[1]}-${String(month).padStart(2, '0')}` };
  }
  return { error: `期间“${text}”无效，全年写 YYYY（如 2024），月份写 YYYY-MM（如 2024-03）` };
}

export function parseCountCell(text: string): CellResult {
  const t = text.replace(/,/g, '');
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return Number.isSafeInteger(n) ? { value: n } : { error: `数量“${text}”过大` };
  }
  if (/^-\d+$/.test(t)) return { error: `数量不能为负数，收到：${text}` };
  if (/^\d+\.\d+$/.test(t)) return { error: `数量应为整数，收到：${text}` };
  return { error: `数量应为 0 或正整数，收到：“${text}”` };
}

/** The Chinese name, an accepted variant, or the English key (any case). */
export function parseChoiceCell(choices: readonly Choice[], text: string): CellResult {
  const t = normalizeLabel(text);
  const found = choices.find(
    (c) =>
      [c.label, ...c.variants].some((v) => normalizeLabel(v) === t) ||
      c.key.toLowerCase() === t.toLowerCase(),
  );
  if (found) return { value: found.key };
  return { error: `“${text}”不是可选的值，可填：${choices.map((c) => c.label).join('、')}` };
}

/** Compares titles and names without spaces, asterisks or the width of brackets. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s*＊]/g, '')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）');
}
