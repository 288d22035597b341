import { describe, expect, it } from 'vitest';
import { MARKETPLACE_TABLE } from '../marketplaces/table';
import { chooseLocale, marketplaceLocale, marketplaceOfPhone, negotiateLocale, timeZoneOfLocale } from './locale-choice';

describe('negotiateLocale', () => {
  it.each([
    ['fr-FR', 'fr-FR'],
    ['it-IT,it;q=0.9,en;q=0.8', 'it-IT'],
    ['FR-fr', 'fr-FR'],
    ['en-IN', 'en-IN'],
    // Only the language matches: the catalogue of that language.
    ['fr', 'fr-FR'],
    ['fr-CH', 'fr-FR'],
    ['es-MX', 'es-ES'],
    ['it-CH', 'it-IT'],
    ['en-US', 'en-GB'],
    ['en', 'en-GB'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('takes the highest q-value, not the first listed', () => {
    expect(negotiateLocale('en-GB;q=0.4, it-IT;q=0.9, fr;q=0.5')).toBe('it-IT');
    expect(negotiateLocale('de-DE, es;q=0.2, fr;q=0.3')).toBe('fr-FR');
  });

  it('keeps the header order between equal q-values', () => {
    expect(negotiateLocale('es;q=0.8, fr;q=0.8')).toBe('es-ES');
    expect(negotiateLocale('fr, es')).toBe('fr-FR');
  });

  it('ignores languages refused with q=0, the wildcard and malformed q-values', () => {
    expect(negotiateLocale('it;q=0, fr;q=0.1')).toBe('fr-FR');
    expect(negotiateLocale('*, es;q=0.5')).toBe('es-ES');
    expect(negotiateLocale('it;q=abc, es;q=0.5')).toBe('es-ES');
  });

  it('moves on to the next language when one has no catalogue', () => {
    expect(negotiateLocale('de-DE, ja;q=0.9, es-AR;q=0.5')).toBe('es-ES');
  });

  it.each([['de-DE'], ['de-DE, ja;q=0.9'], ['*'], [''], [null], [undefined]])('%j → null', (header) => {
    expect(negotiateLocale(header)).toBeNull();
  });
});

describe('marketplaceOfPhone', () => {
  it.each([
    ['+393123456789', 'IT'],
    ['+919876543210', 'IN'],
    ['+447700900123', 'UK'],
    ['+33639981234', 'FR'],
    ['+34612345678', 'ES'],
  ])('%s → %s', (phone, marketplace) => {
    expect(marketplaceOfPhone(phone)).toBe(marketplace);
  });

  it.each([['+14155550100'], ['+4915112345678'], [''], [null], [undefined]])('%j → null', (phone) => {
    expect(marketplaceOfPhone(phone)).toBeNull();
  });
});

describe('marketplaceLocale', () => {
  it.each(MARKETPLACE_TABLE.map((row) => [row.code, row] as const))('%s speaks its own language in its own time zone', (code, row) => {
    expect(marketplaceLocale(code)).toEqual({ locale: row.locale, timeZone: row.timeZone });
  });
});

describe('timeZoneOfLocale', () => {
  it.each([
    ['en-GB', 'Europe/London'],
    ['fr-FR', 'Europe/Paris'],
    ['fr', 'Europe/Paris'],
    ['it-IT', 'Europe/Rome'],
    ['es-ES', 'Europe/Madrid'],
    ['en-IN', 'Asia/Kolkata'],
    // No marketplace in the language's region.
    ['de-DE', 'UTC'],
    ['en', 'UTC'],
  ])('%s → %s', (locale, timeZone) => {
    expect(timeZoneOfLocale(locale)).toBe(timeZone);
  });
});

describe('chooseLocale', () => {
  it('takes the language chosen with the switch first, the marketplace next, then the browser, then en-GB', () => {
    expect(chooseLocale({ chosen: 'it-IT', marketplace: 'FR', acceptLanguage: 'es' }).locale).toBe('it-IT');
    expect(chooseLocale({ marketplace: 'FR', acceptLanguage: 'es' }).locale).toBe('fr-FR');
    expect(chooseLocale({ acceptLanguage: 'es-MX,es;q=0.9' }).locale).toBe('es-ES');
    expect(chooseLocale({})).toEqual({ locale: 'en-GB', timeZone: 'Europe/London' });
    expect(chooseLocale({ chosen: null, marketplace: null, acceptLanguage: 'de-DE' })).toEqual({
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
  });

  it('ignores a chosen language there is no catalogue for', () => {
    expect(chooseLocale({ chosen: 'de-DE', marketplace: 'IT' }).locale).toBe('it-IT');
    expect(chooseLocale({ chosen: 'xx', acceptLanguage: 'fr' }).locale).toBe('fr-FR');
    expect(chooseLocale({ chosen: '../en-GB' }).locale).toBe('en-GB');
  });

  it('shows dates in the marketplace time zone, whatever the language', () => {
    expect(chooseLocale({ marketplace: 'IN' })).toEqual({ locale: 'en-IN', timeZone: 'Asia/Kolkata' });
    expect(chooseLocale({ chosen: 'en-GB', marketplace: 'IN' })).toEqual({ locale: 'en-GB', timeZone: 'Asia/Kolkata' });
    expect(chooseLocale({ chosen: 'fr-FR', marketplace: 'ES', acceptLanguage: 'it' })).toEqual({
      locale: 'fr-FR',
      timeZone: 'Europe/Madrid',
    });
  });

  it("without a marketplace, shows dates in the time zone of the language's own marketplace", () => {
    expect(chooseLocale({ chosen: 'it-IT' })).toEqual({ locale: 'it-IT', timeZone: 'Europe/Rome' });
    expect(chooseLocale({ acceptLanguage: 'en-IN' })).toEqual({ locale: 'en-IN', timeZone: 'Asia/Kolkata' });
  });
});
