// A rule of the checker: a small pure unit over an AnnualReport with a stable public id
// (docs/rules.md). Adding a rule is one file in rules/ plus its test, and a line in rules/index.ts.
import type { AnnualReport } from '../report/annual-report.ts';
import type { Finding, Severity } from './finding.ts';

export interface Rule {
  /** Stable public id, e.g. 'table3-balance'. */
  id: string;
  /** The severity of the rule's findings. */
  severity: Severity;
  /** What the rule checks, in Chinese (shown by `gongkai rules`). */
  description: string;
  check(report: AnnualReport): FindingDraft[];
}

/** A finding as a rule returns it; the engine adds the rule id and (unless given) the severity. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`bad rule id: ${rule.id}`);
  return Object.freeze(rule);
}
