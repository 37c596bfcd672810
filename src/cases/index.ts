// Public surface of disclosure applications (依申请公开): the pure core. The store and the
// API build on exactly these functions; nothing here does I/O or reads the system clock.

export type * from './application.ts';
export { CHANNELS, DELIVERY_METHODS, INFORMATION_FORMS } from './application.ts';
export {
  type Clock,
  type CommandContext,
  type CommandResult,
  fixedClock,
  isRefusal,
  type Refusal,
  type RefusalCode,
  type StepInput,
} from './command.ts';
export {
  type EndConsultationInput,
  endConsultation,
  type StartConsultationInput,
  startConsultation,
} from './consultation.commands.ts';
export {
  CONSULTATION_WORKING_DAYS,
  type Deadlines,
  deadlines,
  MAX_EXTENSION_WORKING_DAYS,
  type Pause,
  REPLY_PERIOD_WORKING_DAYS,
  type ReplyDeadline,
  replyDeadline,
  SUPPLEMENT_NOTICE_WORKING_DAYS,
} from './deadlines.ts';
export { type DemoYear, generateDemoYear } from './demo.ts';
export { DISPOSITIONS, type Disposition, dispositionLabel, isDisposition } from './dispositions.ts';
export { DUE_SOON_WORKING_DAYS, type DueStatus, type DueStatusKind, dueStatus } from './due-status.ts';
export { EVENT_LABELS } from './event-labels.ts';
export type * from './events.ts';
export {
  type AssessReasonsInput,
  assessReasons,
  type RequestReasonsInput,
  requestReasons,
} from './excessive.commands.ts';
export {
  type DeadlineExplanation,
  type DeadlineStep,
  explainReplyDeadline,
  formatDeadlineExplanation,
} from './explain-deadline.ts';
export { type ExtendInput, extend } from './extension.command.ts';
export {
  type FeeNoticeInput,
  issueFeeNotice,
  lapseFee,
  payFee,
  reduceFee,
  waiveFee,
} from './fee.commands.ts';
export {
  countFee,
  FEE_DEFAULTS,
  type FeeBasis,
  type FeeBreakdown,
  formatFen,
  monthlyOrdinal,
  volumeFee,
} from './fees.ts';
export {
  creditCodeProblem,
  identityKindProblem,
  identityNumberProblem,
  residentIdProblem,
} from './identity-number.ts';
export * from './ids.ts';
export {
  maskAddress,
  maskApplicant,
  maskEmail,
  maskEvent,
  maskIdNumber,
  maskPhone,
} from './personal-data.ts';
export { type Plan, type PlanRun, runPlan } from './plan.ts';
export {
  CONFIRMATION_WARNING_WORKING_DAYS,
  type ReceiptDate,
  receiptDate,
  receiptWarnings,
} from './receipt-date.ts';
export { type RegisterInput, register } from './register.command.ts';
export { deliver, type ReplyInput, reply, withdraw } from './reply.commands.ts';
export {
  type ApplicationState,
  applicationState,
  type Closure,
  type ConsultationState,
  type ExcessiveRequestState,
  type FeeState,
  InvalidLogError,
  type Stage,
  type SupplementState,
} from './state.ts';
export { lapseSupplement, receiveSupplement, requestSupplement } from './supplement.commands.ts';
export { type Table3Options, table3FromLogs, table3FromStates } from './table3.ts';
