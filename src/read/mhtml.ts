// MHTML ("web archive", .mht/.mhtml): a web page saved with its images as one MIME message, as
// Internet Explorer and Word ("单个文件网页") write it. Agencies publish reports saved this way.
// The report is the message's HTML part; everything else (images, styles) is left aside.

/** True when the bytes open like a MIME message holding a web page. */
export function looksLikeMhtml(head: string): boolean {
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

/**
 * The HTML page inside an MHTML file, decoded (quoted-printable or base64, in its charset), or
 * null when the message holds no HTML part.
 */
export function htmlFromMhtml(bytes: Uint8Array): string | null {
  const message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headers, body } = splitPart(message);
  const boundary = param(headers['content-type'] ?? '', 'boundary');
  const parts = boundary ? body.split(`--${boundary}`).slice(1) : [body];
  for (const raw of parts) {
    const part = splitPart(raw.replace(/^\r?\n/, ''));
    const type = part.headers['content-type'] ?? '';
    if (!/^\s*text\/html/i.test(type)) continue;
    const encoded = decodeTransfer(part.body, part.headers['content-transfer-encoding'] ?? '');
    return new TextDecoder(charsetOf(type, encoded)).decode(encoded);
  }
  return null;
}

interface Part {
  /** Header names in lower case; folded lines joined. */
  headers: Record<string, string>;
  body: string;
}

function splitPart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function param(header: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The part's bytes. The message was read as latin1, so one character is one byte. */
function decodeTransfer(body: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (kind !== 'quoted-printable') return Buffer.from(body, 'latin1');
  const unfolded = body.replace(/=\r?\n/g, ''); // soft line breaks
  return Buffer.from(
    unfolded.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

/** The part's charset, else the page's own <meta charset>, else UTF-8. */
function charsetOf(contentType: string, bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = param(contentType, 'charset') ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  let label = (declared ?? 'utf-8').toLowerCase();
  // Word labels parts us-ascii and still writes its code page's bytes: judge by the bytes.
  if (label === 'us-ascii' || label === 'ascii') label = isUtf8(bytes) ? 'utf-8' : 'gb18030';
  // GB2312 and GBK pages routinely hold GB18030 characters; its decoder reads all three.
  if (label === 'gb2312' || label === 'gbk' || label === 'x-gbk') return 'gb18030';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
