// Fixture maker, part 2: the report model as HTML with border="1" tables (what LibreOffice's HTML
// import and Chromium's print-to-PDF both read). Landscape pages use a named CSS page.
import type { Part, Table } from './make-fixtures-model.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(parts: Part[], opts: { title: string; font?: string; borderless?: boolean }): string {
  const body = parts.map((p) => {
    if (p.kind === 'title') return `<h1>${esc(p.text)}</h1>`;
    if (p.kind === 'h') return `<h2>${esc(p.text)}</h2>`;
    if (p.kind === 'p') return `<p>${esc(p.text)}</p>`;
    const table = tableHtml(p.table, opts.borderless ?? false);
    return p.landscape ? `<div class="land">${table}</div>` : table;
  });
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(opts.title)}</title>
<style>
body { font-family: "${opts.font ?? 'Noto Serif CJK SC'}", serif; font-size: 12pt; }
h1 { font-size: 18pt; text-align: center; } h2 { font-size: 14pt; }
p { text-indent: 2em; line-height: 1.6; }
table { border-collapse: collapse; width: 100%; }
td { border: ${opts.borderless ? 'none' : '1px solid #000'}; padding: 2px 4px; text-align: center; font-size: 10.5pt; }
td.l { text-align: left; }
@page land { size: A4 landscape; }
.land { page: land; }
</style></head><body>
${body.join('\n')}
</body></html>
`;
}

function tableHtml(t: Table, borderless: boolean): string {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col width="${Math.round((w / sum) * 100)}%">`).join('');
  const rows = t.rows.map(
    (r) =>
      `<tr>${r
        .map((c) => {
          const attrs = [
            c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '',
            c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : '',
            c.label ? ' class="l"' : '',
          ].join('');
          return `<td${attrs}>${esc(c.text)}</td>`;
        })
        .join('')}</tr>`,
  );
  return `<table border="${borderless ? 0 : 1}" cellspacing="0" cellpadding="2" width="100%"><colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
}
