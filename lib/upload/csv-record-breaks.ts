const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The CSV text for papaparse and the one line break that ends its records there. */
export interface OneRecordBreak {
  text: string;
  newline: '\n' | '\r\n';
}

/** Whether every line break of the text is CRLF (the usual Windows file): it can then be read as it is. */
function onlyCrlf(text: string): boolean {
  let crlf = 0;
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== LF) return false;
    crlf++;
  }
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  return lf === crlf;
}

/** The index of the quote that closes a quoted cell whose content starts at `from` (a doubled quote is content). */
function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length;
    if (text.charCodeAt(quote + 1) !== QUOTE) return quote;
    i = quote + 2;
  }
}

/** The text with every line break outside quoted cells made LF. A quote opens a quoted cell only as its first character, as papaparse reads it. */
function lfBetweenRecords(text: string, delimiter: string): string {
  const separator = delimiter.charCodeAt(0);
  const parts: string[] = [];
  let copiedTo = 0;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (cellStart && c === QUOTE) {
      i = closingQuote(text, i + 1);
      cellStart = false;
      continue;
    }
    cellStart = c === separator || c === LF || c === CR;
    if (c !== CR) continue;
    parts.push(text.slice(copiedTo, i), '\n');
    if (text.charCodeAt(i + 1) === LF) i++;
    copiedTo = i + 1;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/**
 * papaparse takes one line break for the whole file, guessed from the first, so a CRLF header over LF
 * rows (or the reverse, or lone CRs) would read as one long record. A file with mixed line breaks has
 * every break between records made LF; breaks inside a quoted cell are the cell's own and stay as they
 * are. Each break stays one break, so records keep their file lines.
 */
export function withOneRecordBreak(text: string, delimiter: string): OneRecordBreak {
  if (!text.includes('\r')) return { text, newline: '\n' };
  if (onlyCrlf(text)) return { text, newline: '\r\n' };
  return { text: lfBetweenRecords(text, delimiter), newline: '\n' };
}
