// The report as a standalone HTML page for the agency website: the title, the six sections, and
// tables 2–4 as semantic tables (<th scope>, the template's merged cells as rowspan/colspan),
// with print CSS for A4.
import type { AnnualReport } from '../report/annual-report.ts';
import { HTML_CSS } from './html.style.ts';
import { type Paragraph, reportTitle, sectionParts } from './report-parts.ts';
import { type CellRole, type Grid, type GridCell, gridFor } from './table-grid.ts';

const CAPTIONS = {
  table2: '主动公开政府信息情况',
  table3: '收到和处理政府信息公开申请情况',
  table4: '政府信息公开行政复议、行政诉讼情况',
};

export function renderHtml(report: AnnualReport): string {
  const title = escapeHtml(reportTitle(report));
  const body: string[] = [`<h1>${title}</h1>`];
  for (const part of sectionParts(report)) {
    body.push(`<section id="section-${part.number}">`, `<h2>${escapeHtml(part.heading)}</h2>`);
    for (const p of part.paragraphs) body.push(paragraphHtml(p));
    if (part.table) body.push(tableHtml(gridFor(report, part.table), CAPTIONS[part.table]));
    body.push('</section>');
  }
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${HTML_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function paragraphHtml(p: Paragraph): string {
  if (p.lead && !p.text) return `<h3>${escapeHtml(p.lead)}</h3>`;
  const lead = p.lead ? `<strong class="lead">${escapeHtml(p.lead)}</strong>` : '';
  return `<p>${lead}${escapeHtml(p.text)}</p>`;
}

function tableHtml(grid: Grid, caption: string): string {
  const rows = grid.rows.map((cells) => `<tr>${cells.map(cellHtml).join('')}</tr>`);
  const head = rows.slice(0, grid.headRows);
  const bodyRows = rows.slice(grid.headRows);
  return [
    `<table border="1" class="${grid.table}" aria-label="${caption}">`,
    ...(head.length ? ['<thead>', ...head, '</thead>'] : []),
    '<tbody>',
    ...bodyRows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

const SCOPE: Partial<Record<CellRole, string>> = {
  colHeader: 'col',
  colGroup: 'colgroup',
  rowHeader: 'row',
  rowGroup: 'rowgroup',
  caption: 'colgroup',
};

function cellHtml(cell: GridCell): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  const text = escapeHtml(cell.text);
  if (cell.role === 'value') {
    const unknown = cell.value === null ? ' class="unknown"' : '';
    return `<td${spans}${unknown}>${text}</td>`;
  }
  if (cell.role === 'corner')
    return `<td${spans} class="${cell.rowSpan > 1 ? 'note' : 'corner'}">${text}</td>`;
  return `<th scope="${SCOPE[cell.role]}"${spans} class="${cell.role}">${text}</th>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
