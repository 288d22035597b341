import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimitWindows, signInFailures, userSessions } from '@/db/schema';
import { HOUR_MS } from '@/lib/time/durations';
import { createUser } from '@/tests/support/fixtures';
import { deleteExpiredAuthRows } from './expired-auth-rows';
import { startUserSession } from './user-sessions';

const ago = (now: Date, hours: number) => new Date(now.getTime() - hours * HOUR_MS);

describe('expired auth rows', () => {
  it('go, while live sessions, locks and windows stay; a second run deletes nothing', async () => {
    const db = await getDb();
    const now = new Date('2026-11-30T12:00:00Z');
    const user = await createUser('shipper');
    const live = await startUserSession(db, user.id, ago(now, 23));
    await startUserSession(db, user.id, ago(now, 25));
    await db.insert(signInFailures).values([
      { identifierKey: 'password:old@x.example', consecutiveFailures: 3, lastFailureAt: ago(now, 30) },
      { identifierKey: 'password:recent@x.example', consecutiveFailures: 3, lastFailureAt: ago(now, 1) },
      {
        identifierKey: 'password:locked@x.example',
        consecutiveFailures: 12,
        lastFailureAt: ago(now, 30),
        lockedUntil: new Date(now.getTime() + HOUR_MS),
      },
    ]);
    await db.insert(rateLimitWindows).values([
      { bucket: 'old', windowStartedAt: ago(now, 25), hits: 3 },
      { bucket: 'current', windowStartedAt: ago(now, 2), hits: 3 },
    ]);

    expect(await deleteExpiredAuthRows(db, now)).toBe(3);
    expect((await db.select().from(userSessions)).map((s) => s.id)).toEqual([live]);
    expect((await db.select().from(signInFailures)).map((f) => f.identifierKey).sort()).toEqual([
      'password:locked@x.example',
      'password:recent@x.example',
    ]);
    expect((await db.select().from(rateLimitWindows)).map((w) => w.bucket)).toEqual(['current']);
    expect(await deleteExpiredAuthRows(db, now)).toBe(0);
  });
});
