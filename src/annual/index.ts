// Public surface of the yearly report assembled from records (pure): the draft from the tables
// and facts, the clerk's section edits, and the placeholders still to fill.
export { type AssembleInput, assembleReport, hasRecords } from './assemble.ts';
export { applyEdits, EditError, type SectionEdit, sectionEdit } from './edits.ts';
export { type FeeFacts, NO_FEES, type ProactiveFacts, type ReportFacts } from './facts.ts';
export { feeFacts, feeFactsFromLogs } from './fee-facts.ts';
export { feeStatement } from './narrative.ts';
export { pendingSections } from './placeholder.ts';
export { yuanText } from './yuan.ts';
