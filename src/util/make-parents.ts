// mkdir -p for the folders of a file the program writes (a database, an output document).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates the missing folders of `dir`, one level at a time: Node's recursive mkdir never
 * returns for a path under a pseudo file system such as /proc, where a plain mkdir fails at once
 * (and the caller reports it).
 */
export function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
