import type { EligibilityReason } from './eligibility-messages';
import { REASON_CODES, RULE_LABELS, type ReasonCode } from './reason-codes';

/** One rule's outcome. A rule is named by the reason code it reports when it fails. */
export interface EligibilityCheck {
  code: ReasonCode;
  passed: boolean;
  label: string;
  /** Set only on a rule that could not be judged: why. */
  notChecked?: NotCheckedCause;
}

/** Why a dependent rule could not be judged; its check then reports passed: false without a reason. */
export type NotCheckedCause = 'noMarketplace' | 'noDeclaredValue' | 'otherCurrency' | 'noPhone';

const CAUSE_TEXT: Record<NotCheckedCause, string> = {
  noMarketplace: 'the ship-to country is not an OTP marketplace',
  noDeclaredValue: 'there is no valid declared value',
  otherCurrency: 'the declared value is in another currency',
  noPhone: 'there is no phone number',
};

type CheckTable = Readonly<Record<ReasonCode, EligibilityCheck>>;

function table(make: (code: ReasonCode) => EligibilityCheck): CheckTable {
  const entries = REASON_CODES.map((code) => [code, Object.freeze(make(code))] as const);
  return Object.freeze(Object.fromEntries(entries) as Record<ReasonCode, EligibilityCheck>);
}

// Checks are shared, frozen constants so that evaluating a package allocates none of them.
const PASSED_CHECKS = table((code) => ({ code, passed: true, label: RULE_LABELS[code] }));
const FAILED_CHECKS = table((code) => ({ code, passed: false, label: RULE_LABELS[code] }));
const NOT_CHECKED_CHECKS: Readonly<Record<NotCheckedCause, CheckTable>> = Object.freeze({
  noMarketplace: notCheckedTable('noMarketplace'),
  noDeclaredValue: notCheckedTable('noDeclaredValue'),
  otherCurrency: notCheckedTable('otherCurrency'),
  noPhone: notCheckedTable('noPhone'),
});

export function passed(rule: ReasonCode): EligibilityCheck {
  return PASSED_CHECKS[rule];
}

/** The rule named by `reason.code` failed; its reason is recorded (rules run in order, so reasons stay in rule order). */
export function failed(reasons: EligibilityReason[], reason: EligibilityReason): EligibilityCheck {
  reasons.push(reason);
  return FAILED_CHECKS[reason.code];
}

export function notChecked(rule: ReasonCode, cause: NotCheckedCause): EligibilityCheck {
  return NOT_CHECKED_CHECKS[cause][rule];
}

/** A rule's label when it could not be judged, with why. */
export function notCheckedLabel(code: ReasonCode, cause: NotCheckedCause): string {
  return `${RULE_LABELS[code]} (not checked: ${CAUSE_TEXT[cause]})`;
}

function notCheckedTable(cause: NotCheckedCause): CheckTable {
  return table((code) => ({ code, passed: false, label: notCheckedLabel(code, cause), notChecked: cause }));
}
