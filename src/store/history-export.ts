// The audit trail as a file for the archive or an inspector: CSV (UTF-8 with BOM, so Excel and
// WPS open it as Chinese) or text. Personal data is masked unless the caller may see it.

import { dispositionLabel, isDisposition, maskEvent } from '../cases/index.ts';
import type { HistoryEntry, HistorySnapshot } from './history.ts';

const STAGE_LABELS: Readonly<Record<string, string>> = {
  processing: '办理中',
  awaitingSupplement: '等待补正',
  awaitingFee: '等待缴费',
  closed: '已办结',
};

export interface HistoryExportOptions {
  /** Show identity numbers, phone numbers and addresses in full (a role that may see them). */
  personalData?: boolean;
}

/** The standing of the application in one line of Chinese. */
export function describeSnapshot(s: HistorySnapshot | null): string {
  if (s === null) return '（无）';
  const parts = [STAGE_LABELS[s.stage] ?? s.stage];
  if (s.dueDate) parts.push(`答复期限${s.dueDate}`);
  if (s.pausedUntil) parts.push(`征求意见暂停至${s.pausedUntil}`);
  if (s.disposition)
    parts.push(isDisposition(s.disposition) ? dispositionLabel(s.disposition) : s.disposition);
  if (s.closedDate) parts.push(`办结于${s.closedDate}`);
  return parts.join('，');
}

/** The event's own facts as JSON, without the columns already shown. */
function details(entry: HistoryEntry, options: HistoryExportOptions): string {
  const event = options.personalData ? entry.event : maskEvent(entry.event);
  const { type: _type, at: _at, actor: _actor, ...rest } = event;
  return JSON.stringify(rest);
}

const CSV_HEADER = ['序号', '办理步骤', '发生日期', '经办人', '录入时间', '变更前', '变更后', '内容'];

export function historyCsv(entries: readonly HistoryEntry[], options: HistoryExportOptions = {}): string {
  const rows = entries.map((e) => [
    String(e.seq),
    e.label,
    e.at,
    e.actor,
    e.recordedAt,
    describeSnapshot(e.before),
    describeSnapshot(e.after),
    details(e, options),
  ]);
  return `\uFEFF${[CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function historyText(
  id: string,
  entries: readonly HistoryEntry[],
  options: HistoryExportOptions = {},
): string {
  const lines = [`申请 ${id} 的办理记录（${entries.length}条）`];
  for (const e of entries) {
    lines.push(
      '',
      `${e.seq}. ${e.at} ${e.label}（经办人 ${e.actor}，录入于 ${e.recordedAt}）`,
      `   变更前：${describeSnapshot(e.before)}`,
      `   变更后：${describeSnapshot(e.after)}`,
      `   内容：${details(e, options)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
