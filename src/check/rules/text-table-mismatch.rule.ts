// The narrative against the tables: what the text says was received, handled, reviewed or
// charged must be what the tables count.
import type { AnnualReport } from '../../report/annual-report.ts';
import { sectionName } from '../labels.ts';
import { type Claim, narrativeClaims } from '../narrative-claims.ts';
import type { FindingDraft } from '../rule.ts';
import { defineRule } from '../rule.ts';

export const textTableMismatch = defineRule({
  id: 'text-table-mismatch',
  severity: 'error',
  description: '正文所述数字与表格不一致（收到/办结申请数、未收到申请、复议诉讼、收费、规范性文件等）',
  check(report) {
    return narrativeClaims(report.sections, report.year).flatMap((c) => compare(c, report));
  },
});

function compare(c: Claim, r: AnnualReport): FindingDraft[] {
  const said = `${sectionName(c.section)}称“${c.quote}”`;
  const where = { part: 'section', section: c.section, quote: c.quote };
  const t3 = (row: string) => r.table3[row]?.total ?? null;
  const t4 = (group: 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration') =>
    r.table4[group]?.total ?? null;
  const differ = (table: number | null, msg: string, severity?: 'warning'): FindingDraft[] =>
    table === null || table === c.value
      ? []
      : [{ message: `正文${said}，但${msg}为 ${table}`, where, ...(severity && { severity }) }];
  switch (c.kind) {
    case 'noApplications':
      return differ(t3('received'), '表三本年新收');
    case 'received': {
      const received = t3('received');
      const carried = t3('carriedOver');
      // the text says its count includes the carried-over applications, and it does
      if (c.includesCarriedOver && received !== null && carried !== null && c.value === received + carried) {
        return [];
      }
      if (
        received !== null &&
        carried !== null &&
        carried > 0 &&
        c.value === received + carried &&
        c.value !== received
      ) {
        return [
          {
            severity: 'warning',
            message: `正文${said}，与表三本年新收 ${received} 不符（${c.value} 为本年新收加上年结转 ${carried}）`,
            where,
          },
        ];
      }
      return differ(received, '表三本年新收');
    }
    case 'handled':
      return differ(t3('totalHandled'), '表三办理结果总计');
    case 'noReviewCases':
    case 'reconsideration':
      return differ(t4('reconsideration'), '表四行政复议总计');
    case 'litigation': {
      const a = t4('litigationDirect');
      const b = t4('litigationAfterReconsideration');
      return differ(a === null || b === null ? null : a + b, '表四行政诉讼总计');
    }
    case 'noFeeNotice':
      return differ(t3('otherHandling.feeUnpaid'), '表三“逾期未按收费通知要求缴纳费用”');
    case 'normativeInForce':
      return differ(num(r.table2.normativeDocuments?.inForce), '表二行政规范性文件现行有效件数');
    case 'normativeIssued':
      return differ(num(r.table2.normativeDocuments?.issued), '表二行政规范性文件本年制发件数');
    case 'feesWan':
      return differ(num(r.table2.fees?.amountWan), '表二行政事业性收费金额（万元）');
  }
}

function num(v: number | string | null | undefined): number | null {
  return typeof v === 'number' ? v : null;
}
