// The yearly report covers one calendar year (《政府信息公开条例》第五十条: 上一年度的政府信息公开
// 工作情况; published by 31 January (departments) or 31 March (governments) of the next year,
// 第四十九条). Its figures are final only once the year is over: until then applications are still
// being received and closed, and 结转下年度继续办理 (carriedForward) is not yet known. A draft may be
// built at any time to follow the work; publishing waits for 1 January of the next year.

/** The first day on which the report of `year` may be published: 1 January of the next year. */
export function publishableFrom(year: number): string {
  return `${year + 1}-01-01`;
}

/** Whether `year` is over on `today` (YYYY-MM-DD, the date in China). */
export function reportingYearEnded(year: number, today: string): boolean {
  return today >= publishableFrom(year);
}

/** Why the report of `year` cannot be published on `today`, in Chinese; undefined once it can. */
export function publishTooEarly(year: number, today: string): string | undefined {
  if (reportingYearEnded(year, today)) return undefined;
  return `${year}年度尚未结束（今天是${today}），年度报告的数字还不是全年的最终数字，不能发布；${publishableFrom(year)}起才能发布（《政府信息公开条例》第四十九条、第五十条）`;
}

/** The note a draft of an unfinished year carries: its figures are provisional. */
export function provisionalFigures(year: number, today: string): string | undefined {
  if (reportingYearEnded(year, today)) return undefined;
  return `${year}年度尚未结束（今天是${today}），草稿中的数字截至今天，不是全年的最终数字；${publishableFrom(year)}起才能发布`;
}
