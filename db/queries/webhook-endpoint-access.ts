import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import type { DbOrTx } from '../client';
import { type WebhookEndpoint, webhookEndpoints } from '../schema';
import { ownAccountId, readableAccounts } from './access';

/** A well-formed request the endpoint's state refuses (retrying a delivery that did not fail, testing a switched-off endpoint). */
export class WebhookConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookConflictError';
  }
}

export const noSuchEndpoint = () => new NotFoundError('No such webhook endpoint.');

/** An endpoint the actor may read; unknown and not-yours look the same. */
export async function readableEndpoint(db: DbOrTx, actor: Actor, endpointId: string): Promise<WebhookEndpoint> {
  const visible = readableAccounts(db, actor, webhookEndpoints.accountId);
  if (!isUuid(endpointId)) throw noSuchEndpoint();
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), visible))
    .limit(1);
  if (!row) throw noSuchEndpoint();
  return row;
}

/** An endpoint of the shipper's own account, locked for the write that follows in the caller's transaction. */
export async function lockOwnEndpoint(tx: DbOrTx, actor: Actor, endpointId: string): Promise<WebhookEndpoint> {
  const accountId = ownAccountId(actor);
  if (!isUuid(endpointId)) throw noSuchEndpoint();
  const [row] = await tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.accountId, accountId)))
    .for('update')
    .limit(1);
  if (!row) throw noSuchEndpoint();
  return row;
}
