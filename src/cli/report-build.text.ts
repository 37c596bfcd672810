// What `gongkai report …` prints about a version: its name, its findings counted, the sections
// still to fill, the list of versions. Chinese, one line per fact.

import { pendingSections } from '../annual/index.ts';
import { checkReport } from '../check/index.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import type { ReportVersion } from '../store/index.ts';
import { chinaDate } from '../util/china-date.ts';
import { formatFindings, reportHeading } from './output.ts';

export interface Named {
  agencyName: string;
  year: number;
}

/** The report with the findings of today's rules. */
export const checked = (report: AnnualReport): AnnualReport => ({ ...report, findings: checkReport(report) });

export const hasErrors = (report: AnnualReport) => report.findings.some((f) => f.severity === 'error');

export function findingCounts(report: AnnualReport): string {
  const n = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return `错误 ${n('error')} 个，警告 ${n('warning')} 个，提示 ${n('info')} 个`;
}

export function pendingLines(report: AnnualReport): string[] {
  const pending = pendingSections(report.sections);
  return pending.length
    ? [
        `  [待填写] 第${pending.join('、')}部分仍有“【待填写：……】”的内容，发布前须用 gongkai report edit 填写`,
      ]
    : [];
}

export function pendingNote(report: AnnualReport): string {
  const pending = pendingSections(report.sections);
  return pending.length ? `；第${pending.join('、')}部分待填写` : '';
}

/** '示例县医疗保障局2025年度报告第1版（草稿）'. */
export function versionLine({ agencyName, year }: Named, v: ReportVersion): string {
  return `${agencyName}${year}年度报告第${v.version}版（${v.state === 'published' ? '已发布' : '草稿'}）`;
}

/** The findings of a version as `gongkai check` lists a report's. */
export function checkText(named: Named, v: ReportVersion, withInfo: boolean): string {
  const report = checked(v.report);
  const shown = formatFindings(report, withInfo);
  return [
    `== ${versionLine(named, v)}`,
    reportHeading(report),
    ...(shown.length ? shown : ['  未发现问题']),
    ...pendingLines(report),
    '',
    findingCounts(report),
    '',
  ].join('\n');
}

export function versionsText({ agencyName, year }: Named, list: readonly ReportVersion[]): string {
  if (list.length === 0) return `${agencyName}${year}年度报告还没有任何版本\n`;
  const lines = list.map((v) => {
    const state =
      v.state === 'published'
        ? `已发布 ${dayOf(v.publishedAt)} ${v.publishedBy}`
        : `草稿 修订${v.revision} ${dayOf(v.updatedAt)} ${v.updatedBy}`;
    const reason = v.reason ? `  更正理由：${v.reason}` : '';
    return `第${v.version}版  ${state}  ${findingCounts(checked(v.report))}${reason}`;
  });
  return `${agencyName}${year}年度报告\n${lines.join('\n')}\n`;
}

/** The day (China time) a version was recorded: the store keeps UTC timestamps. */
export function dayOf(timestamp: string | null): string {
  return timestamp ? chinaDate(timestamp) : '';
}
