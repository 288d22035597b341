import type { ReasonCode } from './reason-codes';

/** Why a package was not OTP eligible, in a few words: chart legends, filter chips. */
export const REASON_SHORT_LABELS: Record<ReasonCode, string> = Object.freeze({
  OTP_NOT_ENABLED: 'OTP not enabled',
  EMAIL_NOTIFICATIONS_OFF: 'Email notifications off',
  SMS_NOTIFICATIONS_OFF: 'SMS notifications off',
  AMAZON_CHANNEL: 'Amazon channel',
  NOT_PREPAID: 'Not prepaid (collect on delivery)',
  UNSUPPORTED_MARKETPLACE: 'Ship-to country not supported',
  INSURED_VALUE_MISSING: 'No declared value',
  CURRENCY_MISMATCH: 'Declared value in another currency',
  BELOW_THRESHOLD: 'Value not above the threshold',
  PHONE_MISSING: 'No recipient phone',
  PHONE_INVALID: 'Phone not a valid mobile',
});

export function reasonShortLabel(code: string): string {
  return (REASON_SHORT_LABELS as Record<string, string>)[code] ?? code;
}
