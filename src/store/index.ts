// Public surface of the store: Kysely over SQLite (embedded default) or PostgreSQL
// (DATABASE_URL), migrations at start, applications changed only through ApplicationService.
export {
  type Actor,
  AnnualReportService,
  annualReportService,
  BLANK_REGISTERS,
  type RegisterFigures,
  type ReportRefusal,
  type ReportRefusalCode,
  type ReportResult,
  type ReportState,
  type ReportVersion,
  type Table3Figures,
} from './annual-report.service.ts';
export {
  type ApplicationFilter,
  ApplicationRepository,
  type ApplicationRow,
  type LoadedLog,
} from './application.repository.ts';
export { ApplicationService, type BoundCommand, type ServiceResult } from './application.service.ts';
export { continueIntoNextYear } from './carry-over.ts';
export { type DeadlineChange, type DeadlineRefresh, refreshOpenDeadlines } from './deadline-refresh.ts';
export { DEMO_AGENCY, type DemoSeedResult, demoLogs, replayLog, seedDemo } from './demo-seed.ts';
export type { DialectName, StoreDialect } from './dialect.ts';
export { ConflictError, NotFoundError, StoreUnavailableError } from './errors.ts';
export { commandFor } from './event-replay.ts';
export { type HistoryEntry, HistoryService, type HistorySnapshot } from './history.ts';
export { describeSnapshot, type HistoryExportOptions, historyCsv, historyText } from './history-export.ts';
export {
  configuredIdentityCipher,
  DataKeyError,
  type IdentityCipher,
  identityCipher,
  isEncrypted,
  parseDataKey,
} from './identity-cipher.ts';
export { type DueEntry, OverviewService } from './overview.service.ts';
export { RegisterRepository, type YearRange } from './register.repository.ts';
export { type ImportResult, RegisterService, type SaveResult } from './register.service.ts';
export { type DemoRegisterCounts, demoRegisters, seedDemoRegisters } from './register-demo.ts';
export { type StoreOptions, type StoreServices, storeServices } from './services.ts';
export { migrate, openStore, type Store } from './store.ts';
