import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { webhookDeliveries, webhookEndpoints } from '../schema';

/** Failed tries in a row (across deliveries) after which an endpoint is switched off and its shipper told. */
export const DISABLE_AFTER_FAILURES = 20;

export interface EndpointTries {
  endpointId: string;
  succeeded: number;
  failed: number;
  lastError: string | null;
}

/**
 * Keeps each endpoint's run of failures: a success ends it; a run reaching DISABLE_AFTER_FAILURES switches
 * the endpoint off with the reason (the settings page shows it) and ends its queued deliveries, in one
 * transaction so a re-enable can never race with the switch-off.
 */
export async function recordEndpointTries(db: DbOrTx, tries: readonly EndpointTries[]): Promise<void> {
  for (const t of tries) {
    if (t.succeeded > 0) {
      await db.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, t.endpointId));
      continue;
    }
    await db.transaction(async (tx) => {
      const [endpoint] = await tx
        .update(webhookEndpoints)
        .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + ${t.failed}` })
        .where(eq(webhookEndpoints.id, t.endpointId))
        .returning({ failures: webhookEndpoints.consecutiveFailures, enabled: webhookEndpoints.enabled });
      if (!endpoint?.enabled || endpoint.failures < DISABLE_AFTER_FAILURES) return;
      const reason = `Switched off after ${endpoint.failures} failed deliveries in a row. Last error: ${t.lastError ?? 'unknown'}`;
      await tx
        .update(webhookEndpoints)
        .set({ enabled: false, disabledReason: reason, disabledAt: sql`now()` })
        .where(eq(webhookEndpoints.id, t.endpointId));
      await failQueuedDeliveries(tx, [t.endpointId], 'endpoint switched off after repeated failures');
    });
  }
}

/** Ends the queued deliveries of endpoints that will not receive them (switched off or deleted). */
export async function failQueuedDeliveries(db: DbOrTx, endpointIds: readonly string[], reason: string): Promise<void> {
  if (endpointIds.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ status: 'failed', lastError: reason })
    .where(and(inArray(webhookDeliveries.endpointId, [...endpointIds]), eq(webhookDeliveries.status, 'pending')));
}
