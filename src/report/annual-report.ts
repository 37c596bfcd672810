// The structured yearly report (AnnualReport): what a reader produces from a published report and
// what the generator will produce from live records. Keys follow docs/template.md exactly.
import type { Finding } from '../check/finding.ts';
import type { Table3ColumnKey, Table4ColumnKey, Table4GroupKey, TemplateVersion } from './template.ts';

/** A cell value: a number, or null when the source could not be read (the reason is in provenance). */
export type CellValue = number | null;

export type Table3Row = Record<Table3ColumnKey, CellValue>;
/** table3[rowKey][columnKey]; row keys as in template.md (e.g. 'withheld.stateSecret'). */
export type Table3 = Record<string, Table3Row>;
export type Table4 = Record<Table4GroupKey, Record<Table4ColumnKey, CellValue>>;
/** table2[rowKey][columnKey]; 政府集中采购's amount is kept as printed (text with its unit). */
export type Table2 = Record<string, Record<string, number | string | null>>;

export interface Section {
  /** The template section this is: 一 … 六. */
  number: string;
  /** The heading as printed, without its numbering. */
  title: string;
  /** The numbering as printed ('一、', '（一）', '01' …). */
  printedNumber: string;
  text: string;
}

/** Where a value was read in its source. Lines are 1-based. */
export interface SourceLoc {
  line?: number;
  column?: number;
  page?: number;
  x?: number;
  y?: number;
  table?: number;
  row?: number;
  cell?: number;
}

/** How a cell's value came about. */
export type CellStatus =
  | 'read' // a number printed in its own cell
  | 'blank' // an empty cell, read as 0
  | 'dash' // '/', '-', '——', '无' … read as 0
  | 'split' // split from digits glued to their neighbours, by the table's arithmetic
  | 'absent' // no trace in the source (a crawler dropped empty cells), read as 0 where its place is certain
  | 'unreadable'; // null: see reason

export interface CellProvenance {
  status: CellStatus;
  /** The text as printed ('' for a blank cell). */
  raw: string | null;
  loc?: SourceLoc;
  /** Why the value is null, or what repair was made (Chinese, for users). */
  reason?: string;
  /** For a null cell: the values the source allows. */
  candidates?: number[];
}

export interface ValueProvenance {
  raw: string;
  loc?: SourceLoc;
  how: string;
}

export interface CellCount {
  expected: number;
  printed: number;
  /** Printed numbers left out of the reading (extra cells). */
  dropped: number;
  /** Cells the row did not have. */
  missing: number;
}

export interface Provenance {
  source: { file?: string; format: string; bytes?: number };
  template?: ValueProvenance;
  year?: ValueProvenance;
  agency?: ValueProvenance;
  table2: Record<string, Record<string, CellProvenance>>;
  table3: Record<string, Record<string, CellProvenance>>;
  table4: Record<string, Record<string, CellProvenance>>;
  /**
   * Printed labels of table rows as read (compact), by table and row key: 'table3' from their own
   * cells, 'table3Text' from free text (PDF-extracted text may mix in neighbouring words);
   * column headers under 'header'.
   */
  labels: Record<string, Record<string, string>>;
  /** Per table and row: printed cells against the template's, where they differ. */
  cellCounts: Record<string, Record<string, CellCount>>;
  /** Tables whose source dropped empty cells without a trace (crawled text). */
  vanishingBlanks: string[];
  /** The reporting year as the title and as the statistics period state it. */
  years: { title?: number; period?: number };
  /** Section headings found only out of the template's order (section numbers). */
  sectionsOutOfOrder: string[];
  /** Anything else the reader noticed (Chinese). */
  notes: string[];
}

export interface AnnualReport {
  template: TemplateVersion;
  year: number | null;
  agency: string | null;
  table2: Table2;
  table3: Table3;
  table4: Table4;
  sections: Section[];
  findings: Finding[];
  provenance: Provenance;
}
