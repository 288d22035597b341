import type { Marketplace } from './marketplaces';

/** One marketplace's mobile-number rules, from the source's "valid phone numbers" table. */
export interface PhoneRule {
  name: string;
  /** The two country-code digits as char codes, e.g. 4 and 4 for +44. */
  cc0: number;
  cc1: number;
  ccText: string;
  /** Whether a bare trunk `0` (07…, 06…) is an accepted prefix. */
  nationalZero: boolean;
  /** Accepted first digits of the number after the prefix, as a 10-entry lookup. */
  firstDigits: readonly boolean[];
  minDigits: number;
  maxDigits: number;
  expected: string;
}

function digits(...accepted: number[]): readonly boolean[] {
  return Object.freeze(Array.from({ length: 10 }, (_, d) => accepted.includes(d)));
}

// Lengths count the whole number after the prefix, including its first digit
// ("7 then 8 or 9 digits" → 9–10).
export const PHONE_RULES: Readonly<Record<Marketplace, PhoneRule>> = Object.freeze({
  UK: { name: 'UK', cc0: 52, cc1: 52, ccText: '44', nationalZero: true, firstDigits: digits(7), minDigits: 9, maxDigits: 10, expected: 'expected 07 or +44 7 followed by 8–9 digits' },
  IT: { name: 'Italian', cc0: 51, cc1: 57, ccText: '39', nationalZero: false, firstDigits: digits(3), minDigits: 10, maxDigits: 11, expected: 'expected 3 or +39 3 followed by 9–10 digits' },
  FR: { name: 'French', cc0: 51, cc1: 51, ccText: '33', nationalZero: true, firstDigits: digits(6, 7), minDigits: 9, maxDigits: 9, expected: 'expected 06/07 or +33 6/7 followed by 8 digits' },
  ES: { name: 'Spanish', cc0: 51, cc1: 52, ccText: '34', nationalZero: false, firstDigits: digits(6, 7), minDigits: 9, maxDigits: 9, expected: 'expected 6/7 or +34 6/7 followed by 8 digits' },
  IN: { name: 'Indian', cc0: 57, cc1: 49, ccText: '91', nationalZero: false, firstDigits: digits(7, 8, 9), minDigits: 10, maxDigits: 10, expected: 'expected 10 digits starting with 7, 8 or 9, optionally after +91' },
});

/** The longest accepted form, `(0039)` + 11 digits; anything longer is refused without parsing. */
export const MAX_SIGNIFICANT_CHARS = 17;

/** Amazon's phoneNumber field holds at most 20 characters; 100 leaves room for any spacing and caps the work. */
export const MAX_RAW_LENGTH = 100;
