import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));

const {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  retryWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  setWebhookEndpointEnabledAction,
  updateWebhookEndpointAction,
  webhookDeliveryBodyAction,
} = await import('./actions');

const HOOK = { url: 'https://hooks.example.com/actions', description: ' Orders ', events: ['shipment.delivered', 'shipment.created'] };

beforeAll(() => {
  setUpTestSecrets();
});
beforeEach(() => {
  session.actor = null;
});

async function endpointsOf(accountId: string) {
  const db = await getDb();
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.accountId, accountId));
}

describe('webhook actions', () => {
  it('happy path: add, edit, test, disable, retry refused, enable, retry, rotate, read a body, delete', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const created = await createWebhookEndpointAction(HOOK);
    expect(created).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const endpointId = created.ok ? created.data!.id : '';
    // Trimmed, and events in the portal's order.
    expect(await endpointsOf(t.accountA.id)).toMatchObject([{ description: 'Orders', events: ['shipment.created', 'shipment.delivered'] }]);

    expect(await updateWebhookEndpointAction({ endpointId, events: ['passcode.locked'] })).toMatchObject({ ok: true });
    expect(await sendTestEventAction({ endpointId })).toMatchObject({ ok: true });
    expect(await setWebhookEndpointEnabledAction({ endpointId, enabled: false })).toMatchObject({ ok: true });
    const db = await getDb();
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
    expect(delivery).toMatchObject({ eventType: 'webhook.test', status: 'failed' });
    expect(await retryWebhookDeliveryAction({ deliveryId: delivery!.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await setWebhookEndpointEnabledAction({ endpointId, enabled: true })).toMatchObject({ ok: true });
    expect(await retryWebhookDeliveryAction({ deliveryId: delivery!.id })).toMatchObject({ ok: true });
    expect(await retryWebhookDeliveryAction({ deliveryId: delivery!.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await rotateWebhookSecretAction({ endpointId })).toMatchObject({ ok: true });
    expect(await webhookDeliveryBodyAction({ deliveryId: delivery!.id })).toMatchObject({ ok: true, data: delivery!.payload });
    session.actor = actorOf(t.manager);
    expect(await webhookDeliveryBodyAction({ deliveryId: delivery!.id })).toMatchObject({ ok: true, data: delivery!.payload });
    session.actor = actorOf(t.shipperA);
    expect(await deleteWebhookEndpointAction({ endpointId })).toMatchObject({ ok: true });
    expect(await endpointsOf(t.accountA.id)).toEqual([]);
  });

  it('bad input names its field; a payload naming an account or a secret is refused whole', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    expect(await createWebhookEndpointAction({ ...HOOK, url: 'http://hooks.example.com' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: 'Endpoint URL must start with https://.',
      fieldErrors: { url: ['Endpoint URL must start with https://.'] },
    });
    expect(await createWebhookEndpointAction({ ...HOOK, url: '' })).toMatchObject({
      code: 'INVALID',
      error: 'url: Enter the endpoint URL.',
      fieldErrors: { url: ['Enter the endpoint URL.'] },
    });
    expect(await createWebhookEndpointAction({ ...HOOK, events: ['shipment.lost'] })).toMatchObject({
      code: 'INVALID',
      error: expect.stringMatching(/^events\.0: Choose events from shipment\.created/),
    });
    expect(await createWebhookEndpointAction({ ...HOOK, description: 'x'.repeat(201) })).toMatchObject({
      code: 'INVALID',
      error: 'description: The description must be at most 200 characters.',
    });
    expect(await createWebhookEndpointAction({ ...HOOK, accountId: t.accountB.id })).toMatchObject({ code: 'INVALID' });
    expect(await createWebhookEndpointAction({ ...HOOK, secret: 'whsec_mine' })).toMatchObject({ code: 'INVALID' });
    expect(await endpointsOf(t.accountA.id)).toEqual([]);
    expect(await endpointsOf(t.accountB.id)).toEqual([]);
  });

  it("another account's endpoint is not found; a manager may not change anything", async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const created = await createWebhookEndpointAction(HOOK);
    const endpointId = created.ok ? created.data!.id : '';
    const before = await endpointsOf(t.accountA.id);
    session.actor = actorOf(t.shipperB);
    expect(await updateWebhookEndpointAction({ endpointId, description: 'mine' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await deleteWebhookEndpointAction({ endpointId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    session.actor = actorOf(t.manager);
    expect(await setWebhookEndpointEnabledAction({ endpointId, enabled: false })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await endpointsOf(t.accountA.id)).toEqual(before);
  });
});
