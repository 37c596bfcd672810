// The intermediate form every layout reader produces (text, TSV, markdown, HTML; later PDF and
// DOCX): free-text lines and tables with explicit cells, in reading order, each with its location.
import type { SourceLoc } from '../report/annual-report.ts';

export interface TextBlock {
  kind: 'text';
  text: string;
  loc: SourceLoc;
  /** Locations of parts of the text (for PDF: each text item), by character offset. */
  spans?: { from: number; loc: SourceLoc }[];
}

export interface TableCell {
  text: string;
  loc: SourceLoc;
}

export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
  loc: SourceLoc;
}

export type Block = TextBlock | TableBlock;

export type SourceFormat = 'text' | 'tsv' | 'markdown' | 'html' | 'pdf' | 'docx' | 'xlsx';

export interface SourceDoc {
  format: SourceFormat;
  blocks: Block[];
  /** A title given by the container (HTML <title>, a crawler's 标题 line), if any. */
  title?: string;
}
