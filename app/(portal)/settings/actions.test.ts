import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { accountState } from '@/tests/support/account-state';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));

const { clearOwnThreshold, previewOwnThresholds, saveNotificationSwitches, setOwnThreshold } = await import('./actions');

const BAD_MONEY = ['-1', '0', '12.345', '1e309', 'abc', '', '   ', Number.POSITIVE_INFINITY] as const;

describe('shipper settings actions', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('happy path: switches, threshold set and clear, preview; every change audited', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    expect(await saveNotificationSwitches({ emailNotifications: true, smsNotifications: false })).toMatchObject({
      ok: true,
      data: { emailNotifications: true, smsNotifications: false },
    });
    expect(await setOwnThreshold({ marketplace: 'UK', amount: '150.50' })).toMatchObject({
      ok: true,
      data: { accountMinor: 15050, currency: 'GBP' },
    });
    expect(await accountState(t.accountA.id)).toMatchObject({ smsNotifications: false, thresholds: [['UK', 15050, 'GBP']], auditRows: 2 });
    expect(await clearOwnThreshold({ marketplace: 'UK' })).toMatchObject({ ok: true, data: { accountMinor: null } });
    expect(await accountState(t.accountA.id)).toMatchObject({ thresholds: [], auditRows: 3 });
    await createShipment(t.accountA.id, { marketplace: 'UK', insuredMinor: 20000 });
    expect(await previewOwnThresholds({ thresholds: { UK: '250' } })).toMatchObject({
      ok: true,
      data: { shipments: 1, wouldNeedPasscodeIfEnabled: 0 },
    });
  });

  it('refuses without a session, row unchanged', async () => {
    const t = await createTenants();
    const before = await accountState(t.accountA.id);
    expect(await saveNotificationSwitches({ emailNotifications: false, smsNotifications: false })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    expect(await setOwnThreshold({ marketplace: 'UK', amount: '5' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await clearOwnThreshold({ marketplace: 'UK' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await previewOwnThresholds({ thresholds: {} })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await accountState(t.accountA.id)).toEqual(before);
  });

  it('refuses the wrong role (manager, delivery associate, recipient), row unchanged', async () => {
    const t = await createTenants();
    const before = await accountState(t.accountA.id);
    for (const user of [t.manager, t.da, t.recipient]) {
      session.actor = actorOf(user);
      expect(await saveNotificationSwitches({ emailNotifications: false, smsNotifications: false })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await setOwnThreshold({ marketplace: 'UK', amount: '5' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await clearOwnThreshold({ marketplace: 'UK' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await previewOwnThresholds({ thresholds: {} })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await accountState(t.accountA.id)).toEqual(before);
  });

  it('never reaches another account: shipper A naming account B is refused, B unchanged', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const beforeB = await accountState(t.accountB.id);
    expect(await saveNotificationSwitches({ accountId: t.accountB.id, emailNotifications: false, smsNotifications: false })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setOwnThreshold({ accountId: t.accountB.id, marketplace: 'UK', amount: '5' })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await clearOwnThreshold({ accountId: t.accountB.id, marketplace: 'UK' })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await previewOwnThresholds({ accountId: t.accountB.id, thresholds: {} })).toMatchObject({ ok: false, code: 'INVALID' });
    // A valid write by A lands on A only.
    expect(await setOwnThreshold({ marketplace: 'UK', amount: '5' })).toMatchObject({ ok: true });
    expect(await accountState(t.accountB.id)).toEqual(beforeB);
  });

  it('rejects extra fields (otpEnabled, accountId, currency) with the row unchanged', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const before = await accountState(t.accountA.id);
    expect(await saveNotificationSwitches({ emailNotifications: true, smsNotifications: true, otpEnabled: true })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setOwnThreshold({ marketplace: 'UK', amount: '5', currency: 'INR' })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await setOwnThreshold({ marketplace: 'UK', amount: '5', otpEnabled: true })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await saveNotificationSwitches({ emailNotifications: 'yes', smsNotifications: true })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: expect.stringContaining('emailNotifications'),
    });
    expect(await accountState(t.accountA.id)).toEqual(before);
  });

  it.each(BAD_MONEY)('refuses bad money %j with the field named, row unchanged', async (amount) => {
    const t = await createTenants();
    const inAccount = await createAccount({ name: 'IN shop', homeMarketplace: 'IN', marketplaces: ['IN'] });
    session.actor = actorOf(await createUser('shipper', { accountId: inAccount.id }));
    const before = await accountState(inAccount.id);
    const result = await setOwnThreshold({ marketplace: 'IN', amount });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', error: expect.stringMatching(/^amount: IN threshold: /) });
    expect(result.ok === false && result.fieldErrors?.amount?.[0]).toMatch(/^IN threshold: /);
    expect(await previewOwnThresholds({ thresholds: { IN: amount } })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await accountState(inAccount.id)).toEqual(before);
    expect(await accountState(t.accountA.id)).toMatchObject({ thresholds: [] });
  });

  it('refuses a marketplace the account does not ship to, naming the field', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    expect(await setOwnThreshold({ marketplace: 'IN', amount: '400' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { marketplace: [expect.stringContaining('does not ship in IN')] },
    });
    expect(await accountState(t.accountA.id)).toMatchObject({ thresholds: [], auditRows: 0 });
  });
});
