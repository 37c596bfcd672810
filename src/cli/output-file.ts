// Writing a command's output file (-o): whole or not at all, and a Chinese message, never a
// stack trace, when the path cannot be written.

import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeParents } from '../util/make-parents.ts';
import { UsageError } from './store-command.ts';

/**
 * Writes `content` to `path`. Missing parent folders are created. The bytes go to a temporary
 * file beside the target first and are renamed over it only when complete, so an interrupted or
 * failed write never leaves a half-written document (or destroys the previous one).
 */
export async function writeOutputFile(path: string, content: Uint8Array | string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory())
    throw new UsageError(`输出路径“${path}”是一个目录，请指定文件名，如 ${join(path, '输出文件名')}`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    makeParents(dirname(path));
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw new UsageError(`无法写入输出文件 ${path}：${reasonOf(error)}`);
  }
}

/** Why the file system refused, in Chinese. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限';
    case 'ENOTDIR':
    case 'EEXIST':
      return '路径中的某一级不是目录';
    case 'ENOENT':
      return '无法创建所在目录';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'ENAMETOOLONG':
      return '文件名过长';
    default:
      return `文件系统错误（${code ?? (error as Error).message}）`;
  }
}
