import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { loadSessionActor } from '@/db/queries/user-sessions';
import type { Actor } from '@/lib/auth/actor';

/**
 * The actor of a session token's claims, checked once per request: next-auth's jwt callback and the
 * pages' getActor ask with the same claims and share the answer.
 */
export const sessionActor = cache(async (sessionId: string, userId: string, tokenVersion: number): Promise<Actor | null> =>
  loadSessionActor(await getDb(), { sessionId, userId, tokenVersion }),
);
