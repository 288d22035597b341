import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import { NotFoundError } from '@/lib/auth/errors';
import { evaluateOtpEligibility, storedEligibilityOf } from '@/lib/otp';
import { DAY_MS } from '@/lib/time/durations';
import { actorOf, createAccount, createTenants } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { previewOtpEligibility } from './otp-preview';
import { writeThreshold } from './account-settings';

let db: Db;

/**
 * An Amazon-channel UK shipment stored with the eligibility the rules give it: the preview reads the stored result
 * (createShipment stores an off-Amazon one whatever the channel).
 */
async function createAmazonShipment(accountId: string, insuredMinor: number) {
  const row = await createShipment(accountId, { marketplace: 'UK', insuredMinor, channelType: 'AMAZON' });
  const eligibility = storedEligibilityOf(
    evaluateOtpEligibility({
      account: { otpEnabled: true, emailNotifications: true, smsNotifications: true },
      shipment: {
        channelType: 'AMAZON',
        prepaid: true,
        shipTo: { countryCode: 'GB', phoneNumber: row.recipientPhone },
        insuredValue: { value: insuredMinor / 100, unit: 'GBP' },
      },
    }),
  );
  await db.update(shipments).set({ eligibility }).where(eq(shipments.id, row.id));
}
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
    await createAmazonShipment(account.id, 99999);
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

  it('covers the last 30 label days, each shipment on its day in its marketplace’s time zone', async () => {
    const t = await createTenants();
    // 19:00 UTC on 30 June is already 1 July in India: the period is 2 June to 1 July.
    const now = new Date('2026-06-30T19:00:00Z');
    for (const [marketplace, at] of [
      ['UK', '2026-06-01T22:59:59Z'], // 1 June in London: out
      ['UK', '2026-06-01T23:00:00Z'], // 2 June in London: in
      ['IN', '2026-06-01T18:29:59Z'], // 1 June in India: out
      ['IN', '2026-06-01T18:30:00Z'], // 2 June in India: in
      ['IN', '2026-06-30T18:45:00Z'], // 1 July in India: in
    ] as const) {
      await createShipment(t.accountA.id, { marketplace, insuredMinor: 60_000, createdAt: new Date(at) });
    }
    const preview = await previewOtpEligibility(db, actorOf(t.shipperA), null, {}, now);
    expect(preview).toMatchObject({ days: 30, shipments: 3, wouldNeedPasscode: 0, wouldNeedPasscodeIfEnabled: 3 });
  });

  it('never reads another account', async () => {
    const t = await createTenants();
    await expect(previewOtpEligibility(db, actorOf(t.shipperA), t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewOtpEligibility(db, actorOf(t.manager), t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
