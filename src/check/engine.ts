// Runs the rules over a report. The same checker serves a report read from a PDF and one
// generated from the agency's own records.
import type { AnnualReport } from '../report/annual-report.ts';
import type { Finding, Severity } from './finding.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkReport(report: AnnualReport, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const draft of rule.check(report)) {
      findings.push({
        rule: rule.id,
        severity: draft.severity ?? rule.severity,
        message: draft.message,
        where: draft.where,
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The report with its findings filled in. */
export function withFindings(report: AnnualReport, rules: readonly Rule[] = RULES): AnnualReport {
  return { ...report, findings: checkReport(report, rules) };
}
