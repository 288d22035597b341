import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { loadSession, type SessionView } from '@/db/queries/user-sessions';

/**
 * The session of a token's claims, checked once per request: next-auth's jwt callback, the pages' getActor
 * and the header's account name ask with the same claims and share the answer.
 */
export const sessionView = cache(async (sessionId: string, userId: string, tokenVersion: number): Promise<SessionView | null> =>
  loadSession(await getDb(), { sessionId, userId, tokenVersion }),
);
