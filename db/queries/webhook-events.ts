import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { webhookBody } from '@/lib/webhooks/events';
import type { WebhookEvent } from '@/lib/webhooks/shipment-events';
import type { DbOrTx, Tx } from '../client';
import { webhookEndpoints } from '../schema';

/**
 * Queues events for every enabled endpoint of the account that subscribes to their type, in the caller's
 * transaction (one statement, however many events and endpoints). Each delivery gets its own `webhook-id`
 * and keeps it, and its exact body, across retries.
 */
export async function enqueueWebhookEvents(tx: Tx, accountId: string, events: readonly WebhookEvent[], at = new Date()): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({ type: e.type, shipment_id: e.shipmentId, body: webhookBody(e.type, e.data, at) }));
  await tx.execute(sql`
    insert into webhook_deliveries (message_id, endpoint_id, account_id, event_type, shipment_id, payload)
    select 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, e.account_id, x.type, x.shipment_id, x.body
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(type text, shipment_id uuid, body text)
    join webhook_endpoints e on e.account_id = ${accountId}::uuid and e.enabled and x.type = any(e.events)
  `);
}

/** Whether any enabled endpoint of the account wants this event type (a large upload skips building events otherwise). */
export async function hasWebhookSubscribers(db: DbOrTx, accountId: string, type: string): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.accountId, accountId), eq(webhookEndpoints.enabled, true), sql`${type} = any(${webhookEndpoints.events})`),
    )
    .limit(1);
  return row !== undefined;
}
