import 'server-only';
import { eq } from 'drizzle-orm';
import { fromMinorUnits, MARKETPLACES, type Marketplace } from '@/lib/otp';
import type { AccountRuleSettings } from '@/lib/upload/checked-package';
import { NotFoundError } from '@/lib/auth/errors';
import type { DbOrTx } from '../client';
import { shipperAccounts } from '../schema';
import { loadThresholdOverrides } from './account-settings';

/** Thresholds to try instead of the saved ones: minor units, or null for the default. */
export type ProposedThresholds = Partial<Record<Marketplace, number | null>>;

function ruleThresholds(minorByMarketplace: ProposedThresholds): AccountRuleSettings['thresholds'] {
  const out: NonNullable<AccountRuleSettings['thresholds']> = {};
  for (const [marketplace, minor] of Object.entries(minorByMarketplace) as [Marketplace, number | null][]) {
    if (minor != null) out[marketplace] = { value: fromMinorUnits(minor), unit: MARKETPLACES[marketplace].currency };
  }
  return out;
}

/**
 * The account's settings as the shared OTP rules read them (OTP on/off, notification switches, its
 * own thresholds), with `proposed` thresholds laid over the saved ones for a preview.
 */
export async function loadAccountRuleSettings(
  db: DbOrTx,
  accountId: string,
  proposed: ProposedThresholds = {},
): Promise<AccountRuleSettings> {
  const [account] = await db
    .select({
      otpEnabled: shipperAccounts.otpEnabled,
      emailNotifications: shipperAccounts.emailNotifications,
      smsNotifications: shipperAccounts.smsNotifications,
    })
    .from(shipperAccounts)
    .where(eq(shipperAccounts.id, accountId))
    .limit(1);
  if (!account) throw new NotFoundError('No such shipper account.');
  return { ...account, thresholds: ruleThresholds({ ...(await loadThresholdOverrides(db, accountId)), ...proposed }) };
}
