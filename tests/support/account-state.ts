import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accountThresholds, auditLog, shipperAccounts } from '@/db/schema';

/** Everything the settings actions may change on one account, to compare before and after. */
export async function accountState(accountId: string) {
  const db = await getDb();
  const [account] = await db.select().from(shipperAccounts).where(eq(shipperAccounts.id, accountId));
  const thresholds = await db.select().from(accountThresholds).where(eq(accountThresholds.accountId, accountId));
  const audit = await db.select().from(auditLog).where(eq(auditLog.accountId, accountId));
  return {
    otpEnabled: account!.otpEnabled,
    emailNotifications: account!.emailNotifications,
    smsNotifications: account!.smsNotifications,
    thresholds: thresholds.map((t) => [t.marketplace, t.valueMinor, t.currency]),
    auditRows: audit.length,
  };
}
