// A notice as a standalone, printable HTML page: semantic blocks (header with title and 文号,
// salutation, body, signature with <time>, notes), every text escaped, print CSS for A4 with the
// GB/T 9704-2012 margins and fonts (the DOCX is the document of record; this is for screens and
// quick printing).

import type { Notice } from './compose.ts';

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; background: #f3f3f3; }
article.notice { box-sizing: border-box; max-width: 210mm; margin: 1em auto; padding: 37mm 26mm 35mm 28mm;
  background: #fff; color: #000; font: 16pt/29pt "仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, serif; }
h1 { margin: 0; font: 22pt/35pt "方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, serif;
  text-align: center; font-weight: normal; }
.document-number { margin: 0 0 29pt; text-align: right; }
p { margin: 0; text-align: justify; }
.salutation { text-indent: 0; }
.body p { text-indent: 2em; }
.signature { margin-top: 29pt; text-align: right; }
.signature p { text-align: right; }
.signature .issuer { padding-right: 2em; }
.signature .date { padding-right: 4em; }
.notes p { text-indent: 2em; }
@media print { body { background: none; } article.notice { margin: 0; padding: 0; max-width: none; } }
`.trim();

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function renderNoticeHtml(notice: Notice): string {
  const e = escapeHtml;
  const { signature: s } = notice;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(notice.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<article class="notice notice-${e(notice.kind)}">`,
    '<header>',
    `<h1>${e(notice.title)}</h1>`,
    `<p class="document-number">${e(notice.documentNumber)}</p>`,
    '</header>',
    `<p class="salutation">${e(notice.salutation)}</p>`,
    '<div class="body">',
    ...notice.body.map((p) => `<p>${e(p)}</p>`),
    '</div>',
    '<footer class="signature">',
    `<p class="issuer">${e(s.name)}${s.sealNote ? `<span class="seal-note">${e(s.sealNote)}</span>` : ''}</p>`,
    `<p class="date"><time datetime="${e(s.isoDate)}">${e(s.date)}</time></p>`,
    '</footer>',
    ...(notice.notes.length
      ? ['<aside class="notes">', ...notice.notes.map((p) => `<p>${e(p)}</p>`), '</aside>']
      : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
