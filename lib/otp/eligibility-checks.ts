import { REASON_CODES, RULE_LABELS, type ReasonCode } from './reason-codes';

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
export const PASSED: CheckTable = table((code) => ({ code, passed: true, label: RULE_LABELS[code] }));
export const FAILED: CheckTable = table((code) => ({ code, passed: false, label: RULE_LABELS[code] }));

export const NOT_CHECKED: Readonly<Record<NotCheckedCause, CheckTable>> = Object.freeze({
  noMarketplace: notChecked('noMarketplace'),
  noDeclaredValue: notChecked('noDeclaredValue'),
  otherCurrency: notChecked('otherCurrency'),
  noPhone: notChecked('noPhone'),
});

/** A rule's label when it could not be judged, with why. */
export function notCheckedLabel(code: ReasonCode, cause: NotCheckedCause): string {
  return `${RULE_LABELS[code]} (not checked: ${CAUSE_TEXT[cause]})`;
}

function notChecked(cause: NotCheckedCause): CheckTable {
  return table((code) => ({ code, passed: false, label: notCheckedLabel(code, cause), notChecked: cause }));
}
