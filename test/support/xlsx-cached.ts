// Cached formula results of a workbook as written in each sheet's XML (exceljs drops a cached 0
// when loading), for golden tests that show each formula with its result.
import JSZip from 'jszip';

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
