import 'server-only';
import { and, desc, eq, inArray, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import { MESSAGE_LOG_PAGE_SIZE, MESSAGE_STATUSES, type MessageLogQuery, type MessageStatus } from '@/lib/messages/log-query';
import type { MessageLogRow } from '@/lib/messages/log-row-view';
import { maskAddress } from '@/lib/messages/mask-address';
import { NEVER_RETRIED_TEMPLATES } from '@/lib/messages/retry-rule';
import { SIGN_IN_CODE_TEMPLATE } from '@/lib/messages/sign-in-code';
import type { DbOrTx } from '../client';
import { notifications, shipments, shipperAccounts } from '../schema';
import { assertRole, readableAccounts, resolveAccountAccess } from './access';
import { wakeOutboxWorkers } from './outbox-rows';
import { COUNT_CAP, type CappedCount } from './tracker';

export interface ShipperMessagePage {
  rows: MessageLogRow[];
  page: number;
  hasNextPage: boolean;
  /** Messages per status under the view's other filters, capped like the tracker's. */
  counts: Record<MessageStatus, CappedCount>;
}

/** The view's filters but its status. A named account must be one the actor may see; unknown and not-yours look the same. */
async function baseFilters(db: DbOrTx, actor: Actor, query: MessageLogQuery): Promise<SQL[]> {
  const accounts = query.account
    ? eq(notifications.accountId, await resolveAccountAccess(db, actor, query.account))
    : readableAccounts(db, actor, notifications.accountId);
  // Sign-in codes have no account, so the account condition already leaves them out; this says so twice.
  const where = [accounts, ne(notifications.template, SIGN_IN_CODE_TEMPLATE)];
  if (query.template) where.push(eq(notifications.template, query.template));
  if (query.trackingId) {
    where.push(
      inArray(notifications.shipmentId, db.select({ id: shipments.id }).from(shipments).where(eq(shipments.trackingId, query.trackingId))),
    );
  }
  return where;
}

async function cappedCount(db: DbOrTx, where: SQL | undefined): Promise<CappedCount> {
  const capped = db
    .select({ one: sql`1` })
    .from(notifications)
    .where(where)
    .limit(COUNT_CAP + 1);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(capped.as('capped'));
  const n = row?.n ?? 0;
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/**
 * One page of the recipient messages of the actor's accounts, newest first, with counts per status. The
 * destination is masked; bodies and sealed secrets are never selected.
 */
export async function listShipperMessages(db: DbOrTx, actor: Actor, query: MessageLogQuery): Promise<ShipperMessagePage> {
  assertRole(actor, ['shipper', 'account_manager']);
  const base = await baseFilters(db, actor, query);
  const where = and(...base, query.status ? eq(notifications.status, query.status) : undefined);
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: notifications.id,
        createdAt: notifications.createdAt,
        sentAt: notifications.sentAt,
        channel: notifications.channel,
        template: notifications.template,
        toAddress: notifications.toAddress,
        status: notifications.status,
        attempts: notifications.attempts,
        lastError: notifications.lastError,
        nextAttemptAt: notifications.nextAttemptAt,
        trackingId: shipments.trackingId,
        marketplace: shipments.marketplace,
        accountName: shipperAccounts.name,
      })
      .from(notifications)
      .innerJoin(shipperAccounts, eq(shipperAccounts.id, notifications.accountId))
      .leftJoin(shipments, eq(shipments.id, notifications.shipmentId))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(MESSAGE_LOG_PAGE_SIZE + 1)
      .offset((query.page - 1) * MESSAGE_LOG_PAGE_SIZE),
    Promise.all(MESSAGE_STATUSES.map((status) => cappedCount(db, and(...base, eq(notifications.status, status))))),
  ]);
  return {
    rows: rows
      .slice(0, MESSAGE_LOG_PAGE_SIZE)
      .map(({ toAddress, ...row }) => ({ ...row, to: maskAddress(row.channel, toAddress, row.marketplace) })),
    page: query.page,
    hasNextPage: rows.length > MESSAGE_LOG_PAGE_SIZE,
    counts: Object.fromEntries(MESSAGE_STATUSES.map((status, n) => [status, counted[n]])) as Record<MessageStatus, CappedCount>,
  };
}

/**
 * Sends a failed message again from scratch: one conditional UPDATE puts it back in the queue (a fresh count
 * of tries, due now, its last error kept for the log) only if it failed, is not a passcode or sign-in code,
 * and belongs to an account the actor may see; the workers are woken when the transaction commits.
 * Anything else is the same "no such message".
 */
export async function retryFailedMessage(db: DbOrTx, actor: Actor, messageId: string): Promise<void> {
  const visible = readableAccounts(db, actor, notifications.accountId);
  if (!isUuid(messageId)) throw new NotFoundError('No such failed message.');
  await db.transaction(async (tx) => {
    const retried = await tx
      .update(notifications)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()` })
      .where(
        and(
          eq(notifications.id, messageId),
          eq(notifications.status, 'failed'),
          notInArray(notifications.template, [...NEVER_RETRIED_TEMPLATES]),
          visible,
        ),
      )
      .returning({ id: notifications.id });
    if (retried.length === 0) throw new NotFoundError('No such failed message.');
    await wakeOutboxWorkers(tx);
  });
}
