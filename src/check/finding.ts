// A finding of the checker: data, with a stable machine-readable rule id (docs/template.md).
import type { SourceLoc } from '../report/annual-report.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface FindingWhere {
  /** 'table2' | 'table3' | 'table4' | 'section' | 'title' | 'document' */
  part: string;
  row?: string;
  column?: string;
  section?: string;
  loc?: SourceLoc;
  /** A short quotation of the text concerned. */
  quote?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  where: FindingWhere;
}
