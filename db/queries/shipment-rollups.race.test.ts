import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { shipments } from '@/db/schema';
import { createPackage } from '@/tests/support/delivery-fixtures';
import { createAccount, createUser } from '@/tests/support/fixtures';
import { readRollups, recountRollups } from '@/tests/support/rollup-recount';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { storedEligibilityFor } from '@/tests/support/stored-eligibility';
import { tryStep } from './lifecycle-steps';
import { compactShipmentRollups } from './shipment-rollups';

// Every concurrent call below runs its transaction on its own pooled connection.
process.env.DATABASE_POOL_MAX = '30';

afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('shipment rollups under concurrent writes on PostgreSQL', () => {
  it('a long open transaction on an account does not hold up another writer of the same account and day', async () => {
    const db = await getDb();
    const account = await createAccount();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const slow = db.transaction(async (tx) => {
      await tx.insert(shipments).values(shipmentValues(account.id, 'SLOW'));
      opened();
      await held;
    });
    await open;
    // Were the rollups one row per key updated in place, this insert would wait for the slow upload's commit.
    const quick = db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '2s'`);
      await tx.insert(shipments).values(shipmentValues(account.id, 'QUICK'));
    });
    await expect(quick).resolves.toBeUndefined();
    release();
    await slow;
    expect((await readRollups(db, account.id)).sums).toEqual(await recountRollups(db, account.id));
  });

  it('20 concurrent writers (new shipments, state changes) and merges running beside them lose and double nothing', async () => {
    const db = await getDb();
    const account = await createAccount({ marketplaces: ['UK', 'IN'] });
    const seeded = await Promise.all(Array.from({ length: 20 }, (_, i) => createShipment(account.id, { insuredMinor: 1000 + i })));
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        createShipment(account.id, { marketplace: i % 2 ? 'IN' : 'UK', insuredMinor: 500 * i, otpEligible: i % 3 === 0 }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        db
          .update(shipments)
          .set({ trackerState: i % 2 ? 'delivered_with_otp' : 'out_for_delivery' })
          .where(inArray(shipments.id, [seeded[i]!.id, seeded[19 - i]!.id])),
      ),
      compactShipmentRollups(db),
      compactShipmentRollups(db),
    ]);
    await compactShipmentRollups(db);
    const rolled = await readRollups(db, account.id);
    expect(rolled.sums).toEqual(await recountRollups(db, account.id));
    expect(rolled.rows).toBe(rolled.keys);
  });

  it('10 transactions delivering different packages of one account beside merges: the delivery times sum as recounted', async () => {
    const db = await getDb();
    const account = await createAccount({ otpEnabled: true });
    const da = await createUser('delivery_associate', { station: 'UK' });
    const packages = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createPackage(account.id, { trackerState: 'in_transit', otpEligible: i % 3 !== 0 })),
    );
    // Out at different times, so the deliveries below fall into many 10-minute bins.
    for (const [i, pkg] of packages.entries()) {
      await db
        .update(shipments)
        .set({ trackerState: 'out_for_delivery', status: 'OutForDelivery', lastEventAt: new Date(Date.now() - i * 23 * 60_000 - 3_000) })
        .where(eq(shipments.id, pkg.id));
    }
    const out = packages.map((p) => ({
      ...p,
      marketplace: 'UK' as const,
      trackerState: 'out_for_delivery' as const,
      status: 'OutForDelivery' as const,
    }));
    const delivered = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(0.02)`);
          let steps = 0;
          for (const pkg of [out[i]!, out[19 - i]!]) {
            if (await tryStep(tx, pkg, pkg.otpEligible ? 'deliver_with_otp' : 'deliver', da.id)) steps += 1;
          }
          return steps;
        }),
      ),
      compactShipmentRollups(db),
      compactShipmentRollups(db),
    ]);
    expect(delivered.slice(0, 10).reduce((a, b) => a + b, 0)).toBe(20);
    await compactShipmentRollups(db);
    const rolled = await readRollups(db, account.id);
    const recount = await recountRollups(db, account.id);
    expect([...rolled.sums.times.values()].reduce((a, b) => a + b, 0)).toBe(20);
    expect(rolled.sums.times.size).toBeGreaterThan(5);
    expect(rolled.sums).toEqual(recount);
    expect(rolled.rows).toBe(rolled.keys);
  });
});

function shipmentValues(accountId: string, ref: string): typeof shipments.$inferInsert {
  return {
    accountId,
    trackingId: `RACE${ref}${Date.now()}`,
    packageClientReferenceId: ref,
    channelType: 'EXTERNAL',
    prepaid: true,
    marketplace: 'UK',
    shipToCountry: 'GB',
    recipientName: 'Race Recipient',
    insuredValueMinor: 2500,
    insuredCurrency: 'GBP',
    otpEligible: false,
    eligibility: storedEligibilityFor('UK', 2500, null),
  };
}
