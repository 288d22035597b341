import { toCsv, type CsvCell } from '@/lib/csv/write';
import type { RejectedRow } from './types';

/**
 * The rejected rows as a CSV to fix in a spreadsheet and upload again: the original cells under
 * the original headers, plus an `error` column (which the parser ignores on the way back in).
 * JSON rows have no cells; they keep only their error text, which names the place.
 */
export function rejectedRowsCsv(headers: string[], rejected: RejectedRow[]): string {
  const rows: CsvCell[][] = [[...headers, 'error']];
  for (const row of rejected) {
    const cells = headers.map((header) => row.raw?.[header] ?? '');
    rows.push([...cells, row.errors.map((error) => error.message).join('; ') || row.location]);
  }
  return toCsv(rows);
}
