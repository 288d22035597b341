import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { DAY_MS } from '@/lib/time/durations';
import type { PasscodeKeys } from '@/lib/passcode';
import { openWebhookSecret } from '@/lib/webhooks/secret-seal';
import { refusal } from '@/tests/support/refusal';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { enqueueWebhookEvents } from './webhook-events';
import { listWebhookDeliveries } from './webhook-delivery-log';
import { WebhookConflictError } from './webhook-endpoint-access';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  MAX_ENDPOINTS_PER_ACCOUNT,
  rotateWebhookSecret,
  sendTestEvent,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
} from './webhook-endpoints';

let db: Db;
let keys: PasscodeKeys;
beforeAll(async () => {
  keys = setUpTestSecrets();
  db = await getDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const HOOK = { url: 'https://hooks.example.com/shipper-central', description: 'Orders system', events: ['shipment.delivered' as const] };

async function endpointRow(id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

const deliveriesOf = (endpointId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

async function tenantsWithEndpoint() {
  const t = await createTenants();
  const shipper = actorOf(t.shipperA);
  const { id } = await createWebhookEndpoint(db, shipper, HOOK);
  return { ...t, shipper, id };
}

describe('webhook endpoints: create, read', () => {
  it('creates an endpoint with a sealed whsec_ secret that only its shipper sees opened', async () => {
    const t = await tenantsWithEndpoint();
    const details = await getWebhookEndpoint(db, t.shipper, t.id);
    expect(details).toMatchObject({
      ...HOOK,
      accountId: t.accountA.id,
      enabled: true,
      disabledReason: null,
      previousSecretExpiresAt: null,
    });
    expect(details.secret).toMatch(/^whsec_/);
    const row = await endpointRow(t.id);
    expect(row!.secretCiphertext).not.toContain(details.secret!.slice('whsec_'.length));
    expect(openWebhookSecret(row!.secretCiphertext, t.id, keys.encryptionKey)).toBe(details.secret);
    expect(await listWebhookEndpoints(db, t.shipper)).toEqual([
      expect.objectContaining({ id: t.id, url: HOOK.url, events: HOOK.events, enabled: true, lastDelivery: null }),
    ]);
  });

  it('refuses a URL that is not https with a message naming the url field; http://localhost only in demo mode', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    for (const url of [
      'http://hooks.example.com/x',
      'not a url',
      'ftp://hooks.example.com',
      'http://localhost:4000/hook',
      'https://10.0.0.1/x',
    ]) {
      expect(await refusal(createWebhookEndpoint(db, shipper, { ...HOOK, url })), url).toMatchObject({
        type: 'input',
        field: 'url',
        message: expect.stringMatching(/^Endpoint URL /),
      });
    }
    expect(await listWebhookEndpoints(db, shipper)).toEqual([]);
    vi.stubEnv('DEMO_INBOX', '1');
    const { id } = await createWebhookEndpoint(db, shipper, { ...HOOK, url: 'http://localhost:4000/hook' });
    expect((await getWebhookEndpoint(db, shipper, id)).url).toBe('http://localhost:4000/hook');
  });

  it('keeps each account to its own endpoints; an account manager reads those of accounts assigned to them, without the secret', async () => {
    const t = await tenantsWithEndpoint();
    const shipperB = actorOf(t.shipperB);
    await createWebhookEndpoint(db, shipperB, { ...HOOK, url: 'https://b.example.com/hook' });
    expect((await listWebhookEndpoints(db, shipperB)).map((e) => e.url)).toEqual(['https://b.example.com/hook']);
    expect((await listWebhookEndpoints(db, t.shipper)).map((e) => e.id)).toEqual([t.id]);
    await expect(listWebhookEndpoints(db, t.shipper, t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);

    const manager = actorOf(t.manager);
    expect((await listWebhookEndpoints(db, manager, t.accountA.id)).map((e) => e.id)).toEqual([t.id]);
    expect(await getWebhookEndpoint(db, manager, t.id)).toMatchObject({ id: t.id, secret: null });
    await expect(listWebhookEndpoints(db, manager)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listWebhookEndpoints(db, actorOf(t.otherManager), t.accountA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWebhookEndpoint(db, actorOf(t.otherManager), t.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const user of [t.da, t.recipient]) {
      await expect(listWebhookEndpoints(db, actorOf(user))).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(getWebhookEndpoint(db, actorOf(user), t.id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it('holds an account to MAX_ENDPOINTS_PER_ACCOUNT endpoints; another account is not affected', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    for (let i = 0; i < MAX_ENDPOINTS_PER_ACCOUNT; i += 1)
      await createWebhookEndpoint(db, shipper, { ...HOOK, url: `https://a.example.com/${i}` });
    expect(await refusal(createWebhookEndpoint(db, shipper, HOOK))).toEqual({
      type: 'input',
      field: '_form',
      message: `An account can have at most ${MAX_ENDPOINTS_PER_ACCOUNT} webhook endpoints. Delete one to add another.`,
    });
    expect(await listWebhookEndpoints(db, shipper)).toHaveLength(MAX_ENDPOINTS_PER_ACCOUNT);
    await createWebhookEndpoint(db, actorOf(t.shipperB), HOOK);
    await deleteWebhookEndpoint(db, shipper, (await listWebhookEndpoints(db, shipper))[0]!.id);
    await createWebhookEndpoint(db, shipper, HOOK);
  });
});

describe('webhook endpoints: changes', () => {
  it('updates only the fields given; a bad URL changes nothing', async () => {
    const t = await tenantsWithEndpoint();
    await updateWebhookEndpoint(db, t.shipper, t.id, { events: ['shipment.created', 'passcode.locked'] });
    await updateWebhookEndpoint(db, t.shipper, t.id, { url: 'https://new.example.com/hook' });
    expect(await refusal(updateWebhookEndpoint(db, t.shipper, t.id, { url: 'http://new.example.com', description: 'x' }))).toMatchObject({
      field: 'url',
    });
    expect(await getWebhookEndpoint(db, t.shipper, t.id)).toMatchObject({
      url: 'https://new.example.com/hook',
      description: HOOK.description,
      events: ['shipment.created', 'passcode.locked'],
    });
  });

  it('rotation keeps the previous secret signing for about 24 hours; both open', async () => {
    const t = await tenantsWithEndpoint();
    const before = (await getWebhookEndpoint(db, t.shipper, t.id)).secret!;
    const rotated = await rotateWebhookSecret(db, t.shipper, t.id);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(before);
    expect(Math.abs(rotated.previousSecretExpiresAt.getTime() - (Date.now() + DAY_MS))).toBeLessThan(60_000);
    const details = await getWebhookEndpoint(db, t.shipper, t.id);
    expect(details).toMatchObject({ secret: rotated.secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt });
    const row = await endpointRow(t.id);
    expect(openWebhookSecret(row!.secretCiphertext, t.id, keys.encryptionKey)).toBe(rotated.secret);
    expect(openWebhookSecret(row!.previousSecretCiphertext!, t.id, keys.encryptionKey)).toBe(before);

    await db
      .update(webhookEndpoints)
      .set({ previousSecretExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(webhookEndpoints.id, t.id));
    expect((await getWebhookEndpoint(db, t.shipper, t.id)).previousSecretExpiresAt).toBeNull();
  });

  it('disabling fails the queued deliveries at once and leaves sent ones alone', async () => {
    const t = await tenantsWithEndpoint();
    await db.transaction((tx) =>
      enqueueWebhookEvents(tx, t.accountA.id, [
        { type: 'shipment.delivered', shipmentId: null, data: { n: 1 } },
        { type: 'shipment.delivered', shipmentId: null, data: { n: 2 } },
      ]),
    );
    const [first] = await deliveriesOf(t.id);
    await db.update(webhookDeliveries).set({ status: 'sent', sentAt: new Date() }).where(eq(webhookDeliveries.id, first!.id));

    await setWebhookEndpointEnabled(db, t.shipper, t.id, false);
    const rows = await deliveriesOf(t.id);
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'sent']);
    expect(rows.find((r) => r.status === 'failed')!.lastError).toBe('endpoint switched off by the shipper');
    expect(await endpointRow(t.id)).toMatchObject({ enabled: false, disabledReason: null, disabledAt: expect.any(Date) });
  });

  it('enabling after an automatic switch-off clears the reason and starts a fresh run of failures', async () => {
    const t = await tenantsWithEndpoint();
    await db
      .update(webhookEndpoints)
      .set({
        enabled: false,
        disabledReason: 'Switched off after 20 failed deliveries in a row.',
        disabledAt: new Date(),
        consecutiveFailures: 20,
      })
      .where(eq(webhookEndpoints.id, t.id));
    expect(await listWebhookEndpoints(db, t.shipper)).toMatchObject([
      { enabled: false, disabledReason: expect.stringMatching(/^Switched off/) },
    ]);
    await setWebhookEndpointEnabled(db, t.shipper, t.id, true);
    expect(await endpointRow(t.id)).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0 });
  });

  it('queues a test event for this endpoint only, whatever it subscribes to; never for a switched-off one', async () => {
    const t = await tenantsWithEndpoint();
    const { id: quiet } = await createWebhookEndpoint(db, t.shipper, { ...HOOK, events: [] });
    const { messageId } = await sendTestEvent(db, t.shipper, quiet);
    const [delivery, ...more] = await deliveriesOf(quiet);
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ messageId, accountId: t.accountA.id, eventType: 'webhook.test', status: 'pending', shipmentId: null });
    expect(messageId).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(JSON.parse(delivery!.payload)).toMatchObject({
      type: 'webhook.test',
      data: { endpointId: quiet, message: 'Test event from Shipper Central' },
    });
    expect(await deliveriesOf(t.id)).toEqual([]);
    expect((await listWebhookEndpoints(db, t.shipper)).find((e) => e.id === quiet)!.lastDelivery).toMatchObject({ status: 'pending' });

    await setWebhookEndpointEnabled(db, t.shipper, quiet, false);
    await expect(sendTestEvent(db, t.shipper, quiet)).rejects.toBeInstanceOf(WebhookConflictError);
  });

  it('deleting an endpoint deletes its deliveries with it', async () => {
    const t = await tenantsWithEndpoint();
    await sendTestEvent(db, t.shipper, t.id);
    await deleteWebhookEndpoint(db, t.shipper, t.id);
    expect(await endpointRow(t.id)).toBeUndefined();
    expect(await deliveriesOf(t.id)).toEqual([]);
    await expect(deleteWebhookEndpoint(db, t.shipper, t.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('webhook endpoints: another account', () => {
  it("refuses another account's endpoint id everywhere as unknown, and a manager every write", async () => {
    const t = await tenantsWithEndpoint();
    const before = await endpointRow(t.id);
    const calls = (actor: Actor, id: string): [string, () => Promise<unknown>][] => [
      ['get', () => getWebhookEndpoint(db, actor, id)],
      ['update', () => updateWebhookEndpoint(db, actor, id, { description: 'mine now' })],
      ['disable', () => setWebhookEndpointEnabled(db, actor, id, false)],
      ['rotate', () => rotateWebhookSecret(db, actor, id)],
      ['delete', () => deleteWebhookEndpoint(db, actor, id)],
      ['test', () => sendTestEvent(db, actor, id)],
      ['log', () => listWebhookDeliveries(db, actor, id, { page: 1 })],
    ];
    for (const [name, call] of [
      ...calls(actorOf(t.shipperB), t.id),
      ...calls(t.shipper, 'not-a-uuid'),
      ...calls(t.shipper, crypto.randomUUID()),
    ]) {
      expect(await refusal(call()), name).toEqual({ type: 'NotFoundError' });
    }
    for (const [name, call] of calls(actorOf(t.manager), t.id).filter(([n]) => !['get', 'log'].includes(n))) {
      expect(await refusal(call()), name).toEqual({ type: 'AccessDeniedError' });
    }
    expect(await refusal(createWebhookEndpoint(db, actorOf(t.manager), HOOK))).toEqual({ type: 'AccessDeniedError' });
    expect(await endpointRow(t.id)).toEqual(before);
    expect(await deliveriesOf(t.id)).toEqual([]);
  });
});
