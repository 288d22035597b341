import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { DELIVERY_LOG_PAGE_SIZE, getWebhookDeliveryPayload, listWebhookDeliveries, retryWebhookDelivery } from './webhook-delivery-log';
import { WebhookConflictError } from './webhook-endpoint-access';
import { createWebhookEndpoint, setWebhookEndpointEnabled } from './webhook-endpoints';

let db: Db;
beforeAll(async () => {
  setUpTestSecrets();
  db = await getDb();
});

const HOOK = { url: 'https://hooks.example.com/log', description: '', events: ['shipment.delivered' as const] };
let sequence = 0;

async function setUp() {
  const t = await createTenants();
  const shipper = actorOf(t.shipperA);
  const { id: endpointId } = await createWebhookEndpoint(db, shipper, HOOK);
  return { ...t, shipper, endpointId };
}

/** A delivery row as the worker would have left it. */
async function delivery(
  endpointId: string,
  accountId: string,
  values: Partial<typeof webhookDeliveries.$inferInsert> = {},
): Promise<typeof webhookDeliveries.$inferSelect> {
  sequence += 1;
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      messageId: `msg_test${sequence}`,
      endpointId,
      accountId,
      eventType: 'shipment.delivered',
      payload: JSON.stringify({ type: 'shipment.delivered', data: { n: sequence } }),
      ...values,
    })
    .returning();
  return row!;
}

const rowOf = async (id: string) => (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;

describe('webhook delivery log', () => {
  it('lists newest first, 50 a page, with the tracking id of the shipment; filters by status; never the payloads', async () => {
    const t = await setUp();
    const shipment = await createShipment(t.accountA.id, { insuredMinor: 1000 });
    const start = Date.now() - 3_600_000;
    for (let i = 0; i < DELIVERY_LOG_PAGE_SIZE; i += 1)
      await delivery(t.endpointId, t.accountA.id, { createdAt: new Date(start + i * 1000) });
    const failed = await delivery(t.endpointId, t.accountA.id, {
      shipmentId: shipment.id,
      status: 'failed',
      attempts: 10,
      responseStatus: 500,
      lastError: 'endpoint answered 500',
      createdAt: new Date(),
    });

    const first = await listWebhookDeliveries(db, t.shipper, t.endpointId, { page: 1 });
    expect(first).toMatchObject({ page: 1, hasNextPage: true });
    expect(first.rows).toHaveLength(DELIVERY_LOG_PAGE_SIZE);
    expect(first.rows[0]).toEqual({
      id: failed.id,
      eventType: 'shipment.delivered',
      messageId: failed.messageId,
      status: 'failed',
      attempts: 10,
      responseStatus: 500,
      lastError: 'endpoint answered 500',
      createdAt: failed.createdAt,
      sentAt: null,
      nextAttemptAt: failed.nextAttemptAt,
      trackingId: shipment.trackingId,
    });
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listWebhookDeliveries(db, t.shipper, t.endpointId, { page: 2 });
    expect(second).toMatchObject({ page: 2, hasNextPage: false, rows: [{ trackingId: null, createdAt: new Date(start) }] });

    const onlyFailed = await listWebhookDeliveries(db, t.shipper, t.endpointId, { status: 'failed', page: 1 });
    expect(onlyFailed.rows.map((r) => r.id)).toEqual([failed.id]);
    expect(await listWebhookDeliveries(db, t.shipper, t.endpointId, { status: 'sent', page: 1 })).toEqual({
      rows: [],
      page: 1,
      hasNextPage: false,
    });
  });

  it("an endpoint's log and bodies are read by its shipper and the account's manager only", async () => {
    const t = await setUp();
    const row = await delivery(t.endpointId, t.accountA.id);
    const manager = actorOf(t.manager);
    expect((await listWebhookDeliveries(db, manager, t.endpointId, { page: 1 })).rows.map((r) => r.id)).toEqual([row.id]);
    expect(await getWebhookDeliveryPayload(db, t.shipper, row.id)).toBe(row.payload);
    expect(await getWebhookDeliveryPayload(db, manager, row.id)).toBe(row.payload);
    for (const user of [t.shipperB, t.otherManager]) {
      await expect(listWebhookDeliveries(db, actorOf(user), t.endpointId, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getWebhookDeliveryPayload(db, actorOf(user), row.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getWebhookDeliveryPayload(db, t.shipper, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWebhookDeliveryPayload(db, actorOf(t.da), row.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('retrying a webhook delivery', () => {
  it('sends a failed delivery again from scratch: pending, no tries counted, due now', async () => {
    const t = await setUp();
    const row = await delivery(t.endpointId, t.accountA.id, {
      status: 'failed',
      attempts: 10,
      nextAttemptAt: new Date(Date.now() + 3_600_000),
      lastError: 'endpoint answered 503',
    });
    await retryWebhookDelivery(db, t.shipper, row.id);
    const after = await rowOf(row.id);
    expect(after).toMatchObject({ status: 'pending', attempts: 0, messageId: row.messageId, payload: row.payload });
    expect(Math.abs(after.nextAttemptAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a delivery that has not failed, and any while the endpoint is switched off', async () => {
    const t = await setUp();
    const pending = await delivery(t.endpointId, t.accountA.id);
    const sent = await delivery(t.endpointId, t.accountA.id, { status: 'sent', sentAt: new Date(), attempts: 1 });
    for (const row of [pending, sent]) {
      await expect(retryWebhookDelivery(db, t.shipper, row.id)).rejects.toThrow(
        new WebhookConflictError('Only a failed delivery can be retried.'),
      );
      expect(await rowOf(row.id)).toEqual(row);
    }
    await setWebhookEndpointEnabled(db, t.shipper, t.endpointId, false);
    const failed = await rowOf(pending.id);
    expect(failed.status).toBe('failed');
    await expect(retryWebhookDelivery(db, t.shipper, failed.id)).rejects.toThrow(
      new WebhookConflictError('Switch the endpoint on before retrying its deliveries.'),
    );
    expect(await rowOf(failed.id)).toEqual(failed);
    await setWebhookEndpointEnabled(db, t.shipper, t.endpointId, true);
    await retryWebhookDelivery(db, t.shipper, failed.id);
    expect((await rowOf(failed.id)).status).toBe('pending');
  });

  it("refuses another account's delivery as unknown, and the account's manager (read-only)", async () => {
    const t = await setUp();
    const row = await delivery(t.endpointId, t.accountA.id, { status: 'failed', attempts: 3 });
    await expect(retryWebhookDelivery(db, actorOf(t.shipperB), row.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryWebhookDelivery(db, t.shipper, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryWebhookDelivery(db, t.shipper, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryWebhookDelivery(db, actorOf(t.manager), row.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await rowOf(row.id)).toEqual(row);
  });
});
