import { failed, notChecked, passed, type EligibilityCheck } from './eligibility-checks';
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

/** Runs all 11 rules of DESIGN.md §3 and reports every failure. Pure; checks and fixed reasons are shared frozen objects. */
export function evaluateOtpEligibility(input: EligibilityInput): EligibilityResult {
  const { account, shipment } = input;
  const reasons: EligibilityReason[] = [];
  const warnings: EligibilityWarning[] = [];

  const otp = account.otpEnabled === true ? passed('OTP_NOT_ENABLED') : failed(reasons, FIXED_REASONS.otpNotEnabled);
  const email = account.emailNotifications === true ? passed('EMAIL_NOTIFICATIONS_OFF') : failed(reasons, FIXED_REASONS.emailOff);
  const sms = account.smsNotifications === true ? passed('SMS_NOTIFICATIONS_OFF') : failed(reasons, FIXED_REASONS.smsOff);
  const channel = shipment.channelType === 'EXTERNAL' ? passed('AMAZON_CHANNEL') : failed(reasons, FIXED_REASONS.amazonChannel);
  const prepaid = shipment.prepaid === true ? passed('NOT_PREPAID') : failed(reasons, FIXED_REASONS.notPrepaid);

  const countryCode = shipment.shipTo.countryCode;
  const marketplace = marketplaceForCountry(countryCode);
  const info = marketplace === null ? null : MARKETPLACES[marketplace];
  const supported =
    marketplace !== null
      ? passed('UNSUPPORTED_MARKETPLACE')
      : failed(reasons, unsupportedMarketplaceReason(typeof countryCode === 'string' ? countryCode : ''));
  const threshold = marketplace === null ? null : resolveThreshold(marketplace, account.thresholds);
  if (threshold !== null && threshold.warning !== null) warnings.push(threshold.warning);

  const insured = shipment.insuredValue;
  const insuredMinor = insured == null ? -1 : parseMinorUnits(insured.value);
  const declared =
    insuredMinor >= 0
      ? passed('INSURED_VALUE_MISSING')
      : failed(reasons, insured == null ? FIXED_REASONS.insuredValueMissing : invalidInsuredValueReason(moneyErrorMessage(insuredMinor)));

  const currencyMatches = info !== null && insured != null && insured.unit === info.currency;
  let currency: EligibilityCheck;
  if (info === null) currency = notChecked('CURRENCY_MISMATCH', 'noMarketplace');
  else if (insured == null) currency = notChecked('CURRENCY_MISMATCH', 'noDeclaredValue');
  else if (currencyMatches) currency = passed('CURRENCY_MISMATCH');
  else currency = failed(reasons, currencyMismatchReason(String(insured.unit), info));

  let above: EligibilityCheck;
  if (info === null || threshold === null) above = notChecked('BELOW_THRESHOLD', 'noMarketplace');
  else if (insuredMinor < 0) above = notChecked('BELOW_THRESHOLD', 'noDeclaredValue');
  else if (!currencyMatches) above = notChecked('BELOW_THRESHOLD', 'otherCurrency');
  else if (insuredMinor > threshold.minor) above = passed('BELOW_THRESHOLD');
  else above = failed(reasons, belowThresholdReason(insuredMinor, threshold.minor, info, threshold.applied.source));

  const phone = shipment.shipTo.phoneNumber;
  const hasPhone = phone != null && !isBlank(phone);
  const phoneGiven = hasPhone ? passed('PHONE_MISSING') : failed(reasons, FIXED_REASONS.phoneMissing);
  let recipientPhoneE164: string | null = null;
  let mobile: EligibilityCheck;
  if (!hasPhone) mobile = notChecked('PHONE_INVALID', 'noPhone');
  else if (marketplace === null) mobile = notChecked('PHONE_INVALID', 'noMarketplace');
  else {
    const normalised = normaliseMobileNumber(phone, marketplace);
    if (typeof normalised === 'string') {
      recipientPhoneE164 = normalised;
      mobile = passed('PHONE_INVALID');
    } else mobile = failed(reasons, phoneInvalidReason(normalised.reason));
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

/** Missing means absent, empty or only spaces; anything else is judged by the mobile rules. */
function isBlank(phone: string): boolean {
  for (let i = 0; i < phone.length; i++) if (phone.charCodeAt(i) !== 32) return false;
  return true;
}
