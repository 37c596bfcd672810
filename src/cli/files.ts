// Expands the command line's files and folders (recursively) into report files, in order.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const REPORT_FILE = /\.(txt|text|md|markdown|html?|shtml|xhtml|mht|mhtml|pdf|docx|doc|wps|xlsx|tsv|csv)$/i;

/** Folders give their report files (sorted, recursively); files are kept as given, even missing ones. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (s?.isDirectory()) out.push(...(await walk(input)));
    else out.push(input);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (REPORT_FILE.test(e.name) && !/\.(truth|expected|golden)\.json$/i.test(e.name)) out.push(path);
  }
  return out;
}
