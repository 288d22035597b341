import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { takeOutForDelivery } from '@/db/queries/delivery';
import { enterPasscode } from '@/db/queries/delivery-passcode';
import { DISABLE_AFTER_FAILURES } from '@/db/queries/webhook-endpoint-health';
import { createWebhookEndpoint, getWebhookEndpoint, rotateWebhookSecret, sendTestEvent } from '@/db/queries/webhook-endpoints';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { deliveryDayAt } from '@/lib/passcode';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from '@/tests/support/webhook-receiver';
import { enqueueMessages } from '@/db/queries/outbox';
import { notifications } from '@/db/schema';
import { pollingWakeSignal } from './wake-signal';
import { sendDueWebhooks, type WebhookSendOptions } from './webhook-sender';
import { startOutboxWorker } from './worker';

let db: Db;
let receiver: WebhookReceiver;
let url: string;
let received: ReceivedWebhook[];

beforeAll(async () => {
  setUpTestSecrets();
  db = await getDb();
  receiver = await startWebhookReceiver();
  ({ url, received } = receiver);
});
afterAll(() => receiver.close());

beforeEach(async () => {
  received.length = 0;
  receiver.answer.status = 204;
  receiver.answer.afterMs = 0;
  // The demo allows http://127.0.0.1 endpoints; the sender itself is told separately whether it may call them.
  vi.stubEnv('DEMO_INBOX', '1');
  await db.update(webhookDeliveries).set({ status: 'failed' }).where(eq(webhookDeliveries.status, 'pending'));
});
afterEach(() => vi.unstubAllEnvs());

const demo: WebhookSendOptions = { batchSize: 50, concurrency: 8, allowPrivateNetwork: true, timeoutMs: 2_000 };
const fastRetries = { ...demo, policy: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 } };

async function station(events: Parameters<typeof createWebhookEndpoint>[2]['events']) {
  const s = await createStation('UK');
  const shipper = actorOf(s.shipper);
  const { id } = await createWebhookEndpoint(db, shipper, { url, description: '', events });
  const { secret } = await getWebhookEndpoint(db, shipper, id);
  return { ...s, shipper, endpointId: id, secret: secret! };
}

/** Runs the sender until nothing is due (retries here wait 1 ms). */
async function drain(options: WebhookSendOptions): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if ((await sendDueWebhooks(db, options)).claimed === 0) return;
  }
}

type Event = { type: string; data: Record<string, unknown> };

