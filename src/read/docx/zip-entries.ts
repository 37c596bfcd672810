// Just enough of the zip format to tell a Word document from other zips (and from a cut-off
// download) before handing it to mammoth, whose own errors do not say what is wrong.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** Names in the central directory, or null when the zip has none (truncated or not a zip). */
export function zipEntries(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes (after a comment).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLen = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)));
    at += 46 + nameLen + extra + comment;
  }
  return names;
}

export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return zipEntries(bytes)?.includes(name) ?? false;
}
