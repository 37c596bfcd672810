// The report's agency and year, from its title (src/read/title.ts) or, failing that, the
// statistics period and the first agency the text names.
import type { ValueProvenance } from '../report/annual-report.ts';
import type { FlatDoc } from './flat-doc.ts';
import { arabicYears, expand, titleHits } from './title.ts';

const ORG_IN_TEXT =
  /([\u4e00-\u9fff]{1,8}?(?:省|市|自治区|县|区|州|盟|旗)[\u4e00-\u9fff]{2,18}?(?:厅|局|委员会|办公室|管理委员会|管委会|人民政府|政府|院|署|中心))(?=[，,。\s]|坚持|认真|深入|以|在|围绕|始终|紧紧|全面|严格|高度)/;

export interface Meta {
  agency: string | null;
  year: number | null;
  agencyProvenance?: ValueProvenance;
  yearProvenance?: ValueProvenance;
  /** Years stated by the title and by the statistics period, for the year-mismatch rule. */
  titleYear?: number;
  periodYear?: number;
}

export function readMeta(doc: FlatDoc): Meta {
  const text = arabicYears(doc.compact);
  const hits = titleHits(doc, text);
  const withAgency = hits.filter((h) => h.agency);
  const best = withAgency.sort((a, b) => a.rank - b.rank)[0];
  const firstTitle = hits.sort((a, b) => a.rank - b.rank)[0];
  const period = periodYear(text);
  const meta: Meta = { agency: null, year: null };
  if (best?.agency) {
    meta.agency = expand(best.agency);
    meta.agencyProvenance = { raw: best.raw, how: best.how };
  } else {
    const m = ORG_IN_TEXT.exec(doc.text.slice(0, 3000).replace(/\s+/g, ''));
    if (m) {
      meta.agency = m[1]!;
      meta.agencyProvenance = { raw: m[1]!, how: '正文首次出现的机关名称' };
    }
  }
  const titleYear = best?.year ?? firstTitle?.year;
  if (titleYear !== undefined) meta.titleYear = titleYear;
  if (period !== undefined) meta.periodYear = period;
  const year = titleYear ?? period;
  if (year !== undefined) {
    meta.year = year;
    meta.yearProvenance =
      titleYear !== undefined
        ? { raw: (best ?? firstTitle)!.raw, how: '标题' }
        : { raw: String(period), how: '统计时限' };
  }
  return meta;
}

/** 统计时限/期限/周期 … 自2023年1月1日 … : the reporting year the period states. */
function periodYear(c: string): number | undefined {
  const m = /(?:统计|数据)[^。]{0,30}?((?:19|20)\d{2})年(?:1|01)月(?:1|01)日/.exec(c);
  return m ? Number(m[1]) : undefined;
}
