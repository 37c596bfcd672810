// Fixture maker, part 3: the report model as a DOCX the way Word writes one: real w:tbl tables with
// gridSpan / vMerge for merged cells, a landscape section for a wide table, and a page-number footer.
import { crc32, deflateRawSync } from 'node:zlib';
import type { Cell, Part, Table } from './make-fixtures-model.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PORTRAIT =
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="720" w:footer="720" w:gutter="0"/>';
const LANDSCAPE =
  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1300" w:right="1440" w:bottom="1300" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>';
const sect = (page: string) =>
  `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>${page}</w:sectPr>`;

let font = 'SimSun';

function run(text: string, size = 24, bold = false): string {
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}
function para(
  text: string,
  o: { size?: number; bold?: boolean; center?: boolean; indent?: boolean; sectPr?: string } = {},
): string {
  const ppr = `${o.center ? '<w:jc w:val="center"/>' : ''}${o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="480"/>' : ''}${o.sectPr ?? ''}`;
  return `<w:p><w:pPr>${ppr}</w:pPr>${text ? run(text, o.size, o.bold) : ''}</w:p>`;
}

export function toDocx(parts: Part[], fontName = 'SimSun'): Uint8Array {
  font = fontName;
  const body: string[] = [];
  for (const p of parts) {
    if (p.kind === 'title') body.push(para(p.text, { size: 36, bold: true, center: true }));
    else if (p.kind === 'h') body.push(para(p.text, { size: 28, bold: true }));
    else if (p.kind === 'p') body.push(para(p.text, { indent: true }));
    else if (p.landscape) {
      body.push(
        para('', { sectPr: sect(PORTRAIT) }),
        tableXml(p.table, 13958),
        para('', { sectPr: sect(LANDSCAPE) }),
      );
    } else body.push(tableXml(p.table, 9306));
  }
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sect(PORTRAIT)}</w:body></w:document>`;
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('- ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' -')}</w:p></w:ftr>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    'word/document.xml': doc,
    'word/footer1.xml': footer,
  });
}

/** A w:tbl: each row lists its cells by grid position; a cell under a rowspan is a vMerge continuation. */
function tableXml(t: Table, twips: number): string {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => Math.round((w / sum) * twips));
  const below = new Map<string, Cell>(); // "row,col" -> the cell spanning down into it
  const rows = t.rows.map((row, ri) => {
    const tcs: string[] = [];
    let queue = [...row];
    for (let c = 0; c < cols.length; ) {
      const above = below.get(`${ri},${c}`);
      const cell = above ?? queue.shift();
      if (!cell) break;
      const span = cell.colspan ?? 1;
      const width = cols.slice(c, c + span).reduce((a, b) => a + b, 0);
      const merge = above ? '<w:vMerge/>' : (cell.rowspan ?? 1) > 1 ? '<w:vMerge w:val="restart"/>' : '';
      if (!above) for (let k = 1; k < (cell.rowspan ?? 1); k++) below.set(`${ri + k},${c}`, cell);
      const pr = `<w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}<w:vAlign w:val="center"/>`;
      tcs.push(
        `<w:tc><w:tcPr>${pr}</w:tcPr>${para(above ? '' : cell.text, { size: 21, center: !cell.label })}</w:tc>`,
      );
      c += span;
    }
    queue = [];
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tcs.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${twips}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A minimal zip (deflate), enough for OOXML. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, nameBuf, packed);
    central.push(dir, nameBuf);
    offset += head.length + nameBuf.length + packed.length;
  }
  const size = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}
