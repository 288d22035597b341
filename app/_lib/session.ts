import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionView } from '@/db/queries/user-sessions';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';
import { signInHref } from '@/lib/validations/sign-in';
import { authOptions } from './auth-options';
import { sessionView } from './session-actor';

/** The signed-in session, re-checked against the database once per request; null when signed out. */
const currentSession = cache(async (): Promise<SessionView | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sessionId) return null;
  return sessionView(session.sessionId, session.user.id, session.tokenVersion);
});

/** The signed-in actor; null when signed out. */
export async function getActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}

/** The signed-in shipper's account name for the header; null for other roles or signed out. */
export async function getSessionAccountName(): Promise<string | null> {
  return (await currentSession())?.accountName ?? null;
}

/**
 * For pages and layouts: signed-out visitors go to sign-in and come back to the page's whole address
 * (a shared tracker link keeps its filters); other roles get the 403 page.
 */
export async function requirePageActor(roles: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER)));
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
