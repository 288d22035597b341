import type { EligibilityResult } from './eligibility';
import type { NotCheckedCause } from './eligibility-checks';
import type { EligibilityReason } from './eligibility-messages';
import type { EligibilityWarning } from './item-value-warning';
import type { Marketplace } from './marketplaces';
import type { ReasonCode } from './reason-codes';
import type { AppliedThreshold } from './threshold';

/**
 * The rules, in order, that a stored result was judged by. A stored result names its set, so a rule
 * added, removed or reordered later makes a new set and older results still read as they were judged.
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

/** How a rule that did not pass ended: it failed, or it could not be judged, and why. */
export type NotPassedOutcome = 'failed' | NotCheckedCause;

/**
 * An eligibility result as kept on its shipment from label time: what the shipper is shown, without the
 * rules' fixed labels or the normalised phone (which has its own column). Half the size of the full
 * result, which a 100,000-package upload writes 100,000 times.
 */
export interface StoredEligibility {
  eligible: boolean;
  marketplace: Marketplace | null;
  threshold: AppliedThreshold | null;
  reasons: EligibilityReason[];
  warnings: EligibilityWarning[];
  ruleSet: RuleSetId;
  /** The rules of the set that did not pass; every other rule of the set passed. */
  notPassed: Partial<Record<ReasonCode, NotPassedOutcome>>;
}

export function storedEligibilityOf(result: EligibilityResult): StoredEligibility {
  const notPassed: StoredEligibility['notPassed'] = {};
  for (const check of result.checks) if (!check.passed) notPassed[check.code] = check.notChecked ?? 'failed';
  const { eligible, marketplace, threshold, reasons, warnings } = result;
  return { eligible, marketplace, threshold, reasons, warnings, ruleSet: CURRENT_RULE_SET, notPassed };
}
