// Opens a PDF with pdfjs-dist (legacy build, the one that runs on Node 20). The CMaps and standard
// fonts come from the installed package, so Chinese text in non-embedded fonts is decoded without
// fetching anything; failures to open become ReadError('damaged') with a message for users.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError } from '../read-error.ts';
import { loadPdfjs } from './pdfjs.ts';

let pkgDir: string | undefined;

/** The pdfjs-dist package directory, found at run time (it moves with the install). */
function pdfjsDir(): string {
  pkgDir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pkgDir;
}

/**
 * What pdfjs touches of a browser document when it is given fonts: it adds an @font-face rule for
 * each (Node has no FontFace API; pdfjs treats its font loading as synchronous there).
 */
const NO_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
};

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new ReadError('damaged', 'PDF 文件为空（0 字节），请重新下载');
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new ReadError('damaged', '文件不是有效的 PDF（缺少 PDF 文件头），请检查文件是否完整');
  }
  if (!hasEof(bytes)) {
    throw new ReadError('damaged', 'PDF 文件不完整（缺少文件结尾，可能下载中断），请重新下载');
  }
  const { getDocument } = await loadPdfjs();
  const dir = pdfjsDir();
  const task = getDocument({
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    // Plain paths ending in '/', not file:// URLs: that is what the Node build's loaders expect.
    cMapUrl: join(dir, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts/'),
    wasmUrl: join(dir, 'wasm/'),
    isEvalSupported: false,
    // Fonts as pdfjs would hand them to a browser, not as glyph outlines built for drawing on a
    // canvas (the default in Node, and a tenth of the reading time): nothing is drawn here.
    disableFontFace: false,
    ownerDocument: NO_DOCUMENT,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    throw openError(e);
  }
}

function openError(e: unknown): ReadError {
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') {
    return new ReadError('damaged', 'PDF 文件已加密（需要密码才能打开），请提供未加密的文件');
  }
  if (name === 'InvalidPDFException') {
    return new ReadError(
      'damaged',
      'PDF 文件已损坏或不是有效的 PDF，无法读取，请重新下载或向发布机关索取原件',
    );
  }
  return new ReadError(
    'damaged',
    `PDF 文件无法读取（${(e as Error)?.message ?? String(e)}），请检查文件是否完整`,
  );
}

/**
 * A complete PDF ends with %%EOF (possibly followed by a few bytes of padding). A download cut
 * short loses it; pdfjs would then quietly rebuild what it can and read half a report.
 */
function hasEof(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}
