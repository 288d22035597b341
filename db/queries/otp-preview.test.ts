import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { NotFoundError } from '@/lib/auth/errors';
import { DAY_MS } from '@/lib/time/durations';
import { actorOf, createAccount, createTenants } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { previewOtpEligibility } from './otp-preview';
import { writeThreshold } from './account-settings';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('OTP preview on stored shipments', () => {
  it('counts what the shared rules say with saved and proposed thresholds', async () => {
    const t = await createTenants();
    const account = await createAccount({ name: 'Preview', marketplaces: ['UK', 'IN'], otpEnabled: true, managerUserId: t.manager.id });
    for (const [marketplace, insuredMinor] of [
      ['IN', 45000],
      ['IN', 60000],
      ['UK', 10000],
      ['UK', 10001],
    ] as const) {
      await createShipment(account.id, { marketplace, insuredMinor });
    }
    await createShipment(account.id, { marketplace: 'UK', insuredMinor: 99999, channelType: 'AMAZON' });
    await createShipment(account.id, { marketplace: 'UK', insuredMinor: 99999, createdAt: new Date(Date.now() - 31 * DAY_MS) });
    const manager = actorOf(t.manager);

    expect(await previewOtpEligibility(db, manager, account.id)).toEqual({
      days: 30,
      shipments: 5,
      wouldNeedPasscode: 2,
      wouldNeedPasscodeIfEnabled: 2,
      otpEnabled: true,
    });
    expect((await previewOtpEligibility(db, manager, account.id, { IN: 40000 })).wouldNeedPasscode).toBe(3);
    expect((await previewOtpEligibility(db, manager, account.id, { UK: 9999 })).wouldNeedPasscode).toBe(3);

    await writeThreshold(db, manager, account.id, 'IN', 40000);
    expect((await previewOtpEligibility(db, manager, account.id)).wouldNeedPasscode).toBe(3);
    expect((await previewOtpEligibility(db, manager, account.id, { IN: null })).wouldNeedPasscode).toBe(2);
  });

  it('shows zero with OTP off, and what enabling would do', async () => {
    const t = await createTenants();
    await createShipment(t.accountA.id, { marketplace: 'UK', insuredMinor: 20000 });
    const preview = await previewOtpEligibility(db, actorOf(t.shipperA), null);
    expect(preview).toMatchObject({ shipments: 1, wouldNeedPasscode: 0, wouldNeedPasscodeIfEnabled: 1, otpEnabled: false });
  });

  it('never reads another account', async () => {
    const t = await createTenants();
    await expect(previewOtpEligibility(db, actorOf(t.shipperA), t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewOtpEligibility(db, actorOf(t.manager), t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
