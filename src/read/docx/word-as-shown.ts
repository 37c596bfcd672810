// The DOCX as Word shows it, for mammoth: word/document.xml rewritten (document-rewrite.ts), every
// other part untouched. A file with nothing to rewrite is handed on as it came.
import JSZip from 'jszip';
import { rewriteDocumentXml } from './document-rewrite.ts';

export async function wordAsShown(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string');
  const document = await read('word/document.xml');
  if (document === undefined) return bytes;
  const rewritten = rewriteDocumentXml({
    document,
    numbering: await read('word/numbering.xml'),
    styles: await read('word/styles.xml'),
  });
  if (rewritten === document) return bytes;
  zip.file('word/document.xml', rewritten);
  // DEFLATE lets JSZip copy the other parts (images too) as they are compressed.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
