import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { RateLimitRule } from '@/lib/auth/sign-in-limits';
import type { DbOrTx } from '../client';
import { rateLimitWindows } from '../schema';

/** One hit counted in a bucket's current window; `hits` includes it. */
export interface RateLimitHit {
  bucket: string;
  windowStartedAt: Date;
  hits: number;
}

export type RateLimitTake = { allowed: true; taken: RateLimitHit[] } | { allowed: false; retryAt: Date };

const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Counts one hit against the rule in every key's bucket, in one statement: a bucket whose window has
 * passed starts a new one, a full one is left as it is. Allowed only when every bucket had room (those
 * that had keep the hit). Parallel calls cannot overshoot: each row update sees the one before it.
 */
export async function takeRateLimitHits(db: DbOrTx, rule: RateLimitRule, keys: readonly string[], now: Date): Promise<RateLimitTake> {
  const buckets = [...new Set(keys)].sort().map((key) => `${rule.name}:${key}`);
  const windowPassed = sql`${rateLimitWindows.windowStartedAt} <= ${timestamp(new Date(now.getTime() - rule.windowMs))}`;
  const taken = await db
    .insert(rateLimitWindows)
    .values(buckets.map((bucket) => ({ bucket, windowStartedAt: now, hits: 1 })))
    .onConflictDoUpdate({
      target: rateLimitWindows.bucket,
      set: {
        windowStartedAt: sql`CASE WHEN ${windowPassed} THEN excluded.window_started_at ELSE ${rateLimitWindows.windowStartedAt} END`,
        hits: sql`CASE WHEN ${windowPassed} THEN 1 ELSE ${rateLimitWindows.hits} + 1 END`,
      },
      setWhere: sql`${windowPassed} OR ${rateLimitWindows.hits} < ${rule.limit}`,
    })
    .returning();
  if (taken.length === buckets.length) return { allowed: true, taken };

  const full = buckets.filter((bucket) => !taken.some((t) => t.bucket === bucket));
  const [latest] = await db
    .select({ startedAt: sql`max(${rateLimitWindows.windowStartedAt})`.mapWith(rateLimitWindows.windowStartedAt) })
    .from(rateLimitWindows)
    .where(inArray(rateLimitWindows.bucket, full));
  return { allowed: false, retryAt: new Date((latest?.startedAt ?? now).getTime() + rule.windowMs) };
}

/** Gives a hit back (an attempt that turned out not to count), unless its window has since restarted. */
export async function releaseRateLimitHits(db: DbOrTx, taken: RateLimitHit[]): Promise<void> {
  for (const hit of taken) {
    await db
      .update(rateLimitWindows)
      .set({ hits: sql`${rateLimitWindows.hits} - 1` })
      .where(
        and(
          eq(rateLimitWindows.bucket, hit.bucket),
          eq(rateLimitWindows.windowStartedAt, hit.windowStartedAt),
          gt(rateLimitWindows.hits, 0),
        ),
      );
  }
}

/** When a hit's window ends. */
export function windowEndOf(hit: RateLimitHit, rule: RateLimitRule): Date {
  return new Date(hit.windowStartedAt.getTime() + rule.windowMs);
}
