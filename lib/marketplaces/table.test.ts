import { describe, expect, it } from 'vitest';
import { SOURCE_PHONE_EXAMPLES } from '../otp/phone-examples';
import { PHONE_RULES } from '../otp/phone-rules';
import { isIso4217Code } from '../shipping/iso-4217';
import { MARKETPLACE_TABLE } from './table';

// What a new row must bring; the database enum's tests are in db/marketplace-enum.test.ts.
describe.each(MARKETPLACE_TABLE)('marketplace $code', (row) => {
  it('has an upper-case ISO country code of its own', () => {
    expect(row.countryCode).toMatch(/^[A-Z]{2}$/);
    expect(MARKETPLACE_TABLE.filter((other) => other.countryCode === row.countryCode)).toHaveLength(1);
    expect(MARKETPLACE_TABLE.filter((other) => other.code === row.code)).toHaveLength(1);
  });

  it('has a two-digit dial code (the phone parser reads exactly two)', () => {
    expect(row.dialCode).toMatch(/^\+\d{2}$/);
  });

  it('has an ISO 4217 currency and a default threshold in minor units', () => {
    expect(isIso4217Code(row.currency)).toBe(true);
    expect(Number.isSafeInteger(row.defaultThresholdMinor) && row.defaultThresholdMinor > 0).toBe(true);
  });

  it('has an IANA time zone and a locale Intl knows', () => {
    expect(() => new Intl.DateTimeFormat('en', { timeZone: row.timeZone })).not.toThrow();
    expect(Intl.DateTimeFormat.supportedLocalesOf([row.locale])).toEqual([row.locale]);
  });

  it('has a mobile-number rule', () => {
    const { mobile } = row;
    expect(mobile.adjective).not.toBe('');
    expect(mobile.expected).not.toBe('');
    expect(mobile.firstDigits.length).toBeGreaterThan(0);
    expect(mobile.minDigits).toBeGreaterThan(0);
    expect(mobile.maxDigits).toBeGreaterThanOrEqual(mobile.minDigits);
    expect(PHONE_RULES[row.code]).toMatchObject({
      ccText: row.dialCode.slice(1),
      minDigits: mobile.minDigits,
      maxDigits: mobile.maxDigits,
    });
  });

  it("has the source's phone examples", () => {
    expect(SOURCE_PHONE_EXAMPLES.filter((example) => example.marketplace === row.code)).not.toHaveLength(0);
  });
});
