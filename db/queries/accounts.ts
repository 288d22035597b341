import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { DbOrTx } from '../client';
import { shipperAccounts } from '../schema';
import { assertRole } from './access';

export interface AccountSummary {
  id: string;
  name: string;
  homeMarketplace: string;
  marketplaces: string[];
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
}

/** An account's identity and switches, as the manager console and the settings pages select them. */
export const accountSummaryColumns = {
  id: shipperAccounts.id,
  name: shipperAccounts.name,
  homeMarketplace: shipperAccounts.homeMarketplace,
  marketplaces: shipperAccounts.marketplaces,
  otpEnabled: shipperAccounts.otpEnabled,
  emailNotifications: shipperAccounts.emailNotifications,
  smsNotifications: shipperAccounts.smsNotifications,
};

/** The accounts an account manager manages, by name. */
export async function listManagedAccounts(db: DbOrTx, actor: Actor): Promise<AccountSummary[]> {
  assertRole(actor, ['account_manager']);
  return db
    .select(accountSummaryColumns)
    .from(shipperAccounts)
    .where(eq(shipperAccounts.managerUserId, actor.userId))
    .orderBy(asc(shipperAccounts.name));
}
