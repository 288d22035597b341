import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { authOptions } from './auth-options';
import { sessionActor } from './session-actor';

/** The signed-in actor, re-checked against the database once per request; null when signed out. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sessionId) return null;
  return sessionActor(session.sessionId, session.user.id, session.tokenVersion);
});

/** For pages and layouts: signed-out visitors go to sign-in; other roles get the 403 page. */
export async function requirePageActor(roles: readonly Role[], returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
