/** What happened to the shipments labelled in the period (each shipment counted once, by its label day). */
export interface OtpFigures {
  shipments: number;
  otpRequired: number;
  deliveredWithOtp: number;
  /** Delivered with OTP on their first trip out. */
  deliveredWithOtpFirstAttempt: number;
  /** OTP packages that went out for delivery at least once: the lock-out rate's base. */
  otpWentOut: number;
  /** Packages whose passcode was locked by 3 wrong entries at least once. */
  lockouts: number;
}

export interface DeliveryTime {
  /** Median minutes from (last) out for delivery to delivered; null without deliveries. */
  medianMinutes: number | null;
  delivered: number;
}
