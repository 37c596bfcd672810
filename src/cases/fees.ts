// Information processing fees (信息处理费): 《政府信息公开条例》第四十二条 and
// 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号, "the Measures"). Amounts are integer 分.
//
// The tariffs below follow the Measures' two methods (checked against the fee rules of the
// project brief, shared/docs/fees.md). Article numbers of the Measures are not re-checked here,
// so clauses are cited by name. The 20-working-day payment period and the hardship reduction
// should be agency settings; today they are these defaults (FEE_DEFAULTS) for every agency.

import type { ApplicationEvent } from './events.ts';

export const YUAN = 100; // 分 per yuan

export type FeeBasis = 'count' | 'volume';

export interface FeeBreakdownLine {
  /** e.g. '第31—100页' or '第11—30件' */
  band: string;
  units: number;
  unitPriceFen: number;
  amountFen: number;
}

export interface FeeBreakdown {
  basis: FeeBasis;
  /** count: the application's ordinal in the applicant's calendar month; volume: pages. */
  quantity: number;
  lines: FeeBreakdownLine[];
  amountFen: number;
  /** Chinese, citing the Measures. */
  rule: string;
}

export const FEE_DEFAULTS = {
  /** 收费通知 payment period, working days (管理办法 关于缴费期限的规定; agency setting). */
  paymentPeriodWorkingDays: 20,
} as const;

/**
 * 按件计收 (管理办法 按件计收标准): over one applicant's applications in a calendar month,
 * 1-10 free; 11th-30th 100 yuan each; above 30, bands of 10, each band 100 yuan per
 * application more than the one before (31st-40th 200, 41st-50th 300, ...).
 * Returns the fee of the `ordinal`-th application of the month.
 */
export function countFee(ordinal: number): FeeBreakdown {
  requireCount(ordinal, '件数');
  const rule =
    '按件计收：申请人一个自然月内累计申请10件以下（含）不收费；11—30件每件100元；30件以上每10件为一档，每档每件增加100元（国办函〔2020〕109号）';
  if (ordinal <= 10) return { basis: 'count', quantity: ordinal, lines: [], amountFen: 0, rule };
  const band = ordinal <= 30 ? 0 : Math.ceil((ordinal - 30) / 10);
  const unitPriceFen = (band + 1) * 100 * YUAN;
  const label = band === 0 ? '第11—30件' : `第${21 + band * 10}—${30 + band * 10}件`;
  return {
    basis: 'count',
    quantity: ordinal,
    lines: [{ band: label, units: 1, unitPriceFen, amountFen: unitPriceFen }],
    amountFen: unitPriceFen,
    rule,
  };
}

const VOLUME_BANDS = [
  { from: 31, to: 100, unitPriceFen: 10 * YUAN },
  { from: 101, to: 200, unitPriceFen: 20 * YUAN },
  { from: 201, to: Number.POSITIVE_INFINITY, unitPriceFen: 40 * YUAN },
] as const;

/**
 * 按量计收 (管理办法 按量计收标准), over the pages provided for one application, charged per band
 * for the part of the pages falling in it: up to 30 free; 31-100 10 yuan per page; 101-200
 * 20 yuan; above 200 40 yuan. Electronic information counts as equivalent A4 pages.
 */
export function volumeFee(pages: number): FeeBreakdown {
  requireCount(pages, '页数');
  const lines: FeeBreakdownLine[] = [];
  for (const { from, to, unitPriceFen } of VOLUME_BANDS) {
    const units = Math.min(pages, to) - from + 1;
    if (units <= 0) break;
    const band = Number.isFinite(to) ? `第${from}—${to}页` : `第${from}页以上`;
    lines.push({ band, units, unitPriceFen, amountFen: units * unitPriceFen });
  }
  return {
    basis: 'volume',
    quantity: pages,
    lines,
    amountFen: lines.reduce((sum, line) => sum + line.amountFen, 0),
    rule: '按量计收：30页以下（含）不收费；31—100页的部分每页10元；101—200页的部分每页20元；200页以上的部分每页40元（国办函〔2020〕109号）',
  };
}

function requireCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${what}必须是正整数，收到：${n}`);
}

/** '1,234.50元' from 分, for notices. */
export function formatFen(fen: number): string {
  const yuan = Math.trunc(fen / YUAN);
  const rest = Math.abs(fen % YUAN);
  return `${yuan.toLocaleString('en-US')}.${rest.toString().padStart(2, '0')}元`;
}

/**
 * The ordinal of an application among the same applicant's applications to the same agency in
 * the calendar month of its receipt (按件计收 counts per applicant per calendar month).
 * Applicants are matched by identity document number; applications received on the same day
 * are taken in the order of their application ids (the records do not say which came first,
 * and the count must not depend on the order the records were read in). Returns 0 when the
 * application is not among the logs.
 */
export function monthlyOrdinal(
  logs: readonly (readonly ApplicationEvent[])[],
  target: readonly ApplicationEvent[],
): number {
  const first = target[0];
  if (first?.type !== 'received') return 0;
  const month = first.at.slice(0, 7);
  const sameMonth = logs.flatMap((log) => {
    const r = log[0];
    return r?.type === 'received' &&
      r.agency === first.agency &&
      r.applicant.identity.number === first.applicant.identity.number &&
      r.at.slice(0, 7) === month
      ? [r]
      : [];
  });
  const key = (r: { at: string; application: string }) => [r.at, r.application] as const;
  const ordered = [...sameMonth].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
  });
  return ordered.findIndex((r) => r.application === first.application) + 1;
}
