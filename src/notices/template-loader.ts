// The one module of src/notices that touches files: it reads the template layers and the agency's
// details through a small NoticeFiles seam (node's file system by default, a map in tests).
//
//   <noticeDir>/<agencyId>/<name>.md   the agency's own wording
//   <noticeDir>/<name>.md              wording for every agency of the installation
//   src/notices/templates/<name>.md    built in
//   <noticeDir>/<agencyId>/agency.json the agency's details (agency-details.ts)

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AgencyDetails, parseAgencyDetails } from './agency-details.ts';
import { AgencyDetailsError } from './errors.ts';
import type { NoticeAgency } from './model.ts';
import {
  isTemplateName,
  type NoticeTemplates,
  type TemplateFile,
  type TemplateLayer,
} from './template-set.ts';

export interface NoticeFiles {
  /** The text of a file, or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
  /** The names in a directory, or [] when there is no such directory. */
  list(dir: string): Promise<string[]>;
}

export const nodeNoticeFiles: NoticeFiles = {
  readFile: (path) => readFile(path, 'utf8').catch(absentAs(undefined)),
  list: (dir) => readdir(dir).catch(absentAs([])),
};

function absentAs<T>(value: T) {
  return (error: NodeJS.ErrnoException): T => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return value;
    throw error;
  };
}

export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

export interface TemplateDirs {
  /** GONGKAI_NOTICE_DIR (Config.noticeDir). */
  noticeDir: string;
  agencyId: string;
  builtinDir?: string;
}

export interface Loaded<T> {
  value: T;
  /** Recoverable oddities, in Chinese: ignored files, missing details. */
  warnings: string[];
}

export async function loadNoticeTemplates(
  dirs: TemplateDirs,
  files: NoticeFiles = nodeNoticeFiles,
): Promise<Loaded<NoticeTemplates>> {
  const agencyDir = join(dirs.noticeDir, safeAgencyId(dirs.agencyId));
  const warnings: string[] = [];
  const layers: TemplateLayer[] = [];
  for (const [name, dir] of [
    [`机关 ${dirs.agencyId} 的模板目录 ${agencyDir}`, agencyDir],
    [`全部机关的模板目录 ${dirs.noticeDir}`, dirs.noticeDir],
    [`内置模板 ${dirs.builtinDir ?? BUILTIN_TEMPLATE_DIR}`, dirs.builtinDir ?? BUILTIN_TEMPLATE_DIR],
  ] as const) {
    layers.push({ name, files: await readLayer(dir, files, warnings) });
  }
  return { value: { layers }, warnings };
}

async function readLayer(
  dir: string,
  files: NoticeFiles,
  warnings: string[],
): Promise<Map<string, TemplateFile>> {
  const out = new Map<string, TemplateFile>();
  for (const entry of (await files.list(dir)).sort()) {
    if (!entry.endsWith('.md') || entry.toUpperCase() === 'README.MD') continue;
    const name = entry.slice(0, -'.md'.length);
    const source = join(dir, entry);
    if (!isTemplateName(name)) {
      warnings.push(
        `忽略无法识别的模板文件 ${source}：文件名不是任何告知书的模板名（可用的文件名见 src/notices/README.md）`,
      );
      continue;
    }
    const text = await files.readFile(source);
    if (text !== undefined) out.set(name, { source, text });
  }
  return out;
}

/**
 * The agency's details from `<noticeDir>/<agencyId>/agency.json`, its name defaulting to
 * `storeName`. Without the file: the store's name only, and a warning (README.md says what the
 * notices then print).
 */
export async function loadAgencyDetails(
  dirs: Omit<TemplateDirs, 'builtinDir'> & { storeName: string },
  files: NoticeFiles = nodeNoticeFiles,
): Promise<Loaded<NoticeAgency>> {
  const path = join(dirs.noticeDir, safeAgencyId(dirs.agencyId), 'agency.json');
  const text = await files.readFile(path);
  if (text === undefined) {
    return {
      value: { name: dirs.storeName },
      warnings: [
        `没有机关信息文件 ${path}：落款使用数据库中的机关名称“${dirs.storeName}”，联系方式空缺，救济途径使用通用表述（格式见 src/notices/README.md）`,
      ],
    };
  }
  const details: AgencyDetails = parseAgencyDetails(text, path);
  return { value: { ...details, name: details.name ?? dirs.storeName }, warnings: [] };
}

/** An agency id names a directory: it may not climb out of the notice directory. */
function safeAgencyId(id: string): string {
  if (!/^[\w\u4e00-\u9fff-][\w\u4e00-\u9fff.-]*$/.test(id) || id.includes('..'))
    throw new AgencyDetailsError(
      `机关编号“${id}”不能用作目录名：只能包含字母、数字、汉字、连字符、下划线和点`,
    );
  return id;
}
