import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments, trackingEvents } from '@/db/schema';
import { deliveryCountersOf } from '@/lib/lifecycle/delivery-counters';
import { deliveryDayAt } from '@/lib/passcode';
import { DAY_MS } from '@/lib/time/durations';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { readRollups } from '@/tests/support/rollup-recount';
import { returnToStation, takeOutForDelivery } from './delivery';
import { enterPasscode } from './delivery-passcode';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function countersOf(id: string) {
  const [row] = await db
    .select({
      deliveryAttempts: shipments.deliveryAttempts,
      lockouts: shipments.lockouts,
      outForDeliveryAt: shipments.outForDeliveryAt,
      lastEventAt: shipments.lastEventAt,
    })
    .from(shipments)
    .where(eq(shipments.id, id));
  return row!;
}

async function eventsOf(id: string) {
  const rows = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, id)).orderBy(trackingEvents.id);
  return rows.map((e) => ({ eventCode: e.eventCode, detailCode: e.detailCode, at: e.eventTime }));
}

async function moveTo(ids: string[], trackerState: typeof shipments.$inferSelect.trackerState, at: string): Promise<void> {
  await db
    .update(shipments)
    .set({ trackerState, lastEventAt: new Date(at) })
    .where(inArray(shipments.id, ids));
}

