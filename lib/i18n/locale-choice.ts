import { MARKETPLACE_TABLE } from '../marketplaces/table';
import { MARKETPLACES, type Marketplace, marketplaceForCountry } from '../otp/marketplaces';
import { catalogueLocales, hasCatalogue, SOURCE_LOCALE } from './catalogues';

/** A language and the time zone its dates are shown in. */
export interface LocaleSetting {
  locale: string;
  timeZone: string;
}

/** The marketplace's own language and time zone. */
export function marketplaceLocale(marketplace: Marketplace): LocaleSetting {
  const { locale, timeZone } = MARKETPLACES[marketplace];
  return { locale: hasCatalogue(locale) ? locale : SOURCE_LOCALE, timeZone };
}

/** The marketplace whose phone numbers start with the dial code of an E.164 number. */
export function marketplaceOfPhone(phoneE164: string | null | undefined): Marketplace | null {
  if (!phoneE164) return null;
  return MARKETPLACE_TABLE.find((row) => phoneE164.startsWith(row.dialCode))?.code ?? null;
}

/** The time zone a language's dates are shown in when no marketplace says: its region's marketplace, else UTC. */
export function timeZoneOfLocale(locale: string): string {
  const region = new Intl.Locale(locale).maximize().region;
  const marketplace = region ? marketplaceForCountry(region) : null;
  return marketplace ? MARKETPLACES[marketplace].timeZone : 'UTC';
}

/** The languages of an Accept-Language header, best first. */
function acceptedLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The catalogue that best serves a browser's Accept-Language: the same tag, else the same language. */
export function negotiateLocale(acceptLanguage: string | null | undefined): string | null {
  if (!acceptLanguage) return null;
  const available = catalogueLocales();
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const exact = available.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0]!.toLowerCase();
    const sameLanguage = available.find((locale) => locale.split('-')[0]!.toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
  }
  return null;
}

/**
 * The language a page speaks: the one the person chose with the language switch, else their
 * marketplace's, else their browser's, else the source language. Dates follow the marketplace's
 * time zone when there is one.
 */
export function chooseLocale(input: {
  chosen?: string | null;
  marketplace?: Marketplace | null;
  acceptLanguage?: string | null;
}): LocaleSetting {
  const fromMarketplace = input.marketplace ? marketplaceLocale(input.marketplace) : null;
  const locale =
    (input.chosen && hasCatalogue(input.chosen) ? input.chosen : null) ??
    fromMarketplace?.locale ??
    negotiateLocale(input.acceptLanguage) ??
    SOURCE_LOCALE;
  return { locale, timeZone: fromMarketplace?.timeZone ?? timeZoneOfLocale(locale) };
}
