/**
 * Which mobile numbers a marketplace accepts, from the source's "valid phone numbers" table.
 * Lengths count the whole number after the prefix, including its first digit ("7 then 8 or 9
 * digits" → 9–10).
 */
export interface MobileNumberRule {
  /** How a refusal names the number: "Not a valid Italian mobile number". */
  adjective: string;
  /** Whether a bare trunk `0` (07…, 06…) is an accepted prefix. */
  nationalZero: boolean;
  /** Accepted first digits of the number after the prefix. */
  firstDigits: readonly number[];
  minDigits: number;
  maxDigits: number;
  /** The accepted forms, closing every refusal. */
  expected: string;
}

export interface MarketplaceRow {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the ship-to country. */
  countryCode: string;
  /** `+` and the two-digit country calling code. */
  dialCode: string;
  /** ISO 4217 code of the declared value and the threshold. */
  currency: string;
  defaultThresholdMinor: number;
  /** IANA time zone of the marketplace's delivery day and dates. */
  timeZone: string;
  locale: string;
  /** Whether the recipient can have the passcode sent again without the `resendUkEu` flag. */
  resendEnabled: boolean;
  mobile: MobileNumberRule;
}

/**
 * Every OTP marketplace, in display order (also the order of the database enum). Adding a row is
 * adding a marketplace; `npm run db:generate` then writes the migration adding its enum value.
 *
 * Source: "it's 100 GBP for the UK, 100 EUR for rest of EU, and 500 INR for India"; "Resending the
 * passcode is currently only available in India".
 */
export const MARKETPLACE_TABLE = [
  {
    code: 'UK',
    name: 'United Kingdom',
    countryCode: 'GB',
    dialCode: '+44',
    currency: 'GBP',
    defaultThresholdMinor: 10000,
    timeZone: 'Europe/London',
    locale: 'en-GB',
    resendEnabled: false,
    mobile: {
      adjective: 'UK',
      nationalZero: true,
      firstDigits: [7],
      minDigits: 9,
      maxDigits: 10,
      expected: 'expected 07 or +44 7 followed by 8–9 digits',
    },
  },
  {
    code: 'FR',
    name: 'France',
    countryCode: 'FR',
    dialCode: '+33',
    currency: 'EUR',
    defaultThresholdMinor: 10000,
    timeZone: 'Europe/Paris',
    locale: 'fr-FR',
    resendEnabled: false,
    mobile: {
      adjective: 'French',
      nationalZero: true,
      firstDigits: [6, 7],
      minDigits: 9,
      maxDigits: 9,
      expected: 'expected 06/07 or +33 6/7 followed by 8 digits',
    },
  },
  {
    code: 'IT',
    name: 'Italy',
    countryCode: 'IT',
    dialCode: '+39',
    currency: 'EUR',
    defaultThresholdMinor: 10000,
    timeZone: 'Europe/Rome',
    locale: 'it-IT',
    resendEnabled: false,
    mobile: {
      adjective: 'Italian',
      nationalZero: false,
      firstDigits: [3],
      minDigits: 10,
      maxDigits: 11,
      expected: 'expected 3 or +39 3 followed by 9–10 digits',
    },
  },
  {
    code: 'ES',
    name: 'Spain',
    countryCode: 'ES',
    dialCode: '+34',
    currency: 'EUR',
    defaultThresholdMinor: 10000,
    timeZone: 'Europe/Madrid',
    locale: 'es-ES',
    resendEnabled: false,
    mobile: {
      adjective: 'Spanish',
      nationalZero: false,
      firstDigits: [6, 7],
      minDigits: 9,
      maxDigits: 9,
      expected: 'expected 6/7 or +34 6/7 followed by 8 digits',
    },
  },
  {
    code: 'IN',
    name: 'India',
    countryCode: 'IN',
    dialCode: '+91',
    currency: 'INR',
    defaultThresholdMinor: 50000,
    timeZone: 'Asia/Kolkata',
    locale: 'en-IN',
    resendEnabled: true,
    mobile: {
      adjective: 'Indian',
      nationalZero: false,
      firstDigits: [7, 8, 9],
      minDigits: 10,
      maxDigits: 10,
      expected: 'expected 10 digits starting with 7, 8 or 9, optionally after +91',
    },
  },
] as const satisfies readonly MarketplaceRow[];
