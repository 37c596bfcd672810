// Amounts of money in the unit a column declares. Table 2's fee column is 本年收费金额（单位：万元）,
// but agencies print '3500元' in the cell, or change the header to （单位：元）: the value is then
// converted, never taken as printed in the wrong unit.

const UNITS: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };
const DECLARED = /单位[：:]?(亿元|万元|元)/g;
const PRINTED = /(亿元|万元|元)$/;

/** The unit a text declares last ('（单位：元）'), as a number of 元. */
export function declaredUnit(text: string): number | undefined {
  let unit: number | undefined;
  for (const m of text.matchAll(DECLARED)) unit = UNITS[m[1]!];
  return unit;
}

/** The unit printed after a number ('3500元'), as a number of 元. */
export function printedUnit(raw: string): number | undefined {
  const m = PRINTED.exec(raw);
  return m ? UNITS[m[1]!] : undefined;
}

/** A value in unit `from` expressed in unit `to` (both in 元), without binary noise. */
export function convertAmount(value: number, from: number, to: number): number {
  return Number(((value * from) / to).toPrecision(12));
}

/** '元' for 1, '万元' for 10000, … */
export function unitName(unit: number): string {
  return Object.keys(UNITS).find((k) => UNITS[k] === unit) ?? '';
}
