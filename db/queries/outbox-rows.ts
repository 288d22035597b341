import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { isFinalFailure, retryDelayMs, type RetryPolicy } from '@/lib/outbox/retry-policy';
import type { DbOrTx } from '../client';
import { notifications, webhookDeliveries } from '../schema';

/** The two outbox tables; both carry the outbox columns (status, attempts, next_attempt_at, …). */
export type OutboxTable = typeof notifications | typeof webhookDeliveries;

/**
 * How long a claimed row is left to its worker before another may take it: far longer than any one send
 * (transports time out after 10 s), so only a worker that died mid-send loses its rows to another.
 */
export const CLAIM_LEASE_MS = 60_000;

/**
 * Claims up to `limit` due rows for this worker: one statement that locks them with FOR UPDATE SKIP LOCKED
 * (a row another worker is claiming is passed over, not waited for), counts the try and moves the row's
 * next attempt a lease ahead. Any number of workers on one database never hold the same row.
 */
export async function claimDueRows<T extends OutboxTable>(db: DbOrTx, table: T, limit: number): Promise<T['$inferSelect'][]> {
  const t = table as typeof notifications;
  const due = db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.status, 'pending'), lte(t.nextAttemptAt, sql`now()`)))
    .orderBy(asc(t.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(t)
    .set({
      attempts: sql`${t.attempts} + 1`,
      lastAttemptAt: sql`now()`,
      nextAttemptAt: sql`now() + ${CLAIM_LEASE_MS} * interval '1 millisecond'`,
    })
    .where(inArray(t.id, due))
    .returning();
  return claimed as T['$inferSelect'][];
}

export interface FailedTry {
  id: string;
  attempts: number;
  error: string;
  /** Retrying cannot help (no gateway configured, a number the gateway refuses): dead-letter at once. */
  permanent: boolean;
}

/** A failed try: retried after an exponential, jittered wait, or, at the last try, left `failed` with its error. */
export async function recordFailedTry(
  db: DbOrTx,
  table: OutboxTable,
  failure: FailedTry,
  policy: RetryPolicy,
): Promise<'retry' | 'failed'> {
  const t = table as typeof notifications;
  const final = isFinalFailure(failure.attempts, policy, failure.permanent);
  await db
    .update(t)
    .set(
      final
        ? { status: 'failed', lastError: failure.error }
        : { lastError: failure.error, nextAttemptAt: sql`now() + ${retryDelayMs(failure.attempts, policy)} * interval '1 millisecond'` },
    )
    .where(and(eq(t.id, failure.id), eq(t.status, 'pending'), eq(t.attempts, failure.attempts)));
  return final ? 'failed' : 'retry';
}

/** Wakes every worker listening on PostgreSQL (at commit, when called inside a transaction). */
export async function wakeOutboxWorkers(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_notify('outbox', '')`);
}
