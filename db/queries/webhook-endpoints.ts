import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { isDemoInbox } from '@/lib/env';
import { isUuid } from '@/lib/ids/uuid';
import { passcodeKeys } from '@/lib/passcode';
import { SettingInputError } from '@/lib/settings/setting-error';
import { DAY_MS } from '@/lib/time/durations';
import type { EndpointFields } from '@/lib/webhooks/endpoint-input';
import { endpointUrlProblem } from '@/lib/webhooks/endpoint-url';
import { TEST_EVENT_TYPE, webhookBody } from '@/lib/webhooks/events';
import { openWebhookSecret, sealWebhookSecret } from '@/lib/webhooks/secret-seal';
import { generateWebhookSecret } from '@/lib/webhooks/signing';
import type { DbOrTx } from '../client';
import { shipperAccounts, type WebhookDelivery, webhookDeliveries, type WebhookEndpoint, webhookEndpoints } from '../schema';
import { ownAccountId, resolveAccountAccess } from './access';
import { failQueuedDeliveries } from './webhook-endpoint-health';
import { lockOwnEndpoint, noSuchEndpoint, readableEndpoint, WebhookConflictError } from './webhook-endpoint-access';

export const MAX_ENDPOINTS_PER_ACCOUNT = 10;
/** How long the previous secret keeps signing after a rotation, so receivers can switch without losing events. */
export const SECRET_OVERLAP_MS = DAY_MS;

export type WebhookDeliveryStatus = WebhookDelivery['status'];

export interface WebhookEndpointSummary {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  /** Why it was switched off automatically; null when enabled or switched off by the shipper. */
  disabledReason: string | null;
  disabledAt: Date | null;
  createdAt: Date;
  lastDelivery: { status: WebhookDeliveryStatus; at: Date } | null;
}

export interface WebhookEndpointDetails extends Omit<WebhookEndpointSummary, 'lastDelivery'> {
  accountId: string;
  consecutiveFailures: number;
  /** The current signing secret, for the shipper only (null for their account manager, who only reads). */
  secret: string | null;
  /** Until when the secret before the last rotation also signs; null when it no longer does. */
  previousSecretExpiresAt: Date | null;
}

function summaryOf(row: WebhookEndpoint): Omit<WebhookEndpointSummary, 'lastDelivery'> {
  const { id, url, description, events, enabled, disabledReason, disabledAt, createdAt } = row;
  return { id, url, description, events, enabled, disabledReason, disabledAt, createdAt };
}

/** A URL the endpoint may not have, refused with endpointUrlProblem's message (it names the field). */
function checkUrl(url: string): void {
  const problem = endpointUrlProblem(url, { demo: isDemoInbox() });
  if (problem) throw new SettingInputError('url', problem);
}

const sealed = (secret: string, endpointId: string) => sealWebhookSecret(secret, endpointId, passcodeKeys().encryptionKey);

/** The endpoints of the actor's account (a shipper's own; a manager's named, assigned account), oldest first, each with its latest delivery. */
export async function listWebhookEndpoints(db: DbOrTx, actor: Actor, accountId?: string | null): Promise<WebhookEndpointSummary[]> {
  const account = await resolveAccountAccess(db, actor, accountId);
  const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.accountId, account)).orderBy(webhookEndpoints.createdAt);
  if (rows.length === 0) return [];
  const latest = await db
    .selectDistinctOn([webhookDeliveries.endpointId], {
      endpointId: webhookDeliveries.endpointId,
      status: webhookDeliveries.status,
      at: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(
      inArray(
        webhookDeliveries.endpointId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(webhookDeliveries.endpointId, desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id));
  const latestOf = new Map(latest.map((d) => [d.endpointId, { status: d.status, at: d.at }]));
  return rows.map((row) => ({ ...summaryOf(row), lastDelivery: latestOf.get(row.id) ?? null }));
}

/** One endpoint the actor may see, with its signing secret opened for the shipper who owns it. */
export async function getWebhookEndpoint(db: DbOrTx, actor: Actor, endpointId: string): Promise<WebhookEndpointDetails> {
  const row = await readableEndpoint(db, actor, endpointId);
  const overlapping = row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > new Date();
  return {
    ...summaryOf(row),
    accountId: row.accountId,
    consecutiveFailures: row.consecutiveFailures,
    secret: actor.role === 'shipper' ? openWebhookSecret(row.secretCiphertext, row.id, passcodeKeys().encryptionKey) : null,
    previousSecretExpiresAt: overlapping ? row.previousSecretExpiresAt : null,
  };
}

/** A new endpoint of the shipper's account with a new signing secret; at most MAX_ENDPOINTS_PER_ACCOUNT per account. */
export async function createWebhookEndpoint(db: DbOrTx, actor: Actor, fields: EndpointFields): Promise<{ id: string }> {
  const accountId = ownAccountId(actor);
  checkUrl(fields.url);
  const id = randomUUID();
  const secretCiphertext = sealed(generateWebhookSecret(), id);
  return db.transaction(async (tx) => {
    // One create at a time per account, so two at once cannot pass the limit (NO KEY UPDATE leaves inserts referencing the account alone).
    await tx.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.id, accountId)).for('no key update');
    const [existing] = await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.accountId, accountId));
    if ((existing?.n ?? 0) >= MAX_ENDPOINTS_PER_ACCOUNT) {
      throw new SettingInputError(
        '_form',
        `An account can have at most ${MAX_ENDPOINTS_PER_ACCOUNT} webhook endpoints. Delete one to add another.`,
      );
    }
    await tx.insert(webhookEndpoints).values({ id, accountId, ...fields, secretCiphertext });
    return { id };
  });
}

