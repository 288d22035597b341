import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { shipments, uploads } from '@/db/schema';
import { sampleOneClickRequest, samplePackage } from '@/lib/shipping/sample-package';
import { createApiShipper } from '@/tests/support/api-shipper';

// On PostgreSQL each call runs on its own pooled connection, so the requests truly race; PGlite runs one
// statement at a time, where the same test shows the second request answered from the first's shipments.
process.env.DATABASE_POOL_MAX = '30';

// pg's Pool.end() resolves before its sockets have closed; let them go before the test database is dropped.
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

describe('identical oneClickShipments at once', () => {
  it('end with one set of shipments, and every caller gets its answer', async () => {
    const shipper = await createApiShipper('UK');
    const request = sampleOneClickRequest(['RACE-1', 'RACE-2', 'RACE-3'].map((ref) => samplePackage(ref)));
    const answers = await Promise.all(Array.from({ length: 6 }, () => shipper.api.oneClickShipment(request)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    const identities = answers.map((answer) => ({
      shipmentId: answer.body.payload.shipmentId,
      trackingIds: answer.body.payload.packageDocumentDetails.map((detail) => detail.trackingId),
      otp: answer.body.payload.otpSecureDelivery,
      charge: answer.body.payload.totalCharge,
    }));
    for (const identity of identities) expect(identity).toEqual(identities[0]);

    const db = await getDb();
    const [stored] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, shipper.account.id));
    const [kept] = await db.select({ n: count() }).from(uploads).where(eq(uploads.accountId, shipper.account.id));
    expect(stored!.n).toBe(3);
    expect(kept!.n).toBe(1);
  });
});
