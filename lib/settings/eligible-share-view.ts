/** What the manager console reads for an account's OTP-eligible share. */
export interface EligibleShareInput {
  otpEnabled: boolean;
  shipments: number;
  eligible: number;
  /** Null without shipments in the period. */
  share: number | null;
  otpEnabledAt: Date | null;
  shippedSinceOtpEnabled: boolean;
}

export interface EligibleShareView {
  text: string;
  /** The figures behind the text, or why there is no percentage. */
  detail: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The share as a percentage, or why a percentage would mislead: OTP switched off (every shipment is then
 * ineligible), or switched on with nothing labelled since (0 % would read as "OTP protects nothing").
 */
export function eligibleShareView(input: EligibleShareInput): EligibleShareView {
  if (!input.otpEnabled) return { text: 'OTP off', detail: 'OTP Secure Delivery is off for this account: no shipment is OTP eligible.' };
  if (input.otpEnabledAt && !input.shippedSinceOtpEnabled) {
    return {
      text: 'No shipments since OTP was enabled',
      detail: `OTP was enabled on ${DAY.format(input.otpEnabledAt)}; no shipment has been labelled since.`,
    };
  }
  if (input.share === null) return { text: '—', detail: 'No shipments in this period.' };
  const since = input.otpEnabledAt ? ` OTP on since ${DAY.format(input.otpEnabledAt)}.` : '';
  return {
    text: `${Math.round(input.share * 100)}%`,
    detail: `${input.eligible.toLocaleString('en-GB')} of ${input.shipments.toLocaleString('en-GB')} shipments OTP eligible.${since}`,
  };
}

/** "2 Nov – 1 Dec 2026" for a period of ISO dates. */
export function periodLabel(period: { from: string; to: string }): string {
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const start = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  return `${start.format(from)} – ${DAY.format(to)}`;
}
