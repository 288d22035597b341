import type { EligibilityResult } from '../otp';

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

// lib/otp marks a rule it could not judge as passed: false with "(not checked: …)" in its label.
const NOT_CHECKED = / \(not checked: [^)]*\)$/;

/** The stored eligibility result as lines a shipper reads: each rule passed, failed or not checked. */
export function eligibilityView(result: EligibilityResult): EligibilityView {
  const reasons = new Map((result.reasons ?? []).map((r) => [r.code, r.message]));
  const rules = (result.checks ?? []).map((check): RuleLine => {
    const notChecked = !check.passed && NOT_CHECKED.test(check.label);
    return {
      code: check.code,
      label: check.label,
      outcome: check.passed ? 'passed' : notChecked ? 'not_checked' : 'failed',
      reason: check.passed ? null : (reasons.get(check.code) ?? null),
    };
  });
  return { eligible: result.eligible, rules, threshold: result.threshold ?? null };
}
