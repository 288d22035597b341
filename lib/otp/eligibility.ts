import { FAILED, NOT_CHECKED, PASSED, type EligibilityCheck } from './eligibility-checks';
import {
  belowThresholdReason,
  currencyMismatchReason,
  FIXED_REASONS,
  invalidInsuredValueReason,
  phoneInvalidReason,
  unsupportedMarketplaceReason,
  type EligibilityReason,
} from './eligibility-messages';
import { itemValueWarning, type EligibilityWarning, type ItemInput } from './item-value-warning';
import { MARKETPLACES, marketplaceForCountry, type Marketplace } from './marketplaces';
import { moneyErrorMessage, parseMinorUnits } from './money-parse';
import { normaliseMobileNumber } from './phone';
import { resolveThreshold, type AppliedThreshold, type ThresholdOverride } from './threshold';

export { REASON_CODES, REASON_LABELS, RULE_LABELS, type ReasonCode } from './reason-codes';
export type { EligibilityCheck, EligibilityReason, EligibilityWarning };

export interface EligibilityInput {
  account: {
    otpEnabled: boolean;
    emailNotifications: boolean;
    smsNotifications: boolean;
    /** Account overrides in major units, e.g. { IN: { value: 400, unit: 'INR' } }. */
    thresholds?: Partial<Record<Marketplace, ThresholdOverride>>;
  };
  shipment: {
    channelType: 'EXTERNAL' | 'AMAZON';
    prepaid: boolean;
    shipTo: { countryCode: string; phoneNumber?: string | null };
    /** Major units, e.g. 115.01 GBP. */
    insuredValue?: { value: number; unit: string } | null;
    /** Optional; only used for the item-value warning. */
    items?: ItemInput[];
  };
}

export interface EligibilityResult {
  eligible: boolean;
  marketplace: Marketplace | null;
  threshold: AppliedThreshold | null;
  /** Every failing rule, in rule order; empty when eligible. */
  reasons: EligibilityReason[];
  warnings: EligibilityWarning[];
  /** All 11 rules in order. A rule that cannot be judged (see README) is passed: false with no reason of its own. */
  checks: EligibilityCheck[];
  recipientPhoneE164: string | null;
}

// Read once: under tsx/CommonJS every use of an imported binding is a getter call.
const OK = PASSED;
const KO = FAILED;
const SKIP = NOT_CHECKED;
const FIXED = FIXED_REASONS;
const INFO = MARKETPLACES;

