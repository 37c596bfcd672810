// Dispositions (答复结果) are exactly the outcome rows of table 3 in the 2021 template
// (国办公开办函〔2021〕30号). The literal list below exists only to give TypeScript the union
// type; it is checked against the declared template when this module loads, so it cannot
// drift from src/report/template.ts.
//
// 《政府信息公开条例》第三十六条、第三十七条: the reply types map onto these rows; a partial
// disclosure (区分处理) is counted only as partiallyGranted.

import { fullRowLabel, TEMPLATES } from '../report/template.ts';

export const DISPOSITIONS = [
  'granted',
  'partiallyGranted',
  'withheld.stateSecret',
  'withheld.lawForbidden',
  'withheld.threeSecurityOneStability',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInfo',
  'withheld.enforcementFile',
  'withheld.queryMatter',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclearAfterSupplement',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massRepeated',
  'notProcessed.confirmation',
  'otherHandling.noSupplement',
  'otherHandling.feeUnpaid',
  'otherHandling.other',
] as const;

export type Disposition = (typeof DISPOSITIONS)[number];

const templateKeys = TEMPLATES['2021'].outcomeRowKeys;
if (templateKeys.length !== DISPOSITIONS.length || templateKeys.some((k, i) => k !== DISPOSITIONS[i])) {
  throw new Error('DISPOSITIONS differ from the outcome rows of the 2021 template (src/report/template.ts)');
}

export function isDisposition(value: string): value is Disposition {
  return (DISPOSITIONS as readonly string[]).includes(value);
}

/** Dispositions that only a lapse or a withdrawal produces, never a reply. */
export const LAPSE_DISPOSITIONS: Readonly<Partial<Record<Disposition, string>>> = {
  'otherHandling.noSupplement': '逾期不补正应通过“登记逾期未补正”办理，不能作为答复结果',
  'otherHandling.feeUnpaid': '逾期未缴费应通过“登记逾期未缴费”办理，不能作为答复结果',
};

/** The template's label of a disposition, e.g. '（三）不予公开 1.属于国家秘密'. */
export function dispositionLabel(disposition: Disposition): string {
  const row = TEMPLATES['2021'].table3Rows.find((r) => r.key === disposition);
  return row ? fullRowLabel(row) : disposition;
}
