import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { lastLabelDays } from '@/lib/insights/period';
import type { TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { refusal } from '@/tests/support/refusal';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { whatIfThresholds, type WhatIfInput } from './otp-what-if';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const period = lastLabelDays(30, new Date());
const input = (extra: Partial<WhatIfInput> = {}): WhatIfInput => ({ period, marketplace: null, thresholds: {}, ...extra });

async function ukAndIndiaAccount() {
  const manager = await createUser('account_manager');
  const account = await createAccount({ marketplaces: ['UK', 'IN'], otpEnabled: true, managerUserId: manager.id });
  for (const minor of [5_000, 10_000, 10_001, 12_000, 15_000, 15_001, 250_000])
    await createShipment(account.id, { marketplace: 'UK', insuredMinor: minor });
  for (const minor of [50_000, 50_001]) await createShipment(account.id, { marketplace: 'IN', insuredMinor: minor });
  return { account, manager: actorOf(manager) };
}

describe('threshold what-if', () => {
  it('shows what raising the UK threshold to 150.00 GBP changes: counts, value, histogram, reasons and the shipments', async () => {
    const { account, manager } = await ukAndIndiaAccount();
    const whatIf = await whatIfThresholds(db, manager, account.id, input({ thresholds: { UK: 15_000 } }));

    expect(whatIf.shipments).toBe(9);
    const [uk, india] = whatIf.marketplaces;
    expect(uk).toMatchObject({
      marketplace: 'UK',
      currency: 'GBP',
      threshold: { before: { minor: 10_000, isDefault: true }, after: { minor: 15_000, isDefault: false } },
      shipments: 7,
      needingOtp: { before: { shipments: 5, valueMinor: 302_002 }, after: { shipments: 2, valueMinor: 265_001 } },
      affected: 3,
      reasonChanges: [{ from: 'eligible', to: 'BELOW_THRESHOLD', shipments: 3 }],
    });
    expect(uk!.bands).toEqual([
      { band: 5, fromMinor: 5_000, toMinor: 6_000, shipments: 1, intrinsic: 1 },
      { band: 10, fromMinor: 10_000, toMinor: 11_000, shipments: 2, intrinsic: 2 },
      { band: 12, fromMinor: 12_000, toMinor: 13_000, shipments: 1, intrinsic: 1 },
      { band: 15, fromMinor: 15_000, toMinor: 16_000, shipments: 2, intrinsic: 2 },
      { band: 115, fromMinor: 250_000, toMinor: 260_000, shipments: 1, intrinsic: 1 },
    ]);
    expect(india).toMatchObject({ marketplace: 'IN', needingOtp: { before: { shipments: 1 }, after: { shipments: 1 } }, affected: 0 });
    expect(whatIf.totals).toEqual({
      needingOtp: { before: 6, after: 3 },
      valueByCurrency: [
        { currency: 'GBP', beforeMinor: 302_002, afterMinor: 265_001 },
        { currency: 'INR', beforeMinor: 50_001, afterMinor: 50_001 },
      ],
    });
    expect(whatIf.affected.total).toBe(3);
    expect(whatIf.affected.shipments.map((s) => [s.marketplace, s.valueMinor, s.currency, s.needsOtp])).toEqual([
      ['UK', 10_001, 'GBP', { before: true, after: false }],
      ['UK', 12_000, 'GBP', { before: true, after: false }],
      ['UK', 15_000, 'GBP', { before: true, after: false }],
    ]);
    expect(whatIf.affected.shipments[0]).toMatchObject({ trackingId: expect.stringMatching(/^TST/), labelDay: expect.any(String) });
  });

  it('shows what switching SMS off would do: every OTP shipment loses it, listed by value up to the limit asked for', async () => {
    const { account, manager } = await ukAndIndiaAccount();
    const whatIf = await whatIfThresholds(db, manager, account.id, input({ switches: { smsNotifications: false }, affectedLimit: 2 }));
    expect(whatIf.switches.after).toEqual({ otpEnabled: true, emailNotifications: true, smsNotifications: false });
    expect(whatIf.totals.needingOtp).toEqual({ before: 6, after: 0 });
    expect(new Set(whatIf.reasonChanges)).toEqual(
      new Set([
        { from: 'eligible', to: 'SMS_NOTIFICATIONS_OFF', shipments: 6 },
        { from: 'BELOW_THRESHOLD', to: 'SMS_NOTIFICATIONS_OFF', shipments: 3 },
      ]),
    );
    expect(whatIf.affected.total).toBe(6);
    expect(whatIf.affected.shipments.map((s) => s.valueMinor)).toEqual([10_001, 12_000]);
  });

  it('keeps to the chosen marketplace, and lists nothing when nothing changes', async () => {
    const { account, manager } = await ukAndIndiaAccount();
    const whatIf = await whatIfThresholds(db, manager, account.id, input({ marketplace: 'IN' }));
    expect(whatIf.shipments).toBe(2);
    expect(whatIf.marketplaces.map((m) => m.marketplace)).toEqual(['IN']);
    expect(whatIf.affected).toEqual({ total: 0, shipments: [] });
    expect(whatIf.reasonChanges).toEqual([]);
  });

  it('reads the observed lock-out rate of OTP shipments that went out, and expects that share of each side', async () => {
    const account = await createAccount({ otpEnabled: true });
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const steps: TrackerState[][] = [
      ['out_for_delivery', 'delivered_with_otp'],
      ['out_for_delivery', 'attempted_otp_not_available'],
      ['out_for_delivery'],
      ['out_for_delivery', 'attempted_otp_not_available', 'out_for_delivery', 'delivered_with_otp'],
      [],
    ];
    for (const states of steps) {
      const row = await createShipment(account.id, { insuredMinor: 20_000, otpEligible: true });
      for (const trackerState of states)
        await db
          .update(shipments)
          .set({ trackerState })
          .where(inArray(shipments.id, [row.id]));
    }
    const empty = await whatIfThresholds(db, shipper, null, input({ period: { from: '2020-01-01', to: '2020-01-31' } }));
    expect(empty.lockouts).toEqual({ wentOut: 0, lockedOut: 0, rate: null, expected: null });

    const whatIf = await whatIfThresholds(db, shipper, null, input({ thresholds: { UK: 25_000 } }));
    expect(whatIf.totals.needingOtp).toEqual({ before: 5, after: 0 });
    expect(whatIf.lockouts).toEqual({ wentOut: 4, lockedOut: 2, rate: 0.5, expected: { before: 2.5, after: 0 } });
  });

  it('refuses inputs the rules could not take, naming the field', async () => {
    const { account, manager } = await ukAndIndiaAccount();
    const ask = (extra: Partial<WhatIfInput>) => refusal(whatIfThresholds(db, manager, account.id, input(extra)));
    expect(await ask({ period: { from: '2026-05-10', to: '2026-05-01' } })).toMatchObject({ type: 'input', field: 'period' });
    expect(await ask({ period: { from: '2026-02-30', to: '2026-03-01' } })).toMatchObject({ type: 'input', field: 'period' });
    expect(await ask({ marketplace: 'US' as never })).toMatchObject({ type: 'input', field: 'marketplace' });
    expect(await ask({ thresholds: { UK: -1 } })).toMatchObject({
      type: 'input',
      field: 'thresholds',
      message: expect.stringContaining('UK'),
    });
    expect(await ask({ thresholds: { IN: 100.5 } })).toMatchObject({ type: 'input', field: 'thresholds' });
    expect(await ask({ thresholds: { US: 100 } as never })).toMatchObject({ type: 'input', field: 'thresholds' });
    expect(await ask({ switches: { otpEnabled: 'yes' } as never })).toMatchObject({ type: 'input', field: 'switches' });
    expect(await ask({ switches: { pushNotifications: true } as never })).toMatchObject({ type: 'input', field: 'switches' });
    expect(await ask({ affectedLimit: 101 })).toMatchObject({ type: 'input', field: 'affectedLimit' });
  });
});

describe('threshold what-if access', () => {
  it('gives a shipper its own account only', async () => {
    const t = await createTenants();
    await createShipment(t.accountA.id, { insuredMinor: 20_000 });
    const own = await whatIfThresholds(db, actorOf(t.shipperA), null, input());
    expect(own).toMatchObject({ accountId: t.accountA.id, shipments: 1 });
    expect((await whatIfThresholds(db, actorOf(t.shipperA), t.accountA.id, input())).accountId).toBe(t.accountA.id);
    await expect(whatIfThresholds(db, actorOf(t.shipperA), t.accountB.id, input())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gives a manager only the accounts assigned to them, named', async () => {
    const t = await createTenants();
    expect((await whatIfThresholds(db, actorOf(t.manager), t.accountA.id, input())).accountId).toBe(t.accountA.id);
    await expect(whatIfThresholds(db, actorOf(t.manager), t.accountB.id, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(whatIfThresholds(db, actorOf(t.manager), null, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(whatIfThresholds(db, actorOf(t.manager), 'not-a-uuid', input())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a delivery associate and a recipient', async () => {
    const t = await createTenants();
    await expect(whatIfThresholds(db, actorOf(t.da), t.accountA.id, input())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(whatIfThresholds(db, actorOf(t.recipient), t.accountA.id, input())).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
