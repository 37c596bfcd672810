// `gongkai compare`: yearly reports of several agencies or years side by side, with the checks
// that need two reports (carry-over between years).
import type { Command } from 'commander';
import { compareReports, FIGURE_LABELS, formatComparison, type ReportFigures } from '../compare/index.ts';
import { expandInputs } from './files.ts';
import type { Io } from './io.ts';
import { EXIT, type Outcome, readOne } from './report.commands.ts';

export interface CompareOptions {
  json?: boolean;
  format?: string;
}

export function registerCompareCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('compare')
    .description('对比多份年度报告：各机关、各年度的主要数字，逐年变化，以及上下年度结转是否衔接')
    .argument('<inputs...>', '报告文件或目录（目录递归）')
    .option('--json', '输出 JSON')
    .option('--format <format>', '输出格式：text、json、csv（每份报告一行）', 'text')
    .action(async (inputs: string[], opts: CompareOptions) => {
      done(await compareCommand(inputs, opts, io));
    });
}

export async function compareCommand(inputs: string[], opts: CompareOptions, io: Io): Promise<number> {
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['json', 'csv', 'text'].includes(format)) {
    io.err(`不支持的输出格式“${format}”，可选：text、json、csv\n`);
    return EXIT.unusable;
  }
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    io.err('没有找到可对比的报告文件（支持 .txt .md .html .pdf .docx）\n');
    return EXIT.unusable;
  }
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await readOne(file));
  const unreadable = outcomes.filter((o) => 'error' in o);
  for (const o of unreadable) io.err(`${o.file}：${o.error.message}\n`);
  const read = outcomes.flatMap((o) => ('report' in o ? [{ source: o.file, report: o.report }] : []));
  const comparison = compareReports(read);
  if (format === 'json') io.out(`${JSON.stringify(comparison, null, 2)}\n`);
  else if (format === 'csv') io.out(`${csv(comparison.rows).join('\n')}\n`);
  else io.out(`${formatComparison(comparison).join('\n')}\n`);
  if (unreadable.length > 0) return EXIT.unusable;
  return comparison.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

function csv(rows: ReturnType<typeof compareReports>['rows']): string[] {
  const keys = Object.keys(FIGURE_LABELS) as (keyof ReportFigures)[];
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = ['文件', '机关', '年度', '模板', ...keys.map((k) => FIGURE_LABELS[k]), '错误', '警告'];
  return [
    head.join(','),
    ...rows.map((r) =>
      [
        r.source,
        r.agency ?? '',
        r.year ?? '',
        r.template,
        ...keys.map((k) => r.figures[k] ?? ''),
        r.errors,
        r.warnings,
      ]
        .map((v) => quote(String(v)))
        .join(','),
    ),
  ];
}
