import type { EligibilityResult } from './eligibility';
import type { NotCheckedCause } from './eligibility-checks';
import type { EligibilityReason } from './eligibility-messages';
import type { EligibilityWarning } from './item-value-warning';
import type { Marketplace } from './marketplaces';
import { CURRENT_RULE_SET, type ReasonCode, type RuleSetId } from './reason-codes';
import type { AppliedThreshold } from './threshold';

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
