// The headline figures of one yearly report, the ones a 政务公开办 compares across agencies and
// years. Each is computed from the report's tables; a figure that needs a cell the reader could
// not read is null (never a partial sum).
import type { AnnualReport, CellValue } from '../report/annual-report.ts';

export interface ReportFigures {
  /** 表三 本年新收 (总计 column). */
  received: number | null;
  /** 表三 上年结转. */
  carriedOver: number | null;
  /** 表三 办理结果总计. */
  totalHandled: number | null;
  /** 予以公开 + 部分公开. */
  disclosed: number | null;
  /** 不予公开, all reasons. */
  withheld: number | null;
  /** 无法提供, all reasons. */
  unableToProvide: number | null;
  /** 不予处理, all reasons. */
  notProcessed: number | null;
  /** 表三 结转下年度继续办理. */
  carriedForward: number | null;
  /** (予以公开 + 部分公开) / 办理结果总计, in percent; null when nothing was handled. */
  disclosureRate: number | null;
  /** 表四 行政复议 总计. */
  reconsideration: number | null;
  /** 表四 行政诉讼 (未经复议直接起诉 + 复议后起诉) 总计. */
  litigation: number | null;
  /** 表四 结果纠正, reconsideration and both kinds of litigation. */
  corrected: number | null;
  /** 表二 行政规范性文件 现行有效件数 (2021 template). */
  normativeInForce: number | null;
}

/** Sum of the given values; null when one of them is null or none exists. */
function sum(values: readonly (CellValue | undefined)[]): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
}

/** 总计 of the table-3 rows whose key is `prefix` or starts with `prefix.`. */
function rowTotals(report: AnnualReport, prefix: string): number | null {
  const keys = Object.keys(report.table3).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
  return sum(keys.map((k) => report.table3[k]?.total));
}

const total3 = (report: AnnualReport, row: string): number | null => report.table3[row]?.total ?? null;

export function reportFigures(report: AnnualReport): ReportFigures {
  const t4 = report.table4;
  const handled = total3(report, 'totalHandled');
  const disclosed = sum([total3(report, 'granted'), total3(report, 'partiallyGranted')]);
  const inForce = report.table2.normativeDocuments?.inForce;
  return {
    received: total3(report, 'received'),
    carriedOver: total3(report, 'carriedOver'),
    totalHandled: handled,
    disclosed,
    withheld: rowTotals(report, 'withheld'),
    unableToProvide: rowTotals(report, 'unableToProvide'),
    notProcessed: rowTotals(report, 'notProcessed'),
    carriedForward: total3(report, 'carriedForward'),
    disclosureRate: disclosed === null || !handled ? null : Math.round((disclosed / handled) * 1000) / 10,
    reconsideration: t4.reconsideration?.total ?? null,
    litigation: sum([t4.litigationDirect?.total, t4.litigationAfterReconsideration?.total]),
    corrected: sum([
      t4.reconsideration?.corrected,
      t4.litigationDirect?.corrected,
      t4.litigationAfterReconsideration?.corrected,
    ]),
    normativeInForce: typeof inForce === 'number' ? inForce : null,
  };
}

/** Chinese column headings of the figures, in display order. */
export const FIGURE_LABELS: Record<keyof ReportFigures, string> = {
  received: '本年新收',
  carriedOver: '上年结转',
  totalHandled: '办理总计',
  disclosed: '公开(含部分)',
  withheld: '不予公开',
  unableToProvide: '无法提供',
  notProcessed: '不予处理',
  carriedForward: '结转下年',
  disclosureRate: '公开率%',
  reconsideration: '行政复议',
  litigation: '行政诉讼',
  corrected: '被纠错',
  normativeInForce: '规范性文件现行有效',
};
