import { asc, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { type DeliveryCounters, deliveryCountersOf } from '@/lib/lifecycle/delivery-counters';
import type { EventCode } from '@/lib/tracker/states';
import { migrationSql } from '@/tests/support/migrated-pglite';
import { readRollups, recountRollups } from '@/tests/support/rollup-recount';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { rebuildShipmentRollups } from './queries/shipment-rollups';
import { shipments, shipperAccounts, trackingEvents } from './schema';
import { seedDemo } from './seed';

/** Migration 0011's own statement that fills the counters of shipments stored before it, from their tracking events. */
const BACKFILL = migrationSql('0011_otp_insights')
  .split('--> statement-breakpoint')
  .map((statement) => statement.trim())
  .find((statement) => statement.startsWith('UPDATE shipments s SET delivery_attempts'));

let db: Db;
beforeAll(async () => {
  setUpTestSecrets();
  db = await getDb();
  await seedDemo(db);
});

async function countersFromEvents(): Promise<Map<string, DeliveryCounters>> {
  const events = await db
    .select({
      shipmentId: trackingEvents.shipmentId,
      eventCode: trackingEvents.eventCode,
      detailCode: trackingEvents.detailCode,
      at: trackingEvents.eventTime,
    })
    .from(trackingEvents)
    .orderBy(asc(trackingEvents.eventTime), asc(trackingEvents.id));
  const byShipment = new Map<string, { eventCode: EventCode; detailCode: string | null; at: Date }[]>();
  for (const { shipmentId, ...event } of events) byShipment.set(shipmentId, [...(byShipment.get(shipmentId) ?? []), event]);
  const ids = await db.select({ id: shipments.id }).from(shipments);
  return new Map(ids.map(({ id }) => [id, deliveryCountersOf(byShipment.get(id) ?? [])]));
}

async function storedCounters(): Promise<Map<string, DeliveryCounters>> {
  const rows = await db
    .select({
      id: shipments.id,
      deliveryAttempts: shipments.deliveryAttempts,
      lockouts: shipments.lockouts,
      outForDeliveryAt: shipments.outForDeliveryAt,
    })
    .from(shipments);
  return new Map(rows.map(({ id, ...counters }) => [id, counters]));
}

describe('delivery counters of the demo seed and of migration 0011’s backfill', () => {
  it('the seed writes each shipment’s counters from its events, second trips and lock-outs included', async () => {
    const stored = await storedCounters();
    expect(stored).toEqual(await countersFromEvents());
    const counted = [...stored.values()];
    expect(counted.filter((c) => c.deliveryAttempts === 2 && c.lockouts === 1).length).toBeGreaterThan(3);
    expect(counted.filter((c) => c.deliveryAttempts === 2 && c.lockouts === 0).length).toBeGreaterThan(3);
    expect(counted.filter((c) => c.deliveryAttempts === 0 && c.outForDeliveryAt === null).length).toBeGreaterThan(3);
  });

  it('the backfill UPDATE gives the same counters as lib/lifecycle deliveryCountersOf, and the rebuilt rollups match a recount', async () => {
    expect(BACKFILL).toBeDefined();
    // As the shipments were before the migration: no counters yet. The state is untouched, so the steps trigger stays out of it.
    await db
      .update(shipments)
      .set({ deliveryAttempts: 0, lockouts: 0, outForDeliveryAt: null })
      .where(sql`true`);
    expect([...(await storedCounters()).values()].every((c) => c.deliveryAttempts === 0 && c.outForDeliveryAt === null)).toBe(true);

    await db.execute(sql.raw(BACKFILL!));
    expect(await storedCounters()).toEqual(await countersFromEvents());

    await rebuildShipmentRollups(db);
    for (const account of await db.select({ id: shipperAccounts.id }).from(shipperAccounts)) {
      const rebuilt = await readRollups(db, account.id);
      expect(rebuilt.sums).toEqual(await recountRollups(db, account.id));
      expect(rebuilt.rows).toBe(rebuilt.keys);
    }
  });
});
