import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import type { DbOrTx } from '../client';
import { shipments, webhookDeliveries } from '../schema';
import { ownAccountId, readableAccounts } from './access';
import { wakeOutboxWorkers } from './outbox-rows';
import { lockOwnEndpoint, readableEndpoint, WebhookConflictError } from './webhook-endpoint-access';
import type { WebhookDeliveryStatus } from './webhook-endpoints';

export const DELIVERY_LOG_PAGE_SIZE = 50;

export interface WebhookDeliveryRow {
  id: string;
  eventType: string;
  messageId: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  /** The tracking id of the shipment the event is about, if any. */
  trackingId: string | null;
}

export interface WebhookDeliveryPage {
  rows: WebhookDeliveryRow[];
  page: number;
  hasNextPage: boolean;
}

const noSuchDelivery = () => new NotFoundError('No such webhook delivery.');

/** One page of an endpoint's deliveries, newest first, optionally of one status; never the payloads. */
export async function listWebhookDeliveries(
  db: DbOrTx,
  actor: Actor,
  endpointId: string,
  filter: { status?: WebhookDeliveryStatus; page: number },
): Promise<WebhookDeliveryPage> {
  const endpoint = await readableEndpoint(db, actor, endpointId);
  const page = Math.max(1, Math.floor(filter.page));
  const d = webhookDeliveries;
  const rows = await db
    .select({
      id: d.id,
      eventType: d.eventType,
      messageId: d.messageId,
      status: d.status,
      attempts: d.attempts,
      responseStatus: d.responseStatus,
      lastError: d.lastError,
      createdAt: d.createdAt,
      sentAt: d.sentAt,
      nextAttemptAt: d.nextAttemptAt,
      trackingId: shipments.trackingId,
    })
    .from(d)
    .leftJoin(shipments, eq(shipments.id, d.shipmentId))
    .where(and(eq(d.endpointId, endpoint.id), filter.status ? eq(d.status, filter.status) : undefined))
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(DELIVERY_LOG_PAGE_SIZE + 1)
    .offset((page - 1) * DELIVERY_LOG_PAGE_SIZE);
  return { rows: rows.slice(0, DELIVERY_LOG_PAGE_SIZE), page, hasNextPage: rows.length > DELIVERY_LOG_PAGE_SIZE };
}

/** The exact body a delivery sends (for the log's "View body"), to whoever may read its endpoint. */
export async function getWebhookDeliveryPayload(db: DbOrTx, actor: Actor, deliveryId: string): Promise<string> {
  const visible = readableAccounts(db, actor, webhookDeliveries.accountId);
  if (!isUuid(deliveryId)) throw noSuchDelivery();
  const [row] = await db
    .select({ payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), visible))
    .limit(1);
  if (!row) throw noSuchDelivery();
  return row.payload;
}

/**
 * Sends a failed delivery again from scratch (same body and `webhook-id`, a fresh count of tries), if its
 * endpoint is switched on. The endpoint is locked first, as a switch-off does, so the two cannot cross.
 */
export async function retryWebhookDelivery(db: DbOrTx, actor: Actor, deliveryId: string): Promise<void> {
  const accountId = ownAccountId(actor);
  if (!isUuid(deliveryId)) throw noSuchDelivery();
  const mine = and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.accountId, accountId));
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ endpointId: webhookDeliveries.endpointId }).from(webhookDeliveries).where(mine).limit(1);
    if (!found) throw noSuchDelivery();
    const endpoint = await lockOwnEndpoint(tx, actor, found.endpointId);
    if (!endpoint.enabled) throw new WebhookConflictError('Switch the endpoint on before retrying its deliveries.');
    const retried = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()` })
      .where(and(mine, eq(webhookDeliveries.status, 'failed')))
      .returning({ id: webhookDeliveries.id });
    if (retried.length === 0) throw new WebhookConflictError('Only a failed delivery can be retried.');
    await wakeOutboxWorkers(tx);
  });
}
