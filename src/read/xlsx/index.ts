// Public surface of the XLSX reader.
export { readXlsxLayout } from './xlsx-layout.ts';
