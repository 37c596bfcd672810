// Every rule of the checker, in the order findings are listed.
import type { Rule } from '../rule.ts';
import { blankCell } from './blank-cell.rule.ts';
import { cellCount } from './cell-count.rule.ts';
import { numberingGap } from './numbering-gap.rule.ts';
import { sectionMissing } from './section-missing.rule.ts';
import { sectionNumber } from './section-number.rule.ts';
import { sectionOrder } from './section-order.rule.ts';
import { tableMissing } from './table-missing.rule.ts';
import { table3Balance } from './table3-balance.rule.ts';
import { table3OutcomeTotal } from './table3-outcome-total.rule.ts';
import { table3RowTotal } from './table3-row-total.rule.ts';
import { table4Total } from './table4-total.rule.ts';
import { templateLabel } from './template-label.rule.ts';
import { textTableMismatch } from './text-table-mismatch.rule.ts';
import { unreadableCell } from './unreadable-cell.rule.ts';
import { yearMismatch } from './year-mismatch.rule.ts';

export const RULES: readonly Rule[] = [
  table3Balance,
  table3RowTotal,
  table3OutcomeTotal,
  table4Total,
  textTableMismatch,
  yearMismatch,
  sectionMissing,
  sectionOrder,
  sectionNumber,
  numberingGap,
  templateLabel,
  cellCount,
  blankCell,
  unreadableCell,
  tableMissing,
];
