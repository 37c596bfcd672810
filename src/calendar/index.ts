// Public surface of the working-day calendar.
export { CalendarError, type CalendarErrorCode } from './calendar-error.ts';
export { formatExplanation } from './format-explanation.ts';
export { type IsoDate, isIsoDate, parseIsoDate } from './iso-date.ts';
export {
  BUNDLED_DATA_DIR,
  type ImportResult,
  importYearFile,
  type LoadCalendarOptions,
  loadCalendar,
  loadYears,
  localDataDir,
  readYearFile,
} from './load-calendar.ts';
export {
  COUNTING_RULE,
  type DayInfo,
  type DayKind,
  type ExplanationStep,
  WorkingCalendar,
  type WorkingDaysExplanation,
} from './working-calendar.ts';
export { formatYearData, type NamedDay, parseYearData, type YearData } from './year-data.ts';
