import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { AccessDeniedError } from '@/lib/auth/errors';
import { DEFAULT_MANAGED_QUERY, type ManagedAccountsQuery } from '@/lib/settings/managed-accounts-query';
import { DAY_MS } from '@/lib/time/durations';
import { actorOf, createAccount, createTenants } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { setOtpEnabled, writeThreshold } from './account-settings';
import { listManagedAccountsPage } from './managed-accounts';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const query = (q: Partial<ManagedAccountsQuery>): ManagedAccountsQuery => ({ ...DEFAULT_MANAGED_QUERY, ...q });

async function setUp() {
  const t = await createTenants();
  const kala = await createAccount({
    name: 'Kala 100%_Mart',
    homeMarketplace: 'IN',
    marketplaces: ['IN'],
    otpEnabled: true,
    managerUserId: t.manager.id,
  });
  const rapid = await createAccount({
    name: 'Rapid Parts',
    marketplaces: ['UK', 'IN'],
    otpEnabled: true,
    smsNotifications: false,
    managerUserId: t.manager.id,
  });
  for (let i = 0; i < 3; i++) await createShipment(kala.id, { marketplace: 'IN', insuredMinor: 60000, otpEligible: i < 2 });
  await createShipment(kala.id, {
    marketplace: 'IN',
    insuredMinor: 60000,
    otpEligible: true,
    createdAt: new Date(Date.now() - 40 * DAY_MS),
  });
  await createShipment(rapid.id, { marketplace: 'UK', insuredMinor: 60000 });
  await writeThreshold(db, actorOf(t.manager), kala.id, 'IN', 40000);
  return { ...t, kala, rapid };
}

describe('the manager account table', () => {
  it('lists only the manager own accounts with last-30-days figures and overrides', async () => {
    const t = await setUp();
    const page = await listManagedAccountsPage(db, actorOf(t.manager), DEFAULT_MANAGED_QUERY);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual(['Kala 100%_Mart', 'Rapid Parts', 'Tenant A']);
    expect(page.rows[0]).toMatchObject({ shipments30d: 3, eligible30d: 2, overrides: { IN: 40000 }, otpEnabled: true });
    expect(page.rows[0]!.eligibleShare).toBeCloseTo(2 / 3);
    expect(page.rows[2]).toMatchObject({ shipments30d: 0, eligibleShare: null, overrides: {} });
    const other = await listManagedAccountsPage(db, actorOf(t.otherManager), DEFAULT_MANAGED_QUERY);
    expect(other.rows.map((r) => r.name)).toEqual(['Tenant B']);
  });

  it('filters, sorts and pages in the database', async () => {
    const t = await setUp();
    const manager = actorOf(t.manager);
    const names = async (q: Partial<ManagedAccountsQuery>) =>
      (await listManagedAccountsPage(db, manager, query(q))).rows.map((r) => r.name);
    expect(await names({ name: '%_' })).toEqual(['Kala 100%_Mart']);
    expect(await names({ name: 'PARTS' })).toEqual(['Rapid Parts']);
    expect(await names({ marketplace: 'IN' })).toEqual(['Kala 100%_Mart', 'Rapid Parts']);
    expect(await names({ otp: 'off' })).toEqual(['Tenant A']);
    expect(await names({ sort: 'shipments', dir: 'desc' })).toEqual(['Kala 100%_Mart', 'Rapid Parts', 'Tenant A']);
    expect(await names({ sort: 'eligibleShare', dir: 'asc' })).toEqual(['Rapid Parts', 'Kala 100%_Mart', 'Tenant A']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual(['Tenant A', 'Rapid Parts', 'Kala 100%_Mart']);
    const second = await listManagedAccountsPage(db, manager, query({ pageSize: 10, page: 9 }));
    expect(second.query.page).toBe(1);
  });

  it('says which label days the figures cover', async () => {
    const t = await createTenants();
    const page = await listManagedAccountsPage(db, actorOf(t.manager), DEFAULT_MANAGED_QUERY, new Date('2026-12-01T10:00:00Z'));
    expect(page.period).toEqual({ from: '2026-11-02', to: '2026-12-01' });
  });

  it('knows when OTP was enabled and whether anything shipped since, so 0 % right after is explained', async () => {
    const t = await createTenants();
    await createShipment(t.accountA.id, { insuredMinor: 60000, createdAt: new Date(Date.now() - 2 * DAY_MS) });
    await setOtpEnabled(db, actorOf(t.manager), t.accountA.id, true);
    const enabled = await listManagedAccountsPage(db, actorOf(t.manager), DEFAULT_MANAGED_QUERY);
    expect(enabled.rows[0]).toMatchObject({ otpEnabled: true, shipments30d: 1, eligible30d: 0, shippedSinceOtpEnabled: false });
    expect(Date.now() - enabled.rows[0]!.otpEnabledAt!.getTime()).toBeLessThan(60_000);

    await createShipment(t.accountA.id, { insuredMinor: 60000, otpEligible: true });
    const shipped = await listManagedAccountsPage(db, actorOf(t.manager), DEFAULT_MANAGED_QUERY);
    expect(shipped.rows[0]).toMatchObject({ shipments30d: 2, eligible30d: 1, shippedSinceOtpEnabled: true });

    await setOtpEnabled(db, actorOf(t.manager), t.accountA.id, false);
    const off = await listManagedAccountsPage(db, actorOf(t.manager), DEFAULT_MANAGED_QUERY);
    expect(off.rows[0]).toMatchObject({ otpEnabled: false, otpEnabledAt: null });
  });

  it('refuses other roles', async () => {
    const t = await createTenants();
    await expect(listManagedAccountsPage(db, actorOf(t.shipperA), DEFAULT_MANAGED_QUERY)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