describe('delivery counters kept by the shipments_delivery_steps trigger', () => {
  it('out for delivery twice with a lock-out between, through the DA’s own steps: 2 trips, 1 lock-out, the second trip’s time', async () => {
    const station = await createStation('UK');
    const da = actorOf(station.da);
    const pkg = await createPackage(station.account.id, { trackerState: 'in_transit' });
    expect(await countersOf(pkg.id)).toMatchObject({ deliveryAttempts: 0, lockouts: 0, outForDeliveryAt: null });

    await takeOutForDelivery(db, da, pkg.id);
    const firstTrip = await countersOf(pkg.id);
    expect(firstTrip).toMatchObject({ deliveryAttempts: 1, lockouts: 0, outForDeliveryAt: firstTrip.lastEventAt });
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    for (let i = 0; i < 3; i += 1) await enterPasscode(db, da, pkg.id, wrongCodeFor(code));
    expect(await countersOf(pkg.id)).toMatchObject({ deliveryAttempts: 1, lockouts: 1, outForDeliveryAt: firstTrip.outForDeliveryAt });
    await returnToStation(db, da, pkg.id);

    const tomorrow = new Date(Date.now() + DAY_MS);
    await takeOutForDelivery(db, da, pkg.id, tomorrow);
    const secondTrip = await countersOf(pkg.id);
    expect(secondTrip).toMatchObject({ deliveryAttempts: 2, lockouts: 1 });
    expect(secondTrip.outForDeliveryAt).toEqual(secondTrip.lastEventAt);
    expect(secondTrip.outForDeliveryAt!.getTime()).toBeGreaterThan(firstTrip.outForDeliveryAt!.getTime());
    const outEvents = (await eventsOf(pkg.id)).filter((e) => e.eventCode === 'OutForDelivery');
    expect(outEvents.map((e) => e.at)).toEqual([firstTrip.outForDeliveryAt, secondTrip.outForDeliveryAt]);

    expect(await enterPasscode(db, da, pkg.id, await passcodeOf(pkg, deliveryDayAt('UK', tomorrow)))).toEqual({ outcome: 'delivered' });
    const delivered = await countersOf(pkg.id);
    expect(delivered).toMatchObject({ deliveryAttempts: 2, lockouts: 1, outForDeliveryAt: secondTrip.outForDeliveryAt });
    expect(delivered.lastEventAt.getTime()).toBeGreaterThanOrEqual(secondTrip.outForDeliveryAt!.getTime());
    // The trigger and the function the seeds use read the same story the same way.
    const { lastEventAt: _last, ...counters } = delivered;
    expect(deliveryCountersOf(await eventsOf(pkg.id))).toEqual(counters);
  });

  it('an update that does not change the tracker state leaves the counters as they were', async () => {
    const station = await createStation('UK');
    const pkg = await createPackage(station.account.id, { trackerState: 'in_transit' });
    await moveTo([pkg.id], 'out_for_delivery', '2026-11-03T09:00:00Z');
    const out = await countersOf(pkg.id);
    expect(out).toMatchObject({ deliveryAttempts: 1, lockouts: 0, outForDeliveryAt: new Date('2026-11-03T09:00:00Z') });

    // The same state written again (a retried step, a later event of the same trip), and other columns.
    await moveTo([pkg.id], 'out_for_delivery', '2026-11-03T11:00:00Z');
    await db
      .update(shipments)
      .set({ lastEventAt: new Date('2026-11-03T12:00:00Z'), detailCode: 'x' })
      .where(eq(shipments.id, pkg.id));
    await db.execute(sql`update shipments set tracker_state = tracker_state where id = ${pkg.id}`);
    expect(await countersOf(pkg.id)).toMatchObject({ deliveryAttempts: 1, lockouts: 0, outForDeliveryAt: out.outForDeliveryAt });

    await moveTo([pkg.id], 'attempted_otp_not_available', '2026-11-03T13:00:00Z');
    await moveTo([pkg.id], 'attempted_otp_not_available', '2026-11-03T13:05:00Z');
    expect(await countersOf(pkg.id)).toMatchObject({ deliveryAttempts: 1, lockouts: 1, outForDeliveryAt: out.outForDeliveryAt });
  });

  it('one UPDATE of many packages counts each once, and the rollups key and time them from the counters', async () => {
    const station = await createStation('UK');
    const packages = await Promise.all([0, 1, 2].map(() => createPackage(station.account.id, { trackerState: 'in_transit' })));
    const [again, first, slow] = packages.map((p) => p.id) as [string, string, string];
    await moveTo([again, first, slow], 'out_for_delivery', '2026-11-03T08:00:00Z');
    // Locked out, back at the station, out again the next morning, delivered 25 minutes later: bin 2.
    await moveTo([again], 'attempted_otp_not_available', '2026-11-03T08:40:00Z');
    await moveTo([again], 'returned_to_station', '2026-11-03T12:00:00Z');
    await moveTo([again], 'out_for_delivery', '2026-11-04T09:00:00Z');
    await moveTo([again], 'delivered_with_otp', '2026-11-04T09:25:00Z');
    // Delivered 8 h 30 min after going out (bin 51); another after 13 h (bin 72 holds 12 h and more).
    await moveTo([first], 'delivered_with_otp', '2026-11-03T16:30:00Z');
    await moveTo([slow], 'delivered_with_otp', '2026-11-03T21:00:00Z');

    expect(await countersOf(again)).toMatchObject({ deliveryAttempts: 2, lockouts: 1, outForDeliveryAt: new Date('2026-11-04T09:00:00Z') });
    expect(await countersOf(first)).toMatchObject({ deliveryAttempts: 1, lockouts: 0, outForDeliveryAt: new Date('2026-11-03T08:00:00Z') });
    const { sums } = await readRollups(db, station.account.id);
    const day = deliveryDayAt('UK', packages[0]!.createdAt);
    expect(sums.times).toEqual(
      new Map([
        [`${day}|UK|true|2`, 1],
        [`${day}|UK|true|51`, 1],
        [`${day}|UK|true|72`, 1],
      ]),
    );
    expect(sums.counts).toEqual(
      new Map([
        [`${day}|UK|delivered_with_otp|true||GBP|2|true`, [1, 25_000]],
        [`${day}|UK|delivered_with_otp|true||GBP|1|false`, [2, 50_000]],
      ]),
    );
  });

  it('an insert keeps the counters it is given: rows written with their history carry them from their events', async () => {
    const station = await createStation('UK');
    const { id: _id, ...stored } = await createPackage(station.account.id, { trackerState: 'out_for_delivery' });
    expect(stored).toMatchObject({ deliveryAttempts: 0, lockouts: 0, outForDeliveryAt: null });
    const outAt = new Date('2026-11-04T09:00:00Z');
    const [copy] = await db
      .insert(shipments)
      .values({
        ...stored,
        trackingId: `${stored.trackingId}-2`,
        packageClientReferenceId: 'copy',
        deliveryAttempts: 2,
        lockouts: 1,
        outForDeliveryAt: outAt,
      })
      .returning();
    expect(copy).toMatchObject({ deliveryAttempts: 2, lockouts: 1, outForDeliveryAt: outAt });
  });
});
