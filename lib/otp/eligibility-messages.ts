import { formatMinorAsDecimal } from './money';
import { COUNTRY_CODES, MARKETPLACES, marketplaceForCountry, type MarketplaceInfo } from './marketplaces';
import type { ReasonCode } from './reason-codes';
import { asClause, humanList, quoted } from './text';

const SUPPORTED_COUNTRIES = humanList(COUNTRY_CODES, 'and');

export interface EligibilityReason {
  code: ReasonCode;
  message: string;
}

function reason(code: ReasonCode, message: string): EligibilityReason {
  return Object.freeze({ code, message });
}

// Messages that never vary are shared, frozen objects.
export const FIXED_REASONS = Object.freeze({
  otpNotEnabled: reason(
    'OTP_NOT_ENABLED',
    'OTP Secure Delivery is not enabled on this shipper account; your Amazon Shipping account manager can turn it on.',
  ),
  emailOff: reason(
    'EMAIL_NOTIFICATIONS_OFF',
    'Recipient Email notifications are off; turn them on in account settings, on the Recipient Experience tab.',
  ),
  smsOff: reason(
    'SMS_NOTIFICATIONS_OFF',
    'Recipient SMS notifications are off; turn them on in account settings, on the Recipient Experience tab.',
  ),
  amazonChannel: reason(
    'AMAZON_CHANNEL',
    'This shipment is for an Amazon order; OTP applies only to Off-Amazon (EXTERNAL channel) shipments.',
  ),
  notPrepaid: reason('NOT_PREPAID', 'This shipment uses collect on delivery; OTP applies only to prepaid shipments.'),
  insuredValueMissing: reason(
    'INSURED_VALUE_MISSING',
    'The package has no declared value (insuredValue); it is required and decides whether OTP applies.',
  ),
  phoneMissing: reason('PHONE_MISSING', "No recipient phone number was given; OTP needs the recipient's mobile number."),
});

export function unsupportedMarketplaceReason(countryCode: string): EligibilityReason {
  if (countryCode === '') {
    return {
      code: 'UNSUPPORTED_MARKETPLACE',
      message: `The ship-to address has no country code; OTP is available for ${SUPPORTED_COUNTRIES}.`,
    };
  }
  const upper = countryCode.toUpperCase();
  const known = marketplaceForCountry(upper);
  let hint = '';
  if (known !== null) hint = ` (write it in capitals: ${MARKETPLACES[known].countryCode})`;
  else if (upper === 'UK') hint = ' (the ISO code for the United Kingdom is GB)';
  return {
    code: 'UNSUPPORTED_MARKETPLACE',
    message: `OTP is not available for the ship-to country ${quoted(countryCode, 'code given')}${hint}; it is available for ${SUPPORTED_COUNTRIES}.`,
  };
}

export function invalidInsuredValueReason(detail: string): EligibilityReason {
  return { code: 'INSURED_VALUE_MISSING', message: `The declared value (insuredValue) is not a valid amount: ${asClause(detail)}.` };
}

export function currencyMismatchReason(unit: string, info: MarketplaceInfo): EligibilityReason {
  return {
    code: 'CURRENCY_MISMATCH',
    message: `The declared value is in ${quoted(unit, 'an unrecognised')} currency, but ${info.code} shipments must declare it in ${info.currency}.`,
  };
}

export function belowThresholdReason(
  minor: number,
  thresholdMinor: number,
  info: MarketplaceInfo,
  source: 'default' | 'account',
): EligibilityReason {
  const whose = source === 'account' ? "this account's" : 'the default';
  return {
    code: 'BELOW_THRESHOLD',
    message:
      `The declared value ${formatMinorAsDecimal(minor)} ${info.currency} does not exceed ${whose} ${info.code} OTP threshold ` +
      `of ${formatMinorAsDecimal(thresholdMinor)} ${info.currency}; it must be more than the threshold.`,
  };
}

export function phoneInvalidReason(detail: string): EligibilityReason {
  return { code: 'PHONE_INVALID', message: detail };
}
