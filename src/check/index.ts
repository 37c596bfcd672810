export { checkReport, withFindings } from './engine.ts';
export type { Finding, FindingWhere, Severity } from './finding.ts';
export type { Rule } from './rule.ts';
export { RULES } from './rules/index.ts';
