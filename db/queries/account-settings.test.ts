import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { auditLog, shipperAccounts } from '@/db/schema';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { SettingInputError } from '@/lib/settings/setting-error';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { getAccountSettings, setOtpEnabled, updateNotificationSwitches, writeThreshold } from './account-settings';
import { listAuditLog } from './audit-log';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('account settings data access', () => {
  it('a shipper changes their switches and thresholds; each change is audited with who, role, old and new', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    await updateNotificationSwitches(db, shipper, { emailNotifications: true, smsNotifications: false });
    await writeThreshold(db, shipper, null, 'UK', 7550);
    await writeThreshold(db, shipper, null, 'UK', null);
    const settings = await getAccountSettings(db, shipper);
    expect(settings).toMatchObject({ id: t.accountA.id, smsNotifications: false, emailNotifications: true, managerEmail: t.manager.email });
    expect(settings.thresholds).toEqual([{ marketplace: 'UK', currency: 'GBP', defaultMinor: 10000, accountMinor: null }]);
    const log = await listAuditLog(db, actorOf(t.manager), t.accountA.id);
    expect(log.map((e) => [e.field, e.oldValue, e.newValue, e.actorRole, e.actorEmail])).toEqual([
      ['threshold.UK', '75.50 GBP', null, 'shipper', t.shipperA.email],
      ['threshold.UK', null, '75.50 GBP', 'shipper', t.shipperA.email],
      ['smsNotifications', 'on', 'off', 'shipper', t.shipperA.email],
    ]);
  });

  it('only an assigned manager turns OTP on; the shipper cannot', async () => {
    const t = await createTenants();
    await expect(setOtpEnabled(db, actorOf(t.shipperA), t.accountA.id, true)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setOtpEnabled(db, actorOf(t.otherManager), t.accountA.id, true)).rejects.toBeInstanceOf(NotFoundError);
    expect(await setOtpEnabled(db, actorOf(t.manager), t.accountA.id, true)).toEqual({ name: 'Tenant A', otpEnabled: true });
    const [row] = await db.select().from(shipperAccounts).where(eq(shipperAccounts.id, t.accountA.id));
    expect(row!.otpEnabled).toBe(true);
    const log = await listAuditLog(db, actorOf(t.shipperA));
    expect(log).toMatchObject([
      { field: 'otpEnabled', oldValue: 'off', newValue: 'on', actorRole: 'account_manager', actorName: t.manager.name },
    ]);
  });

  it('a manager only reads the switches; a threshold must be for one of the account marketplaces', async () => {
    const t = await createTenants();
    await expect(
      updateNotificationSwitches(db, actorOf(t.manager), { emailNotifications: false, smsNotifications: false }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(writeThreshold(db, actorOf(t.manager), t.accountA.id, 'IN', 40000)).rejects.toBeInstanceOf(SettingInputError);
    await expect(writeThreshold(db, actorOf(t.shipperA), t.accountB.id, 'UK', 40000)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.select().from(auditLog).where(eq(auditLog.accountId, t.accountA.id))).toEqual([]);
  });

  it('writes no audit row when nothing changed', async () => {
    const t = await createTenants();
    await updateNotificationSwitches(db, actorOf(t.shipperA), { emailNotifications: true, smsNotifications: true });
    await writeThreshold(db, actorOf(t.shipperA), null, 'UK', null);
    expect(await listAuditLog(db, actorOf(t.shipperA))).toEqual([]);
  });
});
