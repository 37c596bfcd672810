import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from './output-file.ts';
import { UsageError } from './store-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-output-'));

describe('writeOutputFile', () => {
  it('writes the whole file, creating missing folders, and leaves no temporary file', async () => {
    const file = join(dir, 'a', 'b', 'report.txt');
    await writeOutputFile(file, '报告');
    expect(readFileSync(file, 'utf8')).toBe('报告');
    await writeOutputFile(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['report.txt']);
  });

  it('a folder, a file in the way, or an unwritable place: a Chinese UsageError, nothing written', async () => {
    mkdirSync(join(dir, 'folder'));
    await expect(writeOutputFile(join(dir, 'folder'), 'x')).rejects.toThrow(/是一个目录，请指定文件名/);
    writeFileSync(join(dir, 'plain'), 'keep');
    await expect(writeOutputFile(join(dir, 'plain', 'x.txt'), 'x')).rejects.toThrow(UsageError);
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('keep');
    // Node's recursive mkdir never returns under /proc; this must fail at once.
    await expect(writeOutputFile('/proc/gongkai-none/x.txt', 'x')).rejects.toThrow(/无法写入输出文件/);
  });
});
