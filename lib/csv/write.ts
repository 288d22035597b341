export type CsvCell = string | number | null | undefined;

/** A spreadsheet may run a cell that starts with one of these as a formula (OWASP CSV injection). */
export const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

const NEEDS_QUOTES = /[",\r\n]/;

/** Text that a spreadsheet would run as a formula gets a leading `'`. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One RFC 4180 field. Strings are user text and are neutralised; numbers are written by our own
 * code (-5 stays -5), so pass a value as a number to keep its sign.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return quoted(String(cell));
  return quoted(neutraliseFormula(cell));
}

/** One record with its CRLF, for writing a CSV a row at a time. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = '';
  for (const row of rows) out += csvLine(row);
  return out;
}
