import { notCheckedLabel, RULE_LABELS, RULE_SETS, type StoredEligibility } from '../otp';

export type RuleOutcome = 'passed' | 'failed' | 'not_checked';

export interface RuleLine {
  code: string;
  label: string;
  outcome: RuleOutcome;
  /** The failing rule's own message, when it has one. */
  reason: string | null;
}

export interface EligibilityView {
  eligible: boolean;
  rules: RuleLine[];
  threshold: { value: number; unit: string; source: 'default' | 'account' } | null;
}

/** The eligibility stored at label time as lines a shipper reads: each rule of its set passed, failed or not checked. */
export function eligibilityView(stored: StoredEligibility): EligibilityView {
  const reasons = new Map(stored.reasons.map((r) => [r.code, r.message]));
  const rules = RULE_SETS[stored.ruleSet].map((code): RuleLine => {
    const outcome = stored.notPassed[code];
    if (outcome === undefined) return { code, label: RULE_LABELS[code], outcome: 'passed', reason: null };
    if (outcome === 'failed') return { code, label: RULE_LABELS[code], outcome: 'failed', reason: reasons.get(code) ?? null };
    return { code, label: notCheckedLabel(code, outcome), outcome: 'not_checked', reason: null };
  });
  return { eligible: stored.eligible, rules, threshold: stored.threshold };
}
