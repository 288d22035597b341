import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { lastLabelDays } from '@/lib/insights/period';
import type { DbOrTx } from '../client';
import type { ProposedThresholds } from './account-rule-settings';
import { whatIfThresholds } from './otp-what-if';

const PREVIEW_DAYS = 30;

export interface OtpPreview {
  days: number;
  shipments: number;
  /** How many would have needed a passcode with the account's switches and the proposed thresholds. */
  wouldNeedPasscode: number;
  /** The same with OTP enabled, so an account with OTP off still sees what the thresholds would do. */
  wouldNeedPasscodeIfEnabled: number;
  otpEnabled: boolean;
}

/**
 * What the proposed thresholds would have meant for the account's shipments labelled in the last 30 label days,
 * counted in SQL by the threshold what-if (nothing is written; each shipment's stored eligibility stays as labelled).
 */
export async function previewOtpEligibility(
  db: DbOrTx,
  actor: Actor,
  accountId: string | null,
  proposed: ProposedThresholds = {},
  now = new Date(),
): Promise<OtpPreview> {
  const whatIf = await whatIfThresholds(db, actor, accountId, {
    period: lastLabelDays(PREVIEW_DAYS, now),
    marketplace: null,
    thresholds: proposed,
    affectedLimit: 0,
  });
  const { otpEnabled, emailNotifications, smsNotifications } = whatIf.switches.after;
  const aboveThresholds = whatIf.marketplaces.reduce((n, m) => n + m.aboveThreshold.after.shipments, 0);
  return {
    days: PREVIEW_DAYS,
    shipments: whatIf.shipments,
    wouldNeedPasscode: whatIf.totals.needingOtp.after,
    wouldNeedPasscodeIfEnabled: emailNotifications && smsNotifications ? aboveThresholds : 0,
    otpEnabled,
  };
}
