import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { needsTouch, sessionEndAt } from '@/lib/auth/session-policy';
import { isUuid } from '@/lib/ids/uuid';
import type { DbOrTx } from '../client';
import { shipperAccounts, userSessions, users } from '../schema';
import { actorColumns, actorFromUser } from './users';

/** What a session token claims; every claim is checked against the database on each request. */
export interface SessionClaims {
  sessionId: string;
  userId: string;
  tokenVersion: number;
}

/** A new session at sign-in; its id goes into the token. */
export async function startUserSession(db: DbOrTx, userId: string, now = new Date()): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, signedInAt: now, lastSeenAt: now }).returning({ id: userSessions.id });
  return row!.id;
}

/** A live session's actor, and the shipper account's name the header shows beside it (null for other roles). */
export interface SessionView {
  actor: Actor;
  accountName: string | null;
}

/**
 * The actor behind a session token, or null once it is over: signed out (revoked, or the user's token
 * version bumped), 24 hours after sign-in, idle too long for the role, or the user disabled. Marks the
 * session used, at most once a minute. Every request asks: one statement reads the actor's columns and
 * the account's name.
 */
export async function loadSession(db: DbOrTx, claims: SessionClaims, now = new Date()): Promise<SessionView | null> {
  if (!isUuid(claims.sessionId) || !isUuid(claims.userId)) return null;
  const [row] = await db
    .select({
      user: actorColumns,
      accountName: shipperAccounts.name,
      session: {
        id: userSessions.id,
        signedInAt: userSessions.signedInAt,
        lastSeenAt: userSessions.lastSeenAt,
        revokedAt: userSessions.revokedAt,
      },
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(shipperAccounts, eq(shipperAccounts.id, users.accountId))
    .where(
      and(
        eq(userSessions.id, claims.sessionId),
        eq(users.id, claims.userId),
        eq(users.tokenVersion, claims.tokenVersion),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  if (!row || sessionEndAt(row.session, row.user.role, now)) return null;
  if (needsTouch(row.session, now)) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.id, row.session.id), isNull(userSessions.revokedAt)));
  }
  return { actor: actorFromUser(row.user), accountName: row.user.role === 'shipper' ? row.accountName : null };
}

/** Sign-out ends this session and, through the token version, every other session of the user. */
export async function endUserSessions(db: DbOrTx, claims: Pick<SessionClaims, 'sessionId' | 'userId'>, now = new Date()): Promise<void> {
  if (!isUuid(claims.userId)) return;
  if (isUuid(claims.sessionId)) {
    await db.update(userSessions).set({ revokedAt: now }).where(eq(userSessions.id, claims.sessionId));
  }
  await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, claims.userId));
}
