import { COUNTRY_CODES } from './marketplaces';
import { humanList } from './text';

export type ReasonCode =
  | 'OTP_NOT_ENABLED'
  | 'EMAIL_NOTIFICATIONS_OFF'
  | 'SMS_NOTIFICATIONS_OFF'
  | 'AMAZON_CHANNEL'
  | 'NOT_PREPAID'
  | 'UNSUPPORTED_MARKETPLACE'
  | 'INSURED_VALUE_MISSING'
  | 'CURRENCY_MISMATCH'
  | 'BELOW_THRESHOLD'
  | 'PHONE_MISSING'
  | 'PHONE_INVALID';

/**
 * The rules, in order, of each rule set. A stored result names the set it was judged by, so a rule
 * added, removed or reordered makes a new set and older results still read as they were judged.
 */
export const RULE_SETS = Object.freeze({
  1: Object.freeze([
    'OTP_NOT_ENABLED',
    'EMAIL_NOTIFICATIONS_OFF',
    'SMS_NOTIFICATIONS_OFF',
    'AMAZON_CHANNEL',
    'NOT_PREPAID',
    'UNSUPPORTED_MARKETPLACE',
    'INSURED_VALUE_MISSING',
    'CURRENCY_MISMATCH',
    'BELOW_THRESHOLD',
    'PHONE_MISSING',
    'PHONE_INVALID',
  ] as const satisfies readonly ReasonCode[]),
});
export type RuleSetId = keyof typeof RULE_SETS;
export const CURRENT_RULE_SET: RuleSetId = 1;

/** Rule order (DESIGN.md §3), the current rule set's; reasons and checks are always reported in this order. */
export const REASON_CODES: readonly ReasonCode[] = RULE_SETS[CURRENT_RULE_SET];

/** What went wrong, for filters, badges and the reasons column. */
export const REASON_LABELS: Record<ReasonCode, string> = Object.freeze({
  OTP_NOT_ENABLED: 'OTP is not enabled on the account',
  EMAIL_NOTIFICATIONS_OFF: 'Email notifications are off',
  SMS_NOTIFICATIONS_OFF: 'SMS notifications are off',
  AMAZON_CHANNEL: 'Amazon-channel shipment',
  NOT_PREPAID: 'Not prepaid (collect on delivery)',
  UNSUPPORTED_MARKETPLACE: 'Ship-to country is not an OTP marketplace',
  INSURED_VALUE_MISSING: 'Declared value is missing or invalid',
  CURRENCY_MISMATCH: "Declared value is not in the marketplace's currency",
  BELOW_THRESHOLD: 'Declared value does not exceed the threshold',
  PHONE_MISSING: 'Recipient phone number is missing',
  PHONE_INVALID: 'Phone number is not a valid mobile',
});

/** The label of a reason code read back from storage; an unknown code shows as itself. */
export function reasonLabel(code: string): string {
  return (REASON_LABELS as Record<string, string>)[code] ?? code;
}

/** What each rule requires, phrased as the condition that passes; the labels of `checks`. */
export const RULE_LABELS: Record<ReasonCode, string> = Object.freeze({
  OTP_NOT_ENABLED: 'OTP is enabled on the account',
  EMAIL_NOTIFICATIONS_OFF: 'Email notifications are on',
  SMS_NOTIFICATIONS_OFF: 'SMS notifications are on',
  AMAZON_CHANNEL: 'Off-Amazon shipment (EXTERNAL channel)',
  NOT_PREPAID: 'Prepaid (no collect on delivery)',
  UNSUPPORTED_MARKETPLACE: `Ship-to country is ${humanList(COUNTRY_CODES, 'or')}`,
  INSURED_VALUE_MISSING: 'Declared value (insuredValue) is given',
  CURRENCY_MISMATCH: "Declared value is in the marketplace's currency",
  BELOW_THRESHOLD: 'Declared value exceeds the OTP threshold',
  PHONE_MISSING: 'Recipient phone number is given',
  PHONE_INVALID: 'Phone number is a valid mobile for the marketplace',
});
