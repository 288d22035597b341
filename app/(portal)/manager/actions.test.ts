import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { accountState } from '@/tests/support/account-state';
import { actorOf, createAccount, createTenants } from '@/tests/support/fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));

const { clearAccountThreshold, previewAccountThresholds, setAccountOtp, setAccountThreshold } = await import('./actions');

const BAD_MONEY = ['-1', '0', '12.345', '1e309', 'abc', '', '   ', Number.POSITIVE_INFINITY] as const;

async function tenantsWithIn() {
  const t = await createTenants();
  const shop = await createAccount({ name: 'Desi Threads', homeMarketplace: 'IN', marketplaces: ['IN'], managerUserId: t.manager.id });
  return { ...t, shop };
}

describe('account manager actions', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('happy path: enable OTP, set the IN threshold to 400 INR, clear it, preview; all audited', async () => {
    const t = await tenantsWithIn();
    session.actor = actorOf(t.manager);
    expect(await setAccountOtp({ accountId: t.shop.id, otpEnabled: true })).toMatchObject({
      ok: true,
      message: 'OTP Secure Delivery is enabled for Desi Threads.',
    });
    expect(await setAccountThreshold({ accountId: t.shop.id, marketplace: 'IN', amount: '400' })).toMatchObject({
      ok: true,
      data: { accountMinor: 40000, currency: 'INR' },
    });
    expect(await accountState(t.shop.id)).toMatchObject({ otpEnabled: true, thresholds: [['IN', 40000, 'INR']], auditRows: 2 });
    expect(await previewAccountThresholds({ accountId: t.shop.id, thresholds: { IN: '300' } })).toMatchObject({
      ok: true,
      data: { shipments: 0, otpEnabled: true },
    });
    expect(await clearAccountThreshold({ accountId: t.shop.id, marketplace: 'IN' })).toMatchObject({ ok: true });
    expect(await accountState(t.shop.id)).toMatchObject({ thresholds: [], auditRows: 3 });
  });

  it('refuses without a session, row unchanged', async () => {
    const t = await tenantsWithIn();
    const before = await accountState(t.shop.id);
    expect(await setAccountOtp({ accountId: t.shop.id, otpEnabled: true })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await setAccountThreshold({ accountId: t.shop.id, marketplace: 'IN', amount: '400' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    expect(await clearAccountThreshold({ accountId: t.shop.id, marketplace: 'IN' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await previewAccountThresholds({ accountId: t.shop.id, thresholds: {} })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await accountState(t.shop.id)).toEqual(before);
  });

  it('refuses the wrong role: a shipper can never change otpEnabled, even on their own account', async () => {
    const t = await tenantsWithIn();
    const before = await accountState(t.accountA.id);
    for (const user of [t.shipperA, t.da, t.recipient]) {
      session.actor = actorOf(user);
      expect(await setAccountOtp({ accountId: t.accountA.id, otpEnabled: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await setAccountThreshold({ accountId: t.accountA.id, marketplace: 'UK', amount: '5' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await clearAccountThreshold({ accountId: t.accountA.id, marketplace: 'UK' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await previewAccountThresholds({ accountId: t.accountA.id, thresholds: {} })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await accountState(t.accountA.id)).toEqual(before);
  });

  it('refuses an account not assigned to the manager (and unknown ids) the same way, row unchanged', async () => {
    const t = await tenantsWithIn();
    session.actor = actorOf(t.manager);
    const before = await accountState(t.accountB.id);
    for (const accountId of [t.accountB.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await setAccountOtp({ accountId, otpEnabled: true })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
        error: 'No such shipper account.',
      });
      expect(await setAccountThreshold({ accountId, marketplace: 'UK', amount: '5' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await clearAccountThreshold({ accountId, marketplace: 'UK' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await previewAccountThresholds({ accountId, thresholds: {} })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await setAccountOtp({ accountId: 'not-a-uuid', otpEnabled: true })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await accountState(t.accountB.id)).toEqual(before);
  });

  it('rejects extra fields with the row unchanged', async () => {
    const t = await tenantsWithIn();
    session.actor = actorOf(t.manager);
    const before = await accountState(t.shop.id);
    expect(await setAccountOtp({ accountId: t.shop.id, otpEnabled: true, smsNotifications: false })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setAccountThreshold({ accountId: t.shop.id, marketplace: 'IN', amount: '400', currency: 'GBP' })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setAccountThreshold({ accountId: t.shop.id, marketplace: 'IN', amount: '400', otpEnabled: true })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setAccountOtp({ accountId: t.shop.id })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: expect.stringContaining('otpEnabled'),
    });
    expect(await accountState(t.shop.id)).toEqual(before);
  });

  it.each(BAD_MONEY)('refuses bad money %j with the field named, row unchanged', async (amount) => {
    const t = await tenantsWithIn();
    session.actor = actorOf(t.manager);
    const before = await accountState(t.shop.id);
    const result = await setAccountThreshold({ accountId: t.shop.id, marketplace: 'IN', amount });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', error: expect.stringMatching(/^amount: IN threshold: /) });
    expect(await previewAccountThresholds({ accountId: t.shop.id, thresholds: { IN: amount } })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await accountState(t.shop.id)).toEqual(before);
  });
});
