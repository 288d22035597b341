import { formatMoney } from '../otp/money';

// The value bands of `shipment_value_rollups`, as SQL `shipment_value_band` (migration 0011) cuts them:
// 10.00 wide below 1,000.00, 100.00 wide below 10,000.00, then one open band. A test holds the two together.
const NARROW_WIDTH = 1_000;
const WIDE_FROM = 100_000;
const WIDE_WIDTH = 10_000;
const OPEN_FROM = 1_000_000;
const FIRST_WIDE_BAND = WIDE_FROM / NARROW_WIDTH;

export const LAST_VALUE_BAND = FIRST_WIDE_BAND + (OPEN_FROM - WIDE_FROM) / WIDE_WIDTH;

/** A band's values in minor units: from included, to excluded; the last band has no end. */
export interface ValueBandBounds {
  fromMinor: number;
  toMinor: number | null;
}

/** The band of a declared value in minor units; a negative value (never stored) falls in band 0, as in SQL. */
export function valueBandOf(minor: number): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`A value band needs integer minor units, got ${String(minor)}`);
  if (minor < WIDE_FROM) return Math.floor(Math.max(minor, 0) / NARROW_WIDTH);
  if (minor < OPEN_FROM) return FIRST_WIDE_BAND + Math.floor((minor - WIDE_FROM) / WIDE_WIDTH);
  return LAST_VALUE_BAND;
}

export function valueBandBounds(band: number): ValueBandBounds {
  if (!Number.isInteger(band) || band < 0 || band > LAST_VALUE_BAND) throw new RangeError(`No value band ${String(band)}`);
  if (band === LAST_VALUE_BAND) return { fromMinor: OPEN_FROM, toMinor: null };
  if (band < FIRST_WIDE_BAND) return { fromMinor: band * NARROW_WIDTH, toMinor: (band + 1) * NARROW_WIDTH };
  const fromMinor = WIDE_FROM + (band - FIRST_WIDE_BAND) * WIDE_WIDTH;
  return { fromMinor, toMinor: fromMinor + WIDE_WIDTH };
}

/** "£100.00–£109.99", or "£10,000.00 or more" for the last band. */
export function valueBandLabel(band: number, currency: string, locale = 'en-GB'): string {
  const { fromMinor, toMinor } = valueBandBounds(band);
  const from = formatMoney(fromMinor, currency, locale);
  return toMinor === null ? `${from} or more` : `${from}–${formatMoney(toMinor - 1, currency, locale)}`;
}
