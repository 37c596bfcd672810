// Runs CLI commands in-process for tests: output captured, commander's exits turned into codes.

import { Command, CommanderError } from 'commander';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `register` adds the commands under test to a fresh program; `argv` is what the user typed. */
export async function runCli(register: (program: Command) => void, argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  // Output and exit settings first: commander copies them to subcommands when they are created.
  const program = new Command().exitOverride().configureOutput({
    writeOut: (t) => out.push(t),
    writeErr: (t) => err.push(t),
    outputError: (m, w) => w(m),
  });
  register(program);
  let code = 0;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = e.exitCode;
  }
  return { code, out: out.join(''), err: err.join('') };
}

/** Runs `gongkai` itself (main) in-process, with its output captured. */
export async function runMain(...argv: string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli/main.ts');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false });
  return { code, out: out.join(''), err: err.join('') };
}
