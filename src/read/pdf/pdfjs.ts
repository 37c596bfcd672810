// pdfjs-dist, loaded on first use, and a matrix product in its convention.
//
// Its legacy build (the one that runs on Node 20) carries core-js polyfills that replace
// Array.prototype.push, JSON.parse and JSON.stringify with JavaScript versions for every caller in
// the process (push alone took 15% of the time spent reading a PDF, and every array of the text
// pipeline and every JSON output would pay it too). pdfjs needs only what the polyfills add, so
// the engine's own versions are put back once pdfjs and its worker (loaded now, so that its
// polyfills also come first) are in place.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const REPLACED: [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

const WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<PdfJs> | undefined;

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  const natives = REPLACED.map(([owner, key]) => ({
    owner,
    key,
    descriptor: Object.getOwnPropertyDescriptor(owner, key)!,
  }));
  // With source maps enabled (tsx enables them), Node would read and keep pdfjs' 10 MB of maps:
  // about 90 MB of heap for stack traces into a dependency.
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The same module pdfjs' in-process ("fake") worker imports (it ships no type declarations).
    await import(WORKER);
    return lib;
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
    for (const { owner, key, descriptor } of natives) Object.defineProperty(owner, key, descriptor);
  }
}

/** The product of two transformation matrices [a b c d e f] (pdfjs' Util.transform). */
export function transform(m1: readonly number[], m2: ArrayLike<number>): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}
