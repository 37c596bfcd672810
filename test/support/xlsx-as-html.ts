// A workbook written by renderXlsx read back as a web page, so that the one reading pipeline
// (readReport) can read its tables: the title, each sheet's title as a heading, each grid as a
// <table> with the merges as rowspan/colspan and every formula as its cached result. Test support
// only: the project has no XLSX reader of its own.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function xlsxAsHtml(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cached = await cachedResults(bytes, wb.worksheets.length);
  const parts = [`<h1>${wb.title}</h1>`];
  wb.worksheets.forEach((ws, i) => {
    const values = cached[i]!;
    const text = (r: number, c: number) => {
      const cell = ws.getCell(r, c);
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) return values.get(cell.address) ?? '';
      return v === null || v === undefined ? '' : String(v);
    };
    parts.push(`<h2>${text(1, 1)}</h2>`, tableHtml(ws, text));
  });
  return `<!doctype html><html><body>${parts.join('\n')}</body></html>`;
}

function tableHtml(ws: ExcelJS.Worksheet, text: (r: number, c: number) => string): string {
  const merges = (ws.model.merges ?? []).map(range);
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const m = merges.find((x) => x.top === r && x.left === c);
      const span = m
        ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ''}${m.right > m.left ? ` colspan="${m.right - m.left + 1}"` : ''}`
        : '';
      cells.push(`<td${span}>${text(r, c)}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table border="1">${rows.join('\n')}</table>`;
}

/** 'B2:D3' as 1-based bounds. */
function range(ref: string) {
  const [a, b = a] = ref.split(':') as [string, string?];
  const at = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const [s, e] = [at(a), at(b!)];
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** Cached formula results as written in each sheet's XML (exceljs drops a cached 0 when loading). */
export async function cachedResults(bytes: Uint8Array, sheets: number): Promise<Map<string, string>[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Map<string, string>[] = [];
  for (let i = 1; i <= sheets; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string');
    const values = new Map<string, string>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g)) {
      values.set(m[1]!, m[2]!);
    }
    out.push(values);
  }
  return out;
}
