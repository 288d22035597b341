import { MARKETPLACE_TABLE } from '../marketplaces/table';

type Row = (typeof MARKETPLACE_TABLE)[number];

export type Marketplace = Row['code'];
export type CountryCode = Row['countryCode'];
export type CurrencyCode = Row['currency'];

export interface MarketplaceInfo {
  code: Marketplace;
  name: string;
  countryCode: CountryCode;
  dialCode: string;
  currency: CurrencyCode;
  defaultThresholdMinor: number;
  timeZone: string;
  locale: string;
  resendEnabled: boolean;
}

/** One frozen value per marketplace, keyed and ordered as the table. */
export function byMarketplace<T>(valueOf: (row: Row) => T): Readonly<Record<Marketplace, T>> {
  return Object.freeze(Object.fromEntries(MARKETPLACE_TABLE.map((row) => [row.code, valueOf(row)])) as Record<Marketplace, T>);
}

/** A row without its mobile-number rule, which only the phone parser reads. */
function infoOf({ mobile: _mobile, ...info }: Row): MarketplaceInfo {
  return Object.freeze(info);
}

export const MARKETPLACES: Readonly<Record<Marketplace, MarketplaceInfo>> = byMarketplace(infoOf);

const [firstRow, ...otherRows] = MARKETPLACE_TABLE;

/** The codes in table order, as a non-empty tuple (what z.enum and pgEnum take). */
export const MARKETPLACE_CODES: readonly [Marketplace, ...Marketplace[]] = Object.freeze([
  firstRow.code,
  ...otherRows.map((row) => row.code),
] as const);

/** The ship-to country codes, in table order. */
export const COUNTRY_CODES: readonly CountryCode[] = Object.freeze(MARKETPLACE_TABLE.map((row) => row.countryCode));

const BY_COUNTRY: ReadonlyMap<string, Marketplace> = new Map(MARKETPLACE_TABLE.map((row) => [row.countryCode, row.code]));

export function marketplaceForCountry(countryCode: string): Marketplace | null {
  return BY_COUNTRY.get(countryCode) ?? null;
}

export function isResendEnabled(m: Marketplace, flags?: { resendUkEu?: boolean }): boolean {
  if (!Object.hasOwn(MARKETPLACES, m)) return false;
  // "It will be launched in the UK and EU later this year": behind a flag, off by default.
  return MARKETPLACES[m].resendEnabled || flags?.resendUkEu === true;
}
