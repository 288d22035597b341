import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { evaluateOtpEligibility, type EligibilityInput } from '@/lib/otp/eligibility';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { fromMinorUnits } from '@/lib/otp/money';
import { getDb } from '../client';
import { shipments, shipperAccounts } from '../schema';
import { resolveAccountAccess } from './access';
import { loadThresholdOverrides } from './account-settings';

export const PREVIEW_DAYS = 30;
const DAY_MS = 86_400_000;

/** Thresholds to try instead of the saved ones: minor units, or null for the default. */
export type ProposedThresholds = Partial<Record<Marketplace, number | null>>;

export interface OtpPreview {
  days: number;
  shipments: number;
  /** How many would have needed a passcode with the account's switches and the proposed thresholds. */
  wouldNeedPasscode: number;
  /** The same with OTP enabled, so an account with OTP off still sees what the thresholds would do. */
  wouldNeedPasscodeIfEnabled: number;
  otpEnabled: boolean;
}

function overridesFor(minorByMarketplace: Partial<Record<Marketplace, number | null>>): EligibilityInput['account']['thresholds'] {
  const out: NonNullable<EligibilityInput['account']['thresholds']> = {};
  for (const [marketplace, minor] of Object.entries(minorByMarketplace) as [Marketplace, number | null][]) {
    if (minor != null) out[marketplace] = { value: fromMinorUnits(minor), unit: MARKETPLACES[marketplace].currency };
  }
  return out;
}

/**
 * Re-runs the shared eligibility rules on the account's stored shipments of the last 30 days with
 * proposed thresholds (nothing is written; the stored eligibility of each shipment stays as labelled).
 */
export async function previewOtpEligibility(
  actor: Actor,
  accountId: string | null,
  proposed: ProposedThresholds = {},
  now = new Date(),
): Promise<OtpPreview> {
  const db = await getDb();
  const id = await resolveAccountAccess(db, actor, accountId);
  const [account] = await db
    .select({ otpEnabled: shipperAccounts.otpEnabled, emailNotifications: shipperAccounts.emailNotifications, smsNotifications: shipperAccounts.smsNotifications })
    .from(shipperAccounts)
    .where(eq(shipperAccounts.id, id))
    .limit(1);
  if (!account) throw new Error(`account ${id} vanished`);
  const thresholds = overridesFor({ ...(await loadThresholdOverrides(db, id)), ...proposed });
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
  const asIs = { ...account, thresholds };
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
    otpEnabled: account.otpEnabled,
  };
}
