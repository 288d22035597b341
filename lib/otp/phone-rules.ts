import { byMarketplace, type Marketplace } from './marketplaces';

/** One marketplace's mobile-number rule in the form the parser reads (see `MobileNumberRule`). */
export interface PhoneRule {
  name: string;
  /** The two country-code digits as char codes, e.g. 52 and 52 for +44. */
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

export const PHONE_RULES: Readonly<Record<Marketplace, PhoneRule>> = byMarketplace(({ dialCode, mobile }) => {
  const ccText = dialCode.slice(1);
  const accepted: readonly number[] = mobile.firstDigits;
  return Object.freeze({
    name: mobile.adjective,
    cc0: ccText.charCodeAt(0),
    cc1: ccText.charCodeAt(1),
    ccText,
    nationalZero: mobile.nationalZero,
    firstDigits: Object.freeze(Array.from({ length: 10 }, (_, d) => accepted.includes(d))),
    minDigits: mobile.minDigits,
    maxDigits: mobile.maxDigits,
    expected: mobile.expected,
  });
});

/** The longest accepted form, `(0039)` + 11 digits; anything longer is refused without parsing. */
export const MAX_SIGNIFICANT_CHARS = 17;

/** Amazon's phoneNumber field holds at most 20 characters; 100 leaves room for any spacing and caps the work. */
export const MAX_RAW_LENGTH = 100;
