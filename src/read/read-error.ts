// Input that is not a yearly report at all (the only thing the readers throw for).
export type ReadErrorCode =
  | 'empty'
  | 'binary'
  | 'not-report'
  | 'no-tables'
  | 'unsupported'
  | 'missing'
  | 'scanned'
  | 'damaged';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    /** For users, in Chinese: what is wrong and what to do. */
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
