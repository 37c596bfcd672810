// `gongkai parse` and `gongkai check`: read yearly reports and check them.
import { SingleBar } from 'cli-progress';
import { withFindings } from '../check/index.ts';
import { ReadError } from '../read/read-error.ts';
import type { AnnualReport } from '../report/annual-report.ts';
import { expandInputs } from './files.ts';
import type { Io } from './io.ts';
import { loadReport } from './load.ts';
import { csvHeader, formatFindings, formatTables, reportHeading, toCsvRows } from './output.ts';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

export type Outcome = { file: string; report: AnnualReport } | { file: string; error: ReadError };

/** One report file read and checked, or the reason it could not be read. */
export async function readOne(file: string): Promise<Outcome> {
  try {
    return { file, report: withFindings(await loadReport(file)) };
  } catch (e) {
    if (e instanceof ReadError) return { file, error: e };
    // A bug, not bad input: still no stack trace for the user, but say it plainly.
    return { file, error: new ReadError('damaged', `读取时发生内部错误：${(e as Error).message}`) };
  }
}

export interface ParseOptions {
  json?: boolean;
  format?: string;
}

export async function parseCommand(file: string, opts: ParseOptions, io: Io): Promise<number> {
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['json', 'csv', 'text'].includes(format)) {
    io.err(`不支持的输出格式“${format}”，可选：json、csv、text\n`);
    return EXIT.unusable;
  }
  const outcome = await readOne(file);
  if ('error' in outcome) {
    io.err(`${file}：${outcome.error.message}\n`);
    return EXIT.unusable;
  }
  const { report } = outcome;
  if (format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'csv') io.out(`${[csvHeader(), ...toCsvRows(report, file)].join('\n')}\n`);
  else io.out(`${[...formatTables(report), '', '核查结果：', ...formatFindings(report, true)].join('\n')}\n`);
  return report.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

export interface CheckOptions {
  json?: boolean;
  all?: boolean;
}

export async function checkCommand(inputs: string[], opts: CheckOptions, io: Io): Promise<number> {
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    io.err('没有找到可核查的报告文件（支持 .txt .md .html .pdf .docx）\n');
    return EXIT.unusable;
  }
  const bar =
    files.length >= 20 && io.errIsTty && !opts.json
      ? new SingleBar({ stream: process.stderr, format: '核查 {bar} {value}/{total}' })
      : null;
  bar?.start(files.length, 0);
  const outcomes: Outcome[] = [];
  for (const file of files) {
    outcomes.push(await readOne(file));
    bar?.increment();
  }
  bar?.stop();
  if (opts.json) io.out(`${JSON.stringify(outcomes.map(toJson), null, 2)}\n`);
  else io.out(`${humanReport(outcomes, opts.all ?? false).join('\n')}\n`);
  if (outcomes.some((o) => 'error' in o)) return EXIT.unusable;
  return outcomes.some((o) => 'report' in o && o.report.findings.some((f) => f.severity === 'error'))
    ? EXIT.findings
    : EXIT.ok;
}

function toJson(o: Outcome): unknown {
  return 'report' in o ? o.report : { file: o.file, error: { code: o.error.code, message: o.error.message } };
}

function humanReport(outcomes: Outcome[], withInfo: boolean): string[] {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let withErrors = 0;
  for (const o of outcomes) {
    lines.push(`== ${o.file}`);
    if ('error' in o) {
      lines.push(`  [无法读取] ${o.error.message}`);
      continue;
    }
    lines.push(reportHeading(o.report));
    for (const f of o.report.findings) count[f.severity]++;
    if (o.report.findings.some((f) => f.severity === 'error')) withErrors++;
    const shown = formatFindings(o.report, withInfo);
    lines.push(...(shown.length ? shown : ['  未发现问题']));
  }
  const unusable = outcomes.filter((o) => 'error' in o).length;
  lines.push(
    '',
    `共核查 ${outcomes.length} 份报告：${withErrors} 份有错误；错误 ${count.error} 个，警告 ${count.warning} 个，提示 ${count.info} 个${unusable ? `；无法读取 ${unusable} 份` : ''}。`,
  );
  return lines;
}
