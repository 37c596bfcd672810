// The CLI's outputs, injectable so commands can be tested in-process.
export interface Io {
  out(text: string): unknown;
  err(text: string): unknown;
  /** Whether stderr is a terminal (progress bars only then). */
  errIsTty: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTty: Boolean(process.stderr.isTTY),
};