/** Changes any of an endpoint's URL, description and events; queued deliveries go to the new URL. */
export async function updateWebhookEndpoint(db: DbOrTx, actor: Actor, endpointId: string, changes: Partial<EndpointFields>): Promise<void> {
  ownAccountId(actor);
  if (changes.url !== undefined) checkUrl(changes.url);
  await db.transaction(async (tx) => {
    await lockOwnEndpoint(tx, actor, endpointId);
    const { url, description, events } = changes;
    if (url === undefined && description === undefined && events === undefined) return;
    // Drizzle leaves out the fields that are undefined.
    await tx.update(webhookEndpoints).set({ url, description, events }).where(eq(webhookEndpoints.id, endpointId));
  });
}

/**
 * Switches an endpoint on (a fresh start: no reason, no run of failures) or off by hand (its queued
 * deliveries fail at once, in the same transaction, so none is sent after the switch-off).
 */
export async function setWebhookEndpointEnabled(db: DbOrTx, actor: Actor, endpointId: string, enabled: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockOwnEndpoint(tx, actor, endpointId);
    if (row.enabled === enabled) return;
    const where = eq(webhookEndpoints.id, endpointId);
    if (enabled) {
      await tx.update(webhookEndpoints).set({ enabled, disabledReason: null, disabledAt: null, consecutiveFailures: 0 }).where(where);
      return;
    }
    await tx
      .update(webhookEndpoints)
      .set({ enabled, disabledReason: null, disabledAt: sql`now()` })
      .where(where);
    await failQueuedDeliveries(tx, [endpointId], 'endpoint switched off by the shipper');
  });
}

/** A new signing secret; the one it replaces keeps signing (as a second signature) for SECRET_OVERLAP_MS. */
export async function rotateWebhookSecret(
  db: DbOrTx,
  actor: Actor,
  endpointId: string,
): Promise<{ secret: string; previousSecretExpiresAt: Date }> {
  return db.transaction(async (tx) => {
    const row = await lockOwnEndpoint(tx, actor, endpointId);
    const secret = generateWebhookSecret();
    const [rotated] = await tx
      .update(webhookEndpoints)
      .set({
        secretCiphertext: sealed(secret, endpointId),
        previousSecretCiphertext: row.secretCiphertext,
        previousSecretExpiresAt: sql`now() + ${SECRET_OVERLAP_MS} * interval '1 millisecond'`,
      })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning({ previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt });
    return { secret, previousSecretExpiresAt: rotated!.previousSecretExpiresAt! };
  });
}

/** Deletes an endpoint and, with it, its delivery log and queued deliveries. */
export async function deleteWebhookEndpoint(db: DbOrTx, actor: Actor, endpointId: string): Promise<void> {
  const accountId = ownAccountId(actor);
  if (!isUuid(endpointId)) throw noSuchEndpoint();
  const deleted = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.accountId, accountId)))
    .returning({ id: webhookEndpoints.id });
  if (deleted.length === 0) throw noSuchEndpoint();
}

/**
 * Queues one `webhook.test` delivery for this endpoint only, whatever it subscribes to. The insert wakes
 * the outbox workers at commit (the `webhook_deliveries_wake_outbox` trigger).
 */
export async function sendTestEvent(db: DbOrTx, actor: Actor, endpointId: string): Promise<{ messageId: string }> {
  return db.transaction(async (tx) => {
    const row = await lockOwnEndpoint(tx, actor, endpointId);
    if (!row.enabled) throw new WebhookConflictError('Switch the endpoint on to send it a test event.');
    const messageId = `msg_${randomUUID().replaceAll('-', '')}`;
    const payload = webhookBody(TEST_EVENT_TYPE, { endpointId, message: 'Test event from Shipper Central' }, new Date());
    await tx.insert(webhookDeliveries).values({ messageId, endpointId, accountId: row.accountId, eventType: TEST_EVENT_TYPE, payload });
    return { messageId };
  });
}