/** Runs all 11 rules of DESIGN.md §3 and reports every failure. Pure; checks and fixed reasons are shared frozen objects. */
export function evaluateOtpEligibility(input: EligibilityInput): EligibilityResult {
  const { account, shipment } = input;
  const reasons: EligibilityReason[] = [];
  const warnings: EligibilityWarning[] = [];

  const otp = account.otpEnabled === true ? OK.OTP_NOT_ENABLED : fail(reasons, KO.OTP_NOT_ENABLED, FIXED.otpNotEnabled);
  const email = account.emailNotifications === true ? OK.EMAIL_NOTIFICATIONS_OFF : fail(reasons, KO.EMAIL_NOTIFICATIONS_OFF, FIXED.emailOff);
  const sms = account.smsNotifications === true ? OK.SMS_NOTIFICATIONS_OFF : fail(reasons, KO.SMS_NOTIFICATIONS_OFF, FIXED.smsOff);
  const channel = shipment.channelType === 'EXTERNAL' ? OK.AMAZON_CHANNEL : fail(reasons, KO.AMAZON_CHANNEL, FIXED.amazonChannel);
  const prepaid = shipment.prepaid === true ? OK.NOT_PREPAID : fail(reasons, KO.NOT_PREPAID, FIXED.notPrepaid);

  const countryCode = shipment.shipTo.countryCode;
  const marketplace = marketplaceForCountry(countryCode);
  const info = marketplace === null ? null : INFO[marketplace];
  const supported =
    marketplace !== null
      ? OK.UNSUPPORTED_MARKETPLACE
      : fail(reasons, KO.UNSUPPORTED_MARKETPLACE, unsupportedMarketplaceReason(typeof countryCode === 'string' ? countryCode : ''));
  const threshold = marketplace === null ? null : resolveThreshold(marketplace, account.thresholds);
  if (threshold !== null && threshold.warning !== null) warnings.push(threshold.warning);

  const insured = shipment.insuredValue;
  const insuredMinor = insured == null ? -1 : parseMinorUnits(insured.value);
  const declared =
    insuredMinor >= 0
      ? OK.INSURED_VALUE_MISSING
      : fail(reasons, KO.INSURED_VALUE_MISSING, insured == null ? FIXED.insuredValueMissing : invalidInsuredValueReason(moneyErrorMessage(insuredMinor)));

  const currencyMatches = info !== null && insured != null && insured.unit === info.currency;
  let currency: EligibilityCheck;
  if (info === null) currency = SKIP.noMarketplace.CURRENCY_MISMATCH;
  else if (insured == null) currency = SKIP.noDeclaredValue.CURRENCY_MISMATCH;
  else if (currencyMatches) currency = OK.CURRENCY_MISMATCH;
  else currency = fail(reasons, KO.CURRENCY_MISMATCH, currencyMismatchReason(String(insured.unit), info));

  let above: EligibilityCheck;
  if (info === null || threshold === null) above = SKIP.noMarketplace.BELOW_THRESHOLD;
  else if (insuredMinor < 0) above = SKIP.noDeclaredValue.BELOW_THRESHOLD;
  else if (!currencyMatches) above = SKIP.otherCurrency.BELOW_THRESHOLD;
  else if (insuredMinor > threshold.minor) above = OK.BELOW_THRESHOLD;
  else above = fail(reasons, KO.BELOW_THRESHOLD, belowThresholdReason(insuredMinor, threshold.minor, info, threshold.applied.source));

  const phone = shipment.shipTo.phoneNumber;
  const hasPhone = phone != null && !isBlank(phone);
  const phoneGiven = hasPhone ? OK.PHONE_MISSING : fail(reasons, KO.PHONE_MISSING, FIXED.phoneMissing);
  let recipientPhoneE164: string | null = null;
  let mobile: EligibilityCheck;
  if (!hasPhone) mobile = SKIP.noPhone.PHONE_INVALID;
  else if (marketplace === null) mobile = SKIP.noMarketplace.PHONE_INVALID;
  else {
    const normalised = normaliseMobileNumber(phone, marketplace);
    if (typeof normalised === 'string') {
      recipientPhoneE164 = normalised;
      mobile = OK.PHONE_INVALID;
    } else mobile = fail(reasons, KO.PHONE_INVALID, phoneInvalidReason(normalised.reason));
  }

  // Compared only for a valid amount in the marketplace's currency; otherwise a reason already says why.
  if (currencyMatches && insuredMinor >= 0 && shipment.items != null) {
    const warning = itemValueWarning(insuredMinor, info.currency, shipment.items);
    if (warning !== null) warnings.push(warning);
  }

  return {
    eligible: reasons.length === 0,
    marketplace,
    threshold: threshold === null ? null : threshold.applied,
    reasons,
    warnings,
    checks: [otp, email, sms, channel, prepaid, supported, declared, currency, above, phoneGiven, mobile],
    recipientPhoneE164,
  };
}

/** Records a failing rule's reason (rules run in order, so reasons stay in rule order). */
function fail(reasons: EligibilityReason[], check: EligibilityCheck, reason: EligibilityReason): EligibilityCheck {
  reasons.push(reason);
  return check;
}

/** Missing means absent, empty or only spaces; anything else is judged by the mobile rules. */
function isBlank(phone: string): boolean {
  for (let i = 0; i < phone.length; i++) if (phone.charCodeAt(i) !== 32) return false;
  return true;
}
