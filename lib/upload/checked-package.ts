import { evaluateOtpEligibility, type EligibilityInput, type EligibilityResult, type ReasonCode } from '@/lib/otp';
import type { Location, Money, ParsedPackage } from './types';

export type AccountRuleSettings = EligibilityInput['account'];

/** One package of a checked file as the report shows it: where it is, what it is, whether OTP applies and why not. */
export interface CheckedPackage {
  location: Location;
  packageClientReferenceId: string;
  recipientName: string;
  countryCode: string;
  insuredValue: Money;
  eligible: boolean;
  reasons: { code: ReasonCode; message: string }[];
  /** Already stored for this account by an earlier upload: it will not be stored again. */
  alreadyStored: boolean;
}

/** The shared rules' view of a parsed package. */
export function eligibilityOf(pkg: ParsedPackage, account: AccountRuleSettings): EligibilityResult {
  return evaluateOtpEligibility({
    account,
    shipment: {
      channelType: pkg.channelType,
      prepaid: pkg.prepaid,
      shipTo: { countryCode: pkg.shipTo?.countryCode ?? '', phoneNumber: pkg.shipTo?.phoneNumber ?? null },
      insuredValue: { value: pkg.insuredValue.value, unit: pkg.insuredValue.unit },
      items: pkg.items.map((item) => ({ quantity: item.quantity, itemValue: item.itemValue })),
    },
  });
}

export function checkedPackage(pkg: ParsedPackage, result: EligibilityResult, alreadyStored: boolean): CheckedPackage {
  return {
    location: pkg.location,
    packageClientReferenceId: pkg.packageClientReferenceId,
    recipientName: pkg.shipTo?.name ?? '',
    countryCode: pkg.shipTo?.countryCode ?? '',
    insuredValue: pkg.insuredValue,
    eligible: result.eligible,
    reasons: result.reasons.map((r) => ({ code: r.code, message: r.message })),
    alreadyStored,
  };
}
