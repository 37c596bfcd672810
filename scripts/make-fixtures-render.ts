// Fixture maker, entry point (called by make-fixtures.sh):
//   report TRUTH.json LAYOUT.json OUTBASE  -> OUTBASE.html, OUTBASE.docx, OUTBASE.expected.json
//   scan OUT.pdf PAGE.pgm...               -> an image-only PDF (a "scanned" report)
//   nodoc OUT.docx                         -> a zip that is not a Word document
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { TEMPLATES } from '../src/report/template.ts';
import { toDocx, zip } from './make-fixtures-docx.ts';
import { toHtml } from './make-fixtures-html.ts';
import { type Layout, reportParts, type Truth } from './make-fixtures-model.ts';

function nullRow(template: Truth['template'], key: string): Record<string, null> {
  const def = TEMPLATES[template].table2.find((r) => r.key === key);
  return Object.fromEntries((def?.columns ?? []).map((c) => [c.key, null]));
}

function filled(row: Record<string, number | null>, keys: readonly string[]): Record<string, number | null> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'report') {
  const [truthPath, layoutJson, out] = args as [string, string, string];
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  const layout = JSON.parse(layoutJson) as Layout;
  const parts = reportParts(truth, layout);
  writeFileSync(
    `${out}.html`,
    toHtml(parts, {
      title: `${truth.agency}${truth.year}年政府信息公开工作年度报告`,
      font: layout.font,
      borderless: layout.borderless,
    }),
  );
  writeFileSync(`${out}.docx`, toDocx(parts, layout.font));
  const { agency, year, template, table2, table3, table4 } = truth;
  // A truth row {} is a row the report does not print: read as null cells.
  const t2 =
    table2 &&
    Object.fromEntries(
      Object.entries(table2).map(([k, row]) => [k, Object.keys(row).length ? row : nullRow(template, k)]),
    );
  // A key missing from a truth row is a cell that cannot be read (printed here as "/"): null.
  const t = TEMPLATES[template];
  const t3 = Object.fromEntries(
    Object.entries(table3).map(([k, row]) => [
      k,
      filled(
        row,
        t.table3Columns.map((c) => c.key),
      ),
    ]),
  );
  const t4 = Object.fromEntries(
    Object.entries(table4).map(([k, row]) => [
      k,
      filled(
        row,
        t.table4Columns.map((c) => c.key),
      ),
    ]),
  );
  const expected = { source: truthPath, layout, agency, year, template, table2: t2, table3: t3, table4: t4 };
  writeFileSync(`${out}.expected.json`, `${JSON.stringify(expected, null, 1)}\n`);
} else if (cmd === 'scan') {
  const [out, ...pages] = args as [string, ...string[]];
  writeFileSync(out, imagePdf(pages.map(readPgm)));
} else if (cmd === 'nodoc') {
  writeFileSync(args[0]!, zip({ 'readme.txt': '这不是 Word 文档', 'word/other.xml': '<x/>' }));
} else {
  console.error('usage: make-fixtures-render.ts report|scan|nodoc ...');
  process.exit(2);
}

interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5) as written by `pdftoppm -gray`. */
function readPgm(path: string): Gray {
  const buf = readFileSync(path);
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error(`not a PGM: ${path}`);
  return { width: Number(m[1]), height: Number(m[2]), pixels: buf.subarray(m[0].length) };
}

/** A PDF whose pages are only images, as a scanner writes them: no text layer at all. */
function imagePdf(pages: Gray[]): Buffer {
  const objs: Buffer[] = [];
  const add = (body: string | Buffer) =>
    objs.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const n = pages.length;
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  pages.forEach((p, i) => {
    const base = 3 + i * 3;
    const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${base + 2} 0 R >> >> /Contents ${base + 1} 0 R >>`,
    );
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const data = deflateSync(p.pixels);
    const head = `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`;
    add(Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  });
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  chunks.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
