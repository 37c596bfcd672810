// How a cell value is printed: numbers as digits, table 2's text cells as printed, and a value
// that could not be read (null) as an explicit mark, never as a number or a blank (a blank reads 0).

/** The printed mark for a cell whose value is unknown (null in the model). */
export const UNKNOWN_MARK = '（无法识别）';

export function formatValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return UNKNOWN_MARK;
  return typeof value === 'number' ? String(value) : value;
}
