/**
 * The label-time outcomes of the insights bench's shipments: a few inputs per marketplace, each judged once
 * by lib/otp and stored as the app stores it, then reused for every shipment of that kind. A below-threshold
 * reason's message names a representative amount, not the shipment's own (the bench never shows it).
 */
import { evaluateOtpEligibility, type ReasonCode, storedEligibilityOf } from '../../lib/otp';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '../../lib/otp/marketplaces';

/** The recipient's number: a valid mobile for its marketplace, a landline, or none. */
export type PhoneKind = 'mobile' | 'landline' | 'missing';

interface Outcome {
  name: string;
  /** Share of a marketplace's shipments, in percent (the shares add up to 100). */
  percent: number;
  belowThreshold: boolean;
  phone: PhoneKind;
  channelType: 'EXTERNAL' | 'AMAZON';
  prepaid: boolean;
  /** Declared in another currency than the marketplace's. */
  foreignCurrency: boolean;
  /** What the rules must find, the account's SMS switch aside. */
  reasons: ReasonCode[];
}

const base = { belowThreshold: false, phone: 'mobile', channelType: 'EXTERNAL', prepaid: true, foreignCurrency: false } as const;

export const OUTCOMES: readonly Outcome[] = [
  { ...base, name: 'eligible', percent: 48, reasons: [] },
  { ...base, name: 'below threshold', percent: 30, belowThreshold: true, reasons: ['BELOW_THRESHOLD'] },
  { ...base, name: 'phone missing', percent: 5, phone: 'missing', reasons: ['PHONE_MISSING'] },
  { ...base, name: 'not a mobile', percent: 4, phone: 'landline', reasons: ['PHONE_INVALID'] },
  { ...base, name: 'Amazon channel', percent: 4, channelType: 'AMAZON', reasons: ['AMAZON_CHANNEL'] },
  { ...base, name: 'collect on delivery', percent: 3, prepaid: false, reasons: ['NOT_PREPAID'] },
  {
    ...base,
    name: 'below threshold, phone missing',
    percent: 5,
    belowThreshold: true,
    phone: 'missing',
    reasons: ['BELOW_THRESHOLD', 'PHONE_MISSING'],
  },
  { ...base, name: 'foreign currency', percent: 1, foreignCurrency: true, reasons: ['CURRENCY_MISMATCH'] },
];

/** Share of each marketplace in the bench's shipments, in percent, in MARKETPLACE_CODES order. */
export const MARKETPLACE_PERCENT: Record<Marketplace, number> = { UK: 35, FR: 15, IT: 15, ES: 10, IN: 25 };

/** A mobile prefix per marketplace; six more digits make a valid mobile number (checked below). */
export const MOBILE_PREFIX: Record<Marketplace, string> = { UK: '+447700', FR: '+33612', IT: '+393471', ES: '+34612', IN: '+919876' };
/** The digit 1 never starts a mobile number in any marketplace. */
export const landlineOf = (m: Marketplace) => `${MARKETPLACES[m].dialCode}1234567890`;
export const FOREIGN_CURRENCY = 'USD';

export interface StoredCombination {
  marketplace: Marketplace;
  outcome: Outcome;
  smsOff: boolean;
  eligible: boolean;
  /** The stored `eligibility` as JSON text. */
  json: string;
}

function judge(marketplace: Marketplace, outcome: Outcome, smsOff: boolean): StoredCombination {
  const info = MARKETPLACES[marketplace];
  const threshold = info.defaultThresholdMinor / 100;
  const phoneNumber = { mobile: `${MOBILE_PREFIX[marketplace]}123456`, landline: landlineOf(marketplace), missing: null }[outcome.phone];
  const result = evaluateOtpEligibility({
    account: { otpEnabled: true, emailNotifications: true, smsNotifications: !smsOff },
    shipment: {
      channelType: outcome.channelType,
      prepaid: outcome.prepaid,
      shipTo: { countryCode: info.countryCode, phoneNumber },
      insuredValue: {
        value: outcome.belowThreshold ? threshold / 2 : threshold * 2,
        unit: outcome.foreignCurrency ? FOREIGN_CURRENCY : info.currency,
      },
    },
  });
  const expected = [...(smsOff ? ['SMS_NOTIFICATIONS_OFF'] : []), ...outcome.reasons];
  const found = result.reasons.map((r) => r.code);
  if (found.join() !== expected.join()) {
    throw new Error(`${marketplace} "${outcome.name}": the rules found [${found.join()}], the bench expects [${expected.join()}]`);
  }
  return { marketplace, outcome, smsOff, eligible: result.eligible, json: JSON.stringify(storedEligibilityOf(result)) };
}

/**
 * Every marketplace × outcome × SMS switch, judged by the rules; a shipment's combination is number
 * `combinationIndex(m, o, smsOff)` (1-based, as SQL arrays are).
 */
export const COMBINATIONS: readonly StoredCombination[] = MARKETPLACE_CODES.flatMap((m) =>
  OUTCOMES.flatMap((o) => [judge(m, o, false), judge(m, o, true)]),
);

/** SQL for the 1-based index into COMBINATIONS, from 1-based marketplace and outcome numbers and a boolean. */
export const combinationIndexSql = (m: string, o: string, smsOff: string) =>
  `((${m} - 1) * ${OUTCOMES.length} + ${o} - 1) * 2 + (case when ${smsOff} then 1 else 0 end) + 1`;
