import 'server-only';
import { eq } from 'drizzle-orm';
import { fromMinorUnits, type Marketplace } from '@/lib/otp';
import type { AccountRuleSettings } from '@/lib/upload/checked-package';
import { NotFoundError } from '@/lib/auth/errors';
import type { DbOrTx } from '../client';
import { accountThresholds, shipperAccounts } from '../schema';

/** The account's settings as the shared OTP rules read them (switches, OTP on/off, own thresholds). */
export async function loadAccountRuleSettings(db: DbOrTx, accountId: string): Promise<AccountRuleSettings> {
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
  const rows = await db.select().from(accountThresholds).where(eq(accountThresholds.accountId, accountId));
  const thresholds: AccountRuleSettings['thresholds'] = {};
  for (const row of rows) thresholds[row.marketplace as Marketplace] = { value: fromMinorUnits(row.valueMinor), unit: row.currency };
  return { ...account, thresholds };
}
