import { describe, expect, it } from 'vitest';
import { isResendEnabled, MARKETPLACE_CODES, MARKETPLACES, marketplaceForCountry, type Marketplace } from './marketplaces';

describe('MARKETPLACES', () => {
  it.each([
    ['UK', 'GB', 'GBP', 10000, 'Europe/London', 'en-GB', false],
    ['FR', 'FR', 'EUR', 10000, 'Europe/Paris', 'fr-FR', false],
    ['IT', 'IT', 'EUR', 10000, 'Europe/Rome', 'it-IT', false],
    ['ES', 'ES', 'EUR', 10000, 'Europe/Madrid', 'es-ES', false],
    ['IN', 'IN', 'INR', 50000, 'Asia/Kolkata', 'en-IN', true],
  ] as const)('%s: %s, %s, default %i minor units, %s, %s, resend %s', (code, countryCode, currency, minor, timeZone, locale, resend) => {
    expect(MARKETPLACES[code]).toMatchObject({
      code,
      countryCode,
      currency,
      defaultThresholdMinor: minor,
      timeZone,
      locale,
      resendEnabled: resend,
    });
    expect(() => new Intl.DateTimeFormat(locale, { timeZone })).not.toThrow();
  });

  it('lists the codes in order and is frozen', () => {
    expect(MARKETPLACE_CODES).toEqual(['UK', 'FR', 'IT', 'ES', 'IN']);
    expect(Object.keys(MARKETPLACES)).toEqual(MARKETPLACE_CODES);
    expect(Object.isFrozen(MARKETPLACES)).toBe(true);
    expect(Object.isFrozen(MARKETPLACES.UK)).toBe(true);
    expect(Object.isFrozen(MARKETPLACE_CODES)).toBe(true);
  });
});

describe('marketplaceForCountry', () => {
  it.each([
    ['GB', 'UK'],
    ['FR', 'FR'],
    ['IT', 'IT'],
    ['ES', 'ES'],
    ['IN', 'IN'],
    ['UK', null],
    ['gb', null],
    ['Gb', null],
    [' GB', null],
    ['GBR', null],
    ['DE', null],
    ['US', null],
    ['', null],
    ['toString', null],
  ])('%j → %s', (country, marketplace) => {
    expect(marketplaceForCountry(country)).toBe(marketplace);
  });
});

describe('isResendEnabled', () => {
  it.each([
    ['IN', undefined, true],
    ['IN', { resendUkEu: false }, true],
    ['UK', undefined, false],
    ['FR', {}, false],
    ['IT', { resendUkEu: false }, false],
    ['ES', { resendUkEu: true }, true],
    ['UK', { resendUkEu: true }, true],
    ['XX', { resendUkEu: true }, false],
  ] as const)('%s with %j → %s', (m, flags, expected) => {
    expect(isResendEnabled(m as Marketplace, flags)).toBe(expected);
  });
});
