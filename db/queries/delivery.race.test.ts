import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import { notifications, passcodes, shipments, trackingEvents } from '@/db/schema';
import { deliveryDayAt } from '@/lib/passcode';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf, passcodeRowOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { takeOutForDelivery } from './delivery';
import { enterPasscode, type PasscodeEntryResult, resendPasscode } from './delivery-passcode';
import { DeliveryConflictError } from './delivery-scope';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

// Every concurrent call below runs its transaction on its own pooled connection.
process.env.DATABASE_POOL_MAX = '60';

// pg's Pool.end() resolves before its sockets have closed; the test database is then dropped WITH
// (FORCE), which would kill the still-closing connections mid-goodbye. Close first and let them go.
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('races on PostgreSQL', () => {
  async function outForDelivery(account: { smsNotifications?: boolean; emailNotifications?: boolean } = {}, station: 'UK' | 'IN' = 'UK') {
    const s = await createStation(station, account);
    const pkg = await createPackage(s.account.id, { marketplace: station, trackerState: 'in_transit' });
    const da = actorOf(s.da);
    await takeOutForDelivery(db, da, pkg.id);
    const day = deliveryDayAt(station, new Date());
    return { pkg, da, code: await passcodeOf(pkg, day), passcodeId: (await passcodeRowOf(pkg, day)).id };
  }

  /** Entries that were counted as a try: wrong answers, and the one that locked the passcode. */
  const countedTries = (results: PasscodeEntryResult[]) =>
    results.filter((r) => r.outcome === 'wrong' || (r.outcome === 'locked' && r.returnedPackages > 0)).length;

  it('50 concurrent wrong entries: exactly 3 counted, the rest refused as locked', async () => {
    const { pkg, da, code, passcodeId } = await outForDelivery();
    const results = await Promise.all(Array.from({ length: 50 }, () => enterPasscode(db, da, pkg.id, wrongCodeFor(code))));
    expect(countedTries(results)).toBe(3);
    expect(results.filter((r) => r.outcome === 'wrong')).toHaveLength(2);
    expect(results.filter((r) => r.outcome === 'locked')).toHaveLength(48);
    const [row] = await db.select().from(passcodes).where(eq(passcodes.id, passcodeId));
    expect(row!.failedAttempts).toBe(3);
    const events = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, pkg.id));
    expect(events.filter((e) => e.detailCode === 'OtpNotAvailable')).toHaveLength(1);
  });

  it('20 concurrent right entries for one package: exactly 1 delivery, 1 event, 1 message', async () => {
    const { pkg, da, code } = await outForDelivery({ smsNotifications: false });
    const results = await Promise.all(Array.from({ length: 20 }, () => enterPasscode(db, da, pkg.id, code)));
    expect(results.filter((r) => r.outcome === 'delivered')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'not_out_for_delivery')).toHaveLength(19);
    const events = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, pkg.id));
    expect(events.filter((e) => e.eventCode === 'Delivered')).toHaveLength(1);
    const delivered = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.shipmentId, pkg.id), eq(notifications.template, 'delivered')));
    expect(delivered).toHaveLength(1);
    const [row] = await db.select().from(shipments).where(eq(shipments.id, pkg.id));
    expect(row).toMatchObject({ trackerState: 'delivered_with_otp', detailCode: 'DeliveredWithOTP' });
  });

  it('10 concurrent resends: exactly 3 sent', async () => {
    const { pkg, da, passcodeId } = await outForDelivery({ emailNotifications: false }, 'IN');
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => resendPasscode(db, da, pkg.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(7);
    const resent = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.shipmentId, pkg.id), eq(notifications.template, 'passcode_resend')));
    expect(resent).toHaveLength(3);
    const [row] = await db.select().from(passcodes).where(eq(passcodes.id, passcodeId));
    expect(row).toMatchObject({ resendCount: 3, failedAttempts: 0 });
  });

  it('10 packages of one recipient going out at once: one passcode, one passcode message per channel', async () => {
    const s = await createStation('UK');
    const first = await createPackage(s.account.id, { trackerState: 'in_transit' });
    const phone = first.recipientPhoneE164!;
    const rest = await Promise.all(
      Array.from({ length: 9 }, () => createPackage(s.account.id, { trackerState: 'in_transit', phoneE164: phone })),
    );
    const da = actorOf(s.da);
    await Promise.all([first, ...rest].map((p) => takeOutForDelivery(db, da, p.id)));
    expect(await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, phone))).toHaveLength(1);
    const sent = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.template, 'passcode'), eq(notifications.toAddress, phone)));
    expect(sent).toHaveLength(1);
  });

  it('10 take-outs racing the 3rd wrong entry: each package stays at the station or goes out and is sent back, none stays out on a locked passcode', async () => {
    const { pkg, da, code } = await outForDelivery();
    for (let i = 0; i < 2; i += 1) await enterPasscode(db, da, pkg.id, wrongCodeFor(code));
    const racers = await Promise.all(
      Array.from({ length: 10 }, () => createPackage(pkg.accountId, { trackerState: 'in_transit', phoneE164: pkg.recipientPhoneE164 })),
    );
    const results = await Promise.allSettled([
      enterPasscode(db, da, pkg.id, wrongCodeFor(code)),
      ...racers.map((p) => takeOutForDelivery(db, da, p.id)),
    ]);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DeliveryConflictError);
    const states = await db
      .select({ trackerState: shipments.trackerState })
      .from(shipments)
      .where(
        inArray(
          shipments.id,
          racers.map((p) => p.id),
        ),
      );
    for (const { trackerState } of states) expect(['in_transit', 'attempted_otp_not_available']).toContain(trackerState);
  });

  /**
   * The bug the first test exists to catch: read the count, check it in JavaScript, write it back.
   * Defined here only to show the test catches it; the application never does this.
   */
  async function nonAtomicWrongEntry(passcodeId: string): Promise<PasscodeEntryResult> {
    return db.transaction(async (tx) => {
      const [row] = await tx.select({ failed: passcodes.failedAttempts }).from(passcodes).where(eq(passcodes.id, passcodeId));
      if (row!.failed >= 3) return { outcome: 'locked', returnedPackages: 0 };
      await tx
        .update(passcodes)
        .set({ failedAttempts: row!.failed + 1 })
        .where(eq(passcodes.id, passcodeId));
      return row!.failed + 1 >= 3 ? { outcome: 'locked', returnedPackages: 1 } : { outcome: 'wrong', attemptsLeft: 2 - row!.failed };
    });
  }

  it('catches a read-check-write counter: it grants more than 3 tries', async () => {
    const { passcodeId } = await outForDelivery();
    const results = await Promise.all(Array.from({ length: 50 }, () => nonAtomicWrongEntry(passcodeId)));
    expect(countedTries(results)).toBeGreaterThan(3);
  });
});