describe('webhook delivery', () => {
  it('delivers each subscribed event once, signed per Standard Webhooks, with no passcode or phone number', async () => {
    const s = await station(['shipment.out_for_delivery', 'shipment.delivered', 'passcode.locked']);
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    await enterPasscode(db, actorOf(s.da), pkg.id, code);
    await drain(demo);

    const verifier = new Webhook(s.secret);
    const events = received.map((r) => verifier.verify(r.body, r.headers) as Event);
    expect(events.map((e) => e.type).sort()).toEqual(['shipment.delivered', 'shipment.out_for_delivery']);
    expect(events.find((e) => e.type === 'shipment.delivered')!.data).toMatchObject({
      trackingId: pkg.trackingId,
      deliveredWithOtp: true,
      detailCode: 'DeliveredWithOTP',
    });
    const wire = received.map((r) => r.body).join('\n');
    expect(wire).not.toContain(code);
    expect(wire).not.toContain(pkg.recipientPhoneE164!.slice(3));
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.responseStatus === 204)).toBe(true);
  });

  it('announces a lock-out: passcode.locked once, shipment.otp_not_available per package sent back', async () => {
    const s = await station(['shipment.otp_not_available', 'passcode.locked']);
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const wrong = wrongCodeFor(await passcodeOf(pkg, deliveryDayAt('UK', new Date())));
    for (let i = 0; i < 3; i += 1) await enterPasscode(db, actorOf(s.da), pkg.id, wrong);
    await drain(demo);
    const events = received.map((r) => new Webhook(s.secret).verify(r.body, r.headers) as Event);
    expect(events.map((e) => e.type).sort()).toEqual(['passcode.locked', 'shipment.otp_not_available']);
    expect(events.find((e) => e.type === 'passcode.locked')!.data.recipientPhone).toMatch(/^\+44 •••• ••• \d{3}$/);
  });

  it('keeps the webhook-id across retries and signs each try afresh; a receiver refuses a replay outside the tolerance', async () => {
    const s = await station(['shipment.delivered']);
    await sendTestEvent(db, s.shipper, s.endpointId);
    receiver.answer.status = 500;
    await sendDueWebhooks(db, demo);
    receiver.answer.status = 204;
    await db.update(webhookDeliveries).set({ nextAttemptAt: new Date() }).where(eq(webhookDeliveries.endpointId, s.endpointId));
    await sendDueWebhooks(db, demo);
    expect(received).toHaveLength(2);
    expect(received[0]!.headers['webhook-id']).toBe(received[1]!.headers['webhook-id']);
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null, responseStatus: 204 });

    const stale = { ...received[1]!.headers, 'webhook-timestamp': String(Math.floor(Date.now() / 1000) - 6 * 60) };
    expect(() => new Webhook(s.secret).verify(received[1]!.body, stale)).toThrow();
  });

  it('signs with both secrets during a rotation: the receiver verifies with either', async () => {
    const s = await station(['shipment.delivered']);
    const { secret: rotated } = await rotateWebhookSecret(db, s.shipper, s.endpointId);
    await sendTestEvent(db, s.shipper, s.endpointId);
    await drain(demo);
    const [delivery] = received;
    expect(delivery!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const secret of [s.secret, rotated]) {
      expect(new Webhook(secret).verify(delivery!.body, delivery!.headers)).toMatchObject({
        type: 'webhook.test',
      });
    }
  });

  it('refuses a loopback endpoint outside demo mode and dead-letters the delivery with the reason', async () => {
    const s = await station(['shipment.delivered']);
    await sendTestEvent(db, s.shipper, s.endpointId);
    await drain({ ...fastRetries, allowPrivateNetwork: false });
    expect(received).toHaveLength(0);
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row!.lastError).toMatch(/private or loopback/);
  });

  it(`switches an endpoint off after ${DISABLE_AFTER_FAILURES} failed tries in a row, with the reason, and ends its queue`, async () => {
    const s = await station(['shipment.delivered']);
    receiver.answer.status = 503;
    for (let i = 0; i < DISABLE_AFTER_FAILURES / 2; i += 1) await sendTestEvent(db, s.shipper, s.endpointId);
    await drain({ ...fastRetries, policy: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    await sendTestEvent(db, s.shipper, s.endpointId).catch(() => undefined);
    const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, s.endpointId));
    expect(endpoint).toMatchObject({ enabled: false, consecutiveFailures: DISABLE_AFTER_FAILURES });
    expect(endpoint!.disabledReason).toMatch(/Switched off after 20 failed deliveries in a row\. Last error: endpoint answered 503/);
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
    expect(rows.every((r) => r.status === 'failed')).toBe(true);
  });

  it('never holds up recipient messages: a passcode goes out while a slow endpoint is still answering', async () => {
    const s = await station(['shipment.delivered']);
    receiver.answer.afterMs = 1_500;
    await sendTestEvent(db, s.shipper, s.endpointId);
    const sent: string[] = [];
    const transport = { name: 'log' as const, send: async (m: { to: string }) => void sent.push(m.to) };
    const worker = startOutboxWorker({
      db,
      transports: { sms: transport, email: transport },
      wake: pollingWakeSignal(),
      idlePollMs: 20,
      allowPrivateNetwork: true,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the webhook lane is now waiting on the endpoint
      await db.transaction((tx) => enqueueMessages(tx, [{ channel: 'sms', to: '+447700900777', template: 'passcode', body: 'x' }]));
      const queuedAt = Date.now();
      while (!sent.includes('+447700900777') && Date.now() - queuedAt < 3_000) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(Date.now() - queuedAt).toBeLessThan(1_000);
      const [waiting] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
      expect(waiting!.status).toBe('pending'); // its endpoint has not answered yet
    } finally {
      await worker.stop();
    }
    const [delivered] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, s.endpointId));
    expect(delivered!.status).toBe('sent');
    await db.delete(notifications).where(eq(notifications.toAddress, '+447700900777'));
  });
});
