import { FORMULA_TRIGGERS } from '@/lib/csv/write';

export type CellValue = { ok: true; value: string | number | boolean } | { ok: false; message: string };

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell as the shipper meant it: spreadsheet padding trimmed, and the `'` that our own CSV
 * export puts before a formula trigger (=, +, -, @, TAB, CR, NUL) taken off again, so a
 * downloaded rejected-rows file uploads unchanged.
 */
export function cellText(raw: string): string {
  const text = raw.trim();
  return text.length > 1 && text[0] === "'" && FORMULA_TRIGGERS.has(text[1] as string) ? text.slice(1) : text;
}

/** Digits with an optional minus and decimal point only: "1,000.50", "0x1F", "NaN", "1e3" are refused. */
export function parseCsvNumber(text: string): CellValue {
  if (PLAIN_NUMBER.test(text)) return { ok: true, value: Number(text) };
  return {
    ok: false,
    message: `must be a plain number with a dot for decimals, e.g. 115.01 (no thousands separators, currency signs or letters; got ${JSON.stringify(text)})`,
  };
}

export function parseYesNo(text: string): CellValue {
  const word = text.toLowerCase();
  if (word === 'yes' || word === 'true') return { ok: true, value: true };
  if (word === 'no' || word === 'false') return { ok: true, value: false };
  return { ok: false, message: `must be yes or no (got ${JSON.stringify(text)})` };
}
