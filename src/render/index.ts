// Renderers of an AnnualReport, all pure: the report in, a string or bytes out.
export { renderDocx } from './docx.render.ts';
export { renderHtml } from './html.render.ts';
export { renderJson } from './json.render.ts';
export { renderText } from './text.render.ts';
export { renderXlsx } from './xlsx.render.ts';
