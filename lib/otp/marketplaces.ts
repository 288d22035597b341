export type Marketplace = 'UK' | 'FR' | 'IT' | 'ES' | 'IN';
export type CurrencyCode = 'GBP' | 'EUR' | 'INR';

export interface MarketplaceInfo {
  code: Marketplace;
  name: string;
  countryCode: 'GB' | 'FR' | 'IT' | 'ES' | 'IN';
  currency: CurrencyCode;
  defaultThresholdMinor: number;
  timeZone: string;
  locale: string;
  resendEnabled: boolean;
}

// Source: "it's 100 GBP for the UK, 100 EUR for rest of EU, and 500 INR for India";
// "Resending the passcode is currently only available in India".
export const MARKETPLACES: Readonly<Record<Marketplace, MarketplaceInfo>> = Object.freeze({
  UK: Object.freeze({ code: 'UK', name: 'United Kingdom', countryCode: 'GB', currency: 'GBP', defaultThresholdMinor: 10000, timeZone: 'Europe/London', locale: 'en-GB', resendEnabled: false }),
  FR: Object.freeze({ code: 'FR', name: 'France', countryCode: 'FR', currency: 'EUR', defaultThresholdMinor: 10000, timeZone: 'Europe/Paris', locale: 'fr-FR', resendEnabled: false }),
  IT: Object.freeze({ code: 'IT', name: 'Italy', countryCode: 'IT', currency: 'EUR', defaultThresholdMinor: 10000, timeZone: 'Europe/Rome', locale: 'it-IT', resendEnabled: false }),
  ES: Object.freeze({ code: 'ES', name: 'Spain', countryCode: 'ES', currency: 'EUR', defaultThresholdMinor: 10000, timeZone: 'Europe/Madrid', locale: 'es-ES', resendEnabled: false }),
  IN: Object.freeze({ code: 'IN', name: 'India', countryCode: 'IN', currency: 'INR', defaultThresholdMinor: 50000, timeZone: 'Asia/Kolkata', locale: 'en-IN', resendEnabled: true }),
} satisfies Record<Marketplace, MarketplaceInfo>);

export const MARKETPLACE_CODES: readonly Marketplace[] = Object.freeze(['UK', 'FR', 'IT', 'ES', 'IN'] as const);

export function marketplaceForCountry(countryCode: string): Marketplace | null {
  switch (countryCode) {
    case 'GB': return 'UK';
    case 'FR': return 'FR';
    case 'IT': return 'IT';
    case 'ES': return 'ES';
    case 'IN': return 'IN';
    default: return null;
  }
}

export function isResendEnabled(m: Marketplace, flags?: { resendUkEu?: boolean }): boolean {
  if (m === 'IN') return true;
  // "It will be launched in the UK and EU later this year": behind a flag, off by default.
  return flags?.resendUkEu === true && Object.hasOwn(MARKETPLACES, m);
}
