import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { MARKETPLACES, type CurrencyCode, type Marketplace } from '@/lib/otp/marketplaces';
import { switchValue, thresholdField, thresholdValue } from '@/lib/settings/audit-fields';
import { SettingInputError } from '@/lib/settings/setting-error';
import type { DbOrTx } from '../client';
import { accountThresholds, shipperAccounts, users } from '../schema';
import { assertRole, resolveAccountAccess } from './access';
import { accountSummaryColumns } from './accounts';
import { writeAuditEntries } from './audit-log';

export interface ThresholdSetting {
  marketplace: Marketplace;
  currency: CurrencyCode;
  defaultMinor: number;
  /** The account's own value; null when the default applies. */
  accountMinor: number | null;
}

export interface AccountSettings {
  id: string;
  name: string;
  homeMarketplace: Marketplace;
  marketplaces: Marketplace[];
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
  managerName: string | null;
  managerEmail: string | null;
  thresholds: ThresholdSetting[];
}

export interface NotificationSwitches {
  emailNotifications: boolean;
  smsNotifications: boolean;
}

/** Overrides of one account in minor units, by marketplace. */
export async function loadThresholdOverrides(db: DbOrTx, accountId: string): Promise<Partial<Record<Marketplace, number>>> {
  const rows = await db
    .select({ marketplace: accountThresholds.marketplace, valueMinor: accountThresholds.valueMinor })
    .from(accountThresholds)
    .where(eq(accountThresholds.accountId, accountId));
  return Object.fromEntries(rows.map((r) => [r.marketplace, r.valueMinor]));
}

/** An account's OTP status, notification switches and thresholds, for its shipper or its manager. */
export async function getAccountSettings(db: DbOrTx, actor: Actor, accountId?: string | null): Promise<AccountSettings> {
  const id = await resolveAccountAccess(db, actor, accountId);
  const [row] = await db
    .select({ ...accountSummaryColumns, managerName: users.name, managerEmail: users.email })
    .from(shipperAccounts)
    .leftJoin(users, eq(users.id, shipperAccounts.managerUserId))
    .where(eq(shipperAccounts.id, id))
    .limit(1);
  if (!row) throw new Error(`account ${id} vanished`);
  const overrides = await loadThresholdOverrides(db, id);
  const thresholds = row.marketplaces.map((marketplace) => ({
    marketplace,
    currency: MARKETPLACES[marketplace].currency,
    defaultMinor: MARKETPLACES[marketplace].defaultThresholdMinor,
    accountMinor: overrides[marketplace] ?? null,
  }));
  return { ...row, thresholds };
}

async function lockAccount(tx: DbOrTx, accountId: string) {
  const [row] = await tx.select().from(shipperAccounts).where(eq(shipperAccounts.id, accountId)).for('update').limit(1);
  if (!row) throw new Error(`account ${accountId} vanished`);
  return row;
}

/** The shipper's own Recipient Experience switches (an account manager only reads them). */
export async function updateNotificationSwitches(db: DbOrTx, actor: Actor, next: NotificationSwitches): Promise<NotificationSwitches> {
  assertRole(actor, ['shipper']);
  return db.transaction(async (tx) => {
    const id = await resolveAccountAccess(tx, actor);
    const before = await lockAccount(tx, id);
    await tx
      .update(shipperAccounts)
      .set({ emailNotifications: next.emailNotifications, smsNotifications: next.smsNotifications })
      .where(eq(shipperAccounts.id, id));
    await writeAuditEntries(tx, actor, id, [
      { field: 'emailNotifications', oldValue: switchValue(before.emailNotifications), newValue: switchValue(next.emailNotifications) },
      { field: 'smsNotifications', oldValue: switchValue(before.smsNotifications), newValue: switchValue(next.smsNotifications) },
    ]);
    return { emailNotifications: next.emailNotifications, smsNotifications: next.smsNotifications };
  });
}

/** Only an account manager turns OTP Secure Delivery on or off, and only on an account assigned to them. */
export async function setOtpEnabled(
  db: DbOrTx,
  actor: Actor,
  accountId: string,
  enabled: boolean,
): Promise<{ name: string; otpEnabled: boolean }> {
  assertRole(actor, ['account_manager']);
  return db.transaction(async (tx) => {
    const id = await resolveAccountAccess(tx, actor, accountId);
    const before = await lockAccount(tx, id);
    await tx.update(shipperAccounts).set({ otpEnabled: enabled }).where(eq(shipperAccounts.id, id));
    await writeAuditEntries(tx, actor, id, [
      { field: 'otpEnabled', oldValue: switchValue(before.otpEnabled), newValue: switchValue(enabled) },
    ]);
    return { name: before.name, otpEnabled: enabled };
  });
}

/**
 * Sets (minor units) or clears (null) one marketplace's threshold of the actor's account: a shipper's
 * own, or, for a manager, the named account assigned to them. The currency is the marketplace's.
 */
export async function writeThreshold(
  db: DbOrTx,
  actor: Actor,
  accountId: string | null,
  marketplace: Marketplace,
  minor: number | null,
): Promise<ThresholdSetting> {
  assertRole(actor, ['shipper', 'account_manager']);
  return db.transaction(async (tx) => {
    const id = await resolveAccountAccess(tx, actor, accountId);
    const account = await lockAccount(tx, id);
    if (!account.marketplaces.includes(marketplace)) {
      throw new SettingInputError(
        'marketplace',
        `marketplace: ${account.name} does not ship in ${marketplace}; its marketplaces are ${account.marketplaces.join(', ')}.`,
      );
    }
    const info = MARKETPLACES[marketplace];
    const key = and(eq(accountThresholds.accountId, id), eq(accountThresholds.marketplace, marketplace));
    const [existing] = await tx.select({ valueMinor: accountThresholds.valueMinor }).from(accountThresholds).where(key).limit(1);
    if (minor === null) await tx.delete(accountThresholds).where(key);
    else {
      await tx
        .insert(accountThresholds)
        .values({ accountId: id, marketplace, valueMinor: minor, currency: info.currency })
        .onConflictDoUpdate({
          target: [accountThresholds.accountId, accountThresholds.marketplace],
          set: { valueMinor: minor, currency: info.currency },
        });
    }
    await writeAuditEntries(tx, actor, id, [
      {
        field: thresholdField(marketplace),
        oldValue: thresholdValue(existing?.valueMinor ?? null, marketplace),
        newValue: thresholdValue(minor, marketplace),
      },
    ]);
    return { marketplace, currency: info.currency, defaultMinor: info.defaultThresholdMinor, accountMinor: minor };
  });
}
