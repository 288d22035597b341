import type { ReasonCode } from '@/lib/otp';

/**
 * Our extension of the carrier's getRates and oneClickShipment answers, one field at payload level: whether each
 * package will need a passcode at delivery (OTP Secure Delivery), and every rule it failed when not.
 */
export interface OtpSecureDelivery {
  packages: OtpSecureDeliveryPackage[];
}

export interface OtpSecureDeliveryPackage {
  packageClientReferenceId: string;
  otpRequired: boolean;
  /** Empty when otpRequired; otherwise each failed rule, in rule order. */
  reasons: { code: ReasonCode; message: string }[];
}

export function otpSecureDeliveryPackage(
  packageClientReferenceId: string,
  otpRequired: boolean,
  reasons: readonly { code: ReasonCode; message: string }[],
): OtpSecureDeliveryPackage {
  return { packageClientReferenceId, otpRequired, reasons: reasons.map(({ code, message }) => ({ code, message })) };
}
