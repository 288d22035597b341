import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { evaluateOtpEligibility, type EligibilityInput } from '@/lib/otp/eligibility';
import { fromMinorUnits } from '@/lib/otp/money';
import { DAY_MS } from '@/lib/time/durations';
import type { DbOrTx } from '../client';
import { shipments } from '../schema';
import { resolveAccountAccess } from './access';
import { loadAccountRuleSettings, type ProposedThresholds } from './account-rule-settings';

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
 * Re-runs the shared eligibility rules on the account's stored shipments of the last 30 days with
 * proposed thresholds (nothing is written; the stored eligibility of each shipment stays as labelled).
 */
export async function previewOtpEligibility(
  db: DbOrTx,
  actor: Actor,
  accountId: string | null,
  proposed: ProposedThresholds = {},
  now = new Date(),
): Promise<OtpPreview> {
  const id = await resolveAccountAccess(db, actor, accountId);
  const asIs = await loadAccountRuleSettings(db, id, proposed);
  const rows = await db
    .select({
      channelType: shipments.channelType,
      prepaid: shipments.prepaid,
      shipToCountry: shipments.shipToCountry,
      recipientPhone: shipments.recipientPhone,
      insuredValueMinor: shipments.insuredValueMinor,
      insuredCurrency: shipments.insuredCurrency,
    })
    .from(shipments)
    .where(and(eq(shipments.accountId, id), gte(shipments.createdAt, new Date(now.getTime() - PREVIEW_DAYS * DAY_MS))));
  const enabled = { ...asIs, otpEnabled: true };
  let wouldNeed = 0;
  let ifEnabled = 0;
  for (const row of rows) {
    const shipment: EligibilityInput['shipment'] = {
      channelType: row.channelType,
      prepaid: row.prepaid,
      shipTo: { countryCode: row.shipToCountry, phoneNumber: row.recipientPhone },
      insuredValue: { value: fromMinorUnits(row.insuredValueMinor), unit: row.insuredCurrency },
    };
    if (evaluateOtpEligibility({ account: asIs, shipment }).eligible) wouldNeed += 1;
    if (evaluateOtpEligibility({ account: enabled, shipment }).eligible) ifEnabled += 1;
  }
  return {
    days: PREVIEW_DAYS,
    shipments: rows.length,
    wouldNeedPasscode: wouldNeed,
    wouldNeedPasscodeIfEnabled: ifEnabled,
    otpEnabled: asIs.otpEnabled,
  };
}
