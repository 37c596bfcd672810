// Public surface of the registers: the records behind table 2 and table 4 of the yearly report
// (regulatory documents, decision counts, administrative fees, review cases), their validation,
// their import from CSV/XLSX bytes, and the two tables computed from them. Pure: no I/O.
export {
  CASE_KIND_CHOICES,
  CASE_RESULT_CHOICES,
  type Choice,
  choiceLabel,
  DECISION_CATEGORY_CHOICES,
  DOCUMENT_KINDS,
  REGISTER_COLUMNS,
  REGISTER_NAMES,
  type RegisterColumn,
} from './columns.ts';
export {
  crossRecordIssues,
  type LocatedIssue,
  type LocatedRecord,
  periodText,
  type RowError,
  rowError,
} from './cross-record.ts';
export {
  type DecodedTable,
  decodeCsv,
  decodeXlsx,
  formatOf,
  type ImportFormat,
  RegisterFileError,
  readRegisterFile,
} from './decode.ts';
export { parseYuan, sumFen, wanFromFen, wanTextFromFen, yuanFromFen } from './money.ts';
export { type ParseResult, parseRegisterRows } from './parse-rows.ts';
export {
  type AdministrativeFee,
  CASE_KINDS,
  CASE_RESULTS,
  DECISION_CATEGORIES,
  type DecisionCategory,
  type DecisionCount,
  type DocumentKind,
  isYearlyPeriod,
  type Period,
  periodYear,
  REGISTER_KINDS,
  type RegisterKind,
  type RegisterRecord,
  type RegisterRecords,
  type RegisterSet,
  type RegulatoryDocument,
  type ReviewCase,
  type ReviewCaseKind,
  type ReviewCaseResult,
  recordKey,
} from './records.ts';
export { table2For } from './table2.ts';
export { table4For } from './table4.ts';
export { registerTemplateCsv, registerTemplateXlsx } from './template-file.ts';
export {
  futureIssues,
  isPeriod,
  type RecordIssue,
  validateCase,
  validateDecision,
  validateDocument,
  validateFee,
  validateRecord,
} from './validate.ts';
