import Papa from 'papaparse';
import { toCsv } from '@/lib/csv/write';
import { cellText } from './csv-cells';
import { CSV_FIELDS, type CsvField } from './csv-fields';
import { csvTemplate } from './csv-template';

// Upload files built from the template's example row, for the tests and the throughput benchmark.

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The template's example row as field → cell value. */
export function exampleCells(): Record<CsvField, string> {
  const [, example] = Papa.parse<string[]>(csvTemplate(), { header: false }).data;
  const cells = {} as Record<CsvField, string>;
  CSV_FIELDS.forEach((field, i) => {
    cells[field.name] = cellText(example?.[i] ?? '');
  });
  return cells;
}

// Quoted as-is: these are test values, and a phone's leading "+" must reach the parser unchanged.
const rawCell = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** A canonical CSV with one row per entry: the example row with the given cells replaced. */
export function csvFile(rows: Partial<Record<CsvField, string>>[]): string {
  const example = exampleCells();
  const names = CSV_FIELDS.map((field) => field.name);
  const lines = rows.map((row) => names.map((name) => rawCell(row[name] ?? example[name])).join(','));
  return `${toCsv([names])}${lines.map((line) => `${line}\r\n`).join('')}`;
}
