import { moneyErrorMessage, parseMinorUnits } from './money-parse';

export type MinorUnitsResult = { ok: true; minor: number } | { ok: false; reason: string };

/**
 * Exact conversion of a major-unit amount (all supported currencies have 2 decimals) to integer
 * minor units. A number is taken as the decimal it prints as (115.01, not 115.0099999…);
 * anything needing rounding is refused, never rounded. Strings are digits with an optional
 * point and 1–2 decimals ('115.01', '7', '0.5'); signs, spaces, exponents and separators are refused.
 */
export function toMinorUnits(value: number | string): MinorUnitsResult {
  const minor = parseMinorUnits(value);
  return minor >= 0 ? { ok: true, minor } : { ok: false, reason: moneyErrorMessage(minor) };
}

export function fromMinorUnits(minor: number): number {
  assertMinor(minor);
  return minor / 100;
}

export function formatMinorAsDecimal(minor: number): string {
  assertMinor(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    // Keys come from our own locale/currency tables; the cap only guards against misuse.
    if (formatters.size >= 64) formatters.clear();
    formatters.set(key, formatter);
  }
  // A decimal string keeps huge amounts exact (Intl formats numeric strings without a float detour).
  return formatter.format(formatMinorAsDecimal(minor) as `${number}`);
}

function assertMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Minor units must be a safe integer, got ${String(minor)}`);
}
