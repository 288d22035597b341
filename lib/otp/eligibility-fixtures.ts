import type { EligibilityInput } from './eligibility';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from './marketplaces';

/** Test fixtures: an eligible package per marketplace, to break one thing at a time. */
export const VALID_MOBILE: Record<Marketplace, { raw: string; e164: string }> = {
  UK: { raw: '07123 456789', e164: '+447123456789' },
  FR: { raw: '06 12 34 56 78', e164: '+33612345678' },
  IT: { raw: '+39 333 123 4567', e164: '+393331234567' },
  ES: { raw: '612 345 678', e164: '+34612345678' },
  IN: { raw: '+91 98765-43210', e164: '+919876543210' },
};

export const LANDLINE: Record<Marketplace, string> = {
  UK: '020 7946 0000',
  FR: '01 40 00 00 00',
  IT: '06 1234 5678',
  ES: '912 345 678',
  IN: '011 2345 6789',
};

type Overrides = {
  account?: Partial<EligibilityInput['account']>;
  shipment?: Partial<EligibilityInput['shipment']>;
  shipTo?: Partial<EligibilityInput['shipment']['shipTo']>;
};

/** Eligible by default: OTP and both notifications on, EXTERNAL, prepaid, 1 minor unit over the default threshold. */
export function packageFor(marketplace: Marketplace, overrides: Overrides = {}): EligibilityInput {
  const info = MARKETPLACES[marketplace];
  return {
    account: { otpEnabled: true, emailNotifications: true, smsNotifications: true, ...overrides.account },
    shipment: {
      channelType: 'EXTERNAL',
      prepaid: true,
      insuredValue: { value: (info.defaultThresholdMinor + 1) / 100, unit: info.currency },
      ...overrides.shipment,
      shipTo: { countryCode: info.countryCode, phoneNumber: VALID_MOBILE[marketplace].raw, ...overrides.shipTo },
    },
  };
}

export const ALL_MARKETPLACES = MARKETPLACE_CODES;
