// Renders seed 000 and dev d07 in every format to a directory (default /tmp/gongkai-render-samples)
// and, when LibreOffice (soffice) and pdftoppm are installed, converts each DOCX to PDF and to one
// PNG per page so the layout can be looked at. Outputs are for review only; do not commit them.
//   node --import tsx scripts/render-samples.ts [OUTDIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/read-report.ts';
import { renderDocx, renderHtml, renderJson, renderText, renderXlsx } from '../src/render/index.ts';

const SAMPLES = {
  seed000: 'test/corpus/seeds/000_7319e48ae86c574d.txt',
  d07: 'test/corpus/dev/d07.txt',
};

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/gongkai-render-samples';
  mkdirSync(out, { recursive: true });
  const convert = has('soffice') && has('pdftoppm');
  for (const [name, file] of Object.entries(SAMPLES)) {
    const report = readReport({ text: readFileSync(file, 'utf8'), file });
    const base = join(out, name);
    writeFileSync(`${base}.html`, renderHtml(report));
    writeFileSync(`${base}.txt`, renderText(report));
    writeFileSync(`${base}.json`, renderJson(report));
    writeFileSync(`${base}.docx`, await renderDocx(report));
    writeFileSync(`${base}.xlsx`, await renderXlsx(report));
    if (convert) {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, `${base}.docx`], {
        stdio: 'ignore',
        timeout: 180_000,
      });
      execFileSync('pdftoppm', ['-r', '80', '-png', `${base}.pdf`, base]);
    }
    console.log(`${name}: ${base}.{html,txt,json,docx,xlsx}${convert ? ', .pdf, -N.png' : ''}`);
  }
  if (!convert) console.log('soffice/pdftoppm not found: no PDF or PNG written');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
