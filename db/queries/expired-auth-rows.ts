import 'server-only';
import { and, isNull, lt, lte, or } from 'drizzle-orm';
import { SESSION_ABSOLUTE_MS } from '@/lib/auth/session-policy';
import { FAILURE_MEMORY_MS } from '@/lib/auth/sign-in-limits';
import { DAY_MS } from '@/lib/time/durations';
import type { DbOrTx } from '../client';
import { rateLimitWindows, signInFailures, userSessions } from '../schema';

/** The longest rate-limit window (a day); a window that started before this has ended. */
const LONGEST_WINDOW_MS = DAY_MS;

/**
 * Deletes what no longer limits or lets anyone in: sessions past their 24 hours, failure counts that are
 * forgotten and unlocked, ended rate-limit windows. Each is one idempotent DELETE (any instance, any time).
 */
export async function deleteExpiredAuthRows(db: DbOrTx, now: Date): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const sessions = await db
    .delete(userSessions)
    .where(lt(userSessions.signedInAt, before(SESSION_ABSOLUTE_MS)))
    .returning({ id: userSessions.id });
  const failures = await db
    .delete(signInFailures)
    .where(
      and(
        lte(signInFailures.lastFailureAt, before(FAILURE_MEMORY_MS)),
        or(isNull(signInFailures.lockedUntil), lte(signInFailures.lockedUntil, now)),
      ),
    )
    .returning({ key: signInFailures.identifierKey });
  const windows = await db
    .delete(rateLimitWindows)
    .where(lt(rateLimitWindows.windowStartedAt, before(LONGEST_WINDOW_MS)))
    .returning({ bucket: rateLimitWindows.bucket });
  return sessions.length + failures.length + windows.length;
}
