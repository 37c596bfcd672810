// The comparison as text for a terminal: a table of figures (one line per report, agencies
// together, years in order), then the year-on-year changes and the cross-report findings.

import {
  padEndDisplay as padEnd,
  padStartDisplay as padStart,
  displayWidth as width,
} from '../util/display-width.ts';
import type { Comparison, ComparisonRow } from './compare.ts';
import { FIGURE_LABELS, type ReportFigures } from './figures.ts';

const SHOWN: (keyof ReportFigures)[] = [
  'received',
  'carriedOver',
  'totalHandled',
  'disclosureRate',
  'carriedForward',
  'reconsideration',
  'litigation',
  'corrected',
];

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

const shown = (v: number | null) => (v === null ? '—' : String(v));

function sortRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.agency ?? '\uffff').localeCompare(b.agency ?? '\uffff', 'zh') || (a.year ?? 0) - (b.year ?? 0),
  );
}

export function formatComparison(c: Comparison): string[] {
  const head = ['机关', '年度', ...SHOWN.map((k) => FIGURE_LABELS[k]), '错误', '警告'];
  const body = sortRows(c.rows).map((r) => [
    r.agency ?? '（未读出机关）',
    r.year === null ? '—' : String(r.year),
    ...SHOWN.map((k) => shown(r.figures[k])),
    String(r.errors),
    String(r.warnings),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => (i < 2 ? padEnd(s, widths[i]!) : padStart(s, widths[i]!)))
      .join('  ')
      .trimEnd();
  const agencies = new Set(c.rows.map((r) => r.agency).filter(Boolean)).size;
  const years = c.rows.map((r) => r.year).filter((y): y is number => y !== null);
  const span = years.length ? `，${Math.min(...years)}—${Math.max(...years)}年度` : '';
  const out = [
    `对比 ${c.rows.length} 份报告（${agencies} 个机关${span}）`,
    '',
    line(head),
    ...body.map(line),
  ];
  if (c.rows.some((r) => Object.values(r.figures).includes(null))) {
    out.push('（“—”：报告中相应单元格无法读取，或无可计算的数值）');
  }
  if (c.changes.length > 0) {
    out.push('', '同一机关逐年变化：');
    for (const ch of c.changes) {
      const diff = ch.after - ch.before;
      const pct =
        ch.figure !== 'disclosureRate' && ch.before !== 0
          ? `，${diff > 0 ? '+' : ''}${((diff / ch.before) * 100).toFixed(1)}%`
          : '';
      const unit = ch.figure === 'disclosureRate' ? '个百分点' : '';
      out.push(
        `  ${ch.agency} ${FIGURE_LABELS[ch.figure]} ${ch.from}→${ch.to}：${ch.before} → ${ch.after}（${diff > 0 ? '+' : ''}${Math.round(diff * 10) / 10}${unit}${pct}）`,
      );
    }
  }
  out.push('', '跨报告核对：');
  if (c.findings.length === 0) out.push('  未发现问题');
  for (const f of c.findings) out.push(`  [${SEVERITY[f.severity]}] ${f.message}`);
  return out;
}
