// The one error type of the calendar. Its message is Chinese and meant for the user as is
// (the CLI prints it without a stack trace); `code` lets callers react without parsing text.

export type CalendarErrorCode =
  /** A date in a year for which no holiday data is loaded. */
  | 'unknown-year'
  /** A string that is not a real calendar date in YYYY-MM-DD form. */
  | 'bad-date'
  /** A number of working days that is not a positive integer. */
  | 'bad-count'
  /** A year file that does not satisfy the format of README.md. */
  | 'bad-data'
  /** A year file that cannot be read or written. */
  | 'io'
  /** An import that would silently replace a year's different data. */
  | 'exists';

export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    /** For 'unknown-year': the year whose data is missing, so a caller can offer to import it. */
    readonly year?: number,
  ) {
    super(message);
  }
}

export function unknownYearError(year: number): CalendarError {
  return new CalendarError(
    'unknown-year',
    `日历中没有${year}年的节假日安排，请先导入该年数据（gongkai calendar import 文件）`,
    year,
  );
}
