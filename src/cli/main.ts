// The `gongkai` command line. Messages are Chinese; exit status 0 = fine, 1 = error findings,
// 2 = unusable input or usage.
import { Command, CommanderError } from 'commander';
import { RULES } from '../check/index.ts';
import { registerCalendarCommand } from './calendar.command.ts';
import { deadlineRefresher, registerCasesCommands } from './cases.command.ts';
import { registerCompareCommand } from './compare.command.ts';
import { type Io, processIo } from './io.ts';
import { registerRegistersCommands } from './registers.command.ts';
import { checkCommand, EXIT, parseCommand } from './report.commands.ts';
import { registerReportCommands } from './report-build.command.ts';
import { registerServeCommand } from './serve.command.ts';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('gongkai')
    .description('政府信息公开工作年度报告的读取与核查')
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (msg, write) => write(inChinese(msg)),
    })
    .showHelpAfterError('（使用 --help 查看用法）');

  program
    .command('parse')
    .description('读取一份年度报告，输出结构化数据')
    .argument('<file>', '报告文件（文本、HTML、PDF、DOCX）')
    .option('--json', '输出 JSON（键名见 docs/template.md）')
    .option('--format <format>', '输出格式：json、csv（每个单元格一行）、text', 'text')
    .action(async (file: string, opts) => {
      code = await parseCommand(file, opts, io);
    });

  program
    .command('check')
    .description('核查年度报告（文件或目录，目录递归），按报告列出问题')
    .argument('<inputs...>', '报告文件或目录')
    .option('--json', '输出 JSON 数组：每份报告一个解析结果，顺序同输入')
    .option('--all', '同时列出“提示”级别的发现')
    .action(async (inputs: string[], opts) => {
      code = await checkCommand(inputs, opts, io);
    });

  registerCompareCommand(program, io, (c) => {
    code = c;
  });
  registerCalendarCommand(program, { afterImport: deadlineRefresher() });
  registerReportCommands(program);
  registerCasesCommands(program);
  registerRegistersCommands(program);
  registerServeCommand(program);

  program
    .command('rules')
    .description('列出全部核查规则')
    .action(() => {
      for (const r of RULES) io.out(`${r.id.padEnd(22)} ${r.severity.padEnd(8)} ${r.description}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return exitStatus(e);
    throw e;
  }
  return code;
}

/**
 * The exit status of a command that ended through commander: our own commands choose theirs
 * (codes 'gongkai.…': 1 = error findings, 2 = unusable input); commander's usage errors are 2.
 */
export function exitStatus(e: CommanderError): number {
  if (e.exitCode === 0) return EXIT.ok;
  if (e.code.startsWith('gongkai.') && e.exitCode === EXIT.findings) return EXIT.findings;
  return EXIT.unusable;
}

/** Commander's own usage errors, in Chinese. */
function inChinese(message: string): string {
  return message
    .replace(/^error: missing required argument '(.+)'/m, '错误：缺少必需的参数 $1')
    .replace(/^error: unknown option '(.+)'/m, '错误：未知选项 $1')
    .replace(/^error: unknown command '(.+)'/m, '错误：未知命令 $1')
    .replace(/^error: too many arguments.*/m, '错误：参数过多')
    .replace(/^error: option '(.+)' argument missing/m, '错误：选项 $1 缺少取值')
    .replace(/^error: required option '(.+)' not specified/m, '错误：缺少必需的选项 $1')
    .replace(/\(Did you mean (.+)\?\)/, '（是否想输入 $1？）');
}
