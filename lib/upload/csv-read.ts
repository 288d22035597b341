import Papa from 'papaparse';
import { countLineBreaks } from './line-breaks';
import { withOneRecordBreak } from './csv-record-breaks';
import type { UploadLimits } from './limits';
import type { CsvHeadersUnmapped, FileRefusal } from './types';

type Stop = FileRefusal | CsvHeadersUnmapped;

export interface CsvRecordHandler {
  /** The first non-blank record. Return a refusal to stop reading. */
  header(cells: string[], line: number): Stop | null;
  /** Every later non-blank record, with the file line it starts on. */
  row(cells: string[], line: number): Stop | null;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The header line's most frequent separator outside quotes: Excel in FR, IT and ES saves with ";". */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) as number) > (counts.get(best) as number)) best = d;
  return best;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Streams records out of papaparse (strings only, no type guessing) and gives each the file line it
 * starts on, counting the line breaks inside quoted cells too. Lines may end in any mix of CRLF, LF and
 * CR. Blank lines are skipped.
 */
export function readCsvRecords(file: string, limits: UploadLimits, handler: CsvRecordHandler): { ok: true; rows: number } | Stop {
  const delimiter = detectDelimiter(file);
  const { text, newline } = withOneRecordBreak(file, delimiter);
  let cursor = 0;
  let line = 1;
  let seenHeader = false;
  let rows = 0;
  const halt: { stop: Stop | null } = { stop: null };

  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(result, parser) {
      if (halt.stop) return;
      const end = result.meta.cursor;
      const startLine = line;
      line += countLineBreaks(text, cursor, end);
      cursor = end;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        halt.stop = {
          ok: false,
          status: 400,
          code: 'CSV_MALFORMED',
          message: `The CSV cannot be read: line ${startLine}: ${
            quoteError.code === 'MissingQuotes'
              ? 'a quoted cell is never closed (a " is missing)'
              : 'a quote inside a cell must be doubled ("")'
          }.`,
        };
      } else if (cells.some((cell) => cell.length > limits.maxStringLength)) {
        halt.stop = {
          ok: false,
          status: 422,
          code: 'STRING_TOO_LONG',
          message: `Line ${startLine} has a cell longer than ${limits.maxStringLength} characters.`,
        };
      } else if (isBlank(cells)) {
        return;
      } else if (!seenHeader) {
        seenHeader = true;
        halt.stop =
          cells.length > limits.maxCsvColumns
            ? {
                ok: false,
                status: 422,
                code: 'CSV_TOO_MANY_COLUMNS',
                message: `The header row has ${cells.length} columns; the limit is ${limits.maxCsvColumns}.`,
              }
            : handler.header(cells, startLine);
      } else if (++rows > limits.maxPackages) {
        halt.stop = {
          ok: false,
          status: 413,
          code: 'TOO_MANY_PACKAGES',
          message: `The file has more than ${limits.maxPackages} rows; the limit is ${limits.maxPackages} packages per file.`,
        };
      } else {
        halt.stop = handler.row(cells, startLine);
      }
      if (halt.stop) parser.abort();
    },
  });
  if (halt.stop) return halt.stop;
  if (!seenHeader) return { ok: false, status: 422, code: 'EMPTY_FILE', message: 'The file is empty.' };
  if (rows === 0) {
    return {
      ok: false,
      status: 422,
      code: 'CSV_NO_ROWS',
      message: 'The CSV has a header row but no rows: there are no packages to upload.',
    };
  }
  return { ok: true, rows };
}
