import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionView } from '@/db/queries/user-sessions';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';
import { signInHref } from '@/lib/validations/sign-in';
import { readServerSecrets, serverEnv } from '@/lib/env';
import { sessionView } from './session-actor';

/**
 * The session cookie's value, as next-auth writes it: named `__Secure-…` behind https, and split into
 * `.0`, `.1`, … chunks when it outgrows one cookie.
 */
async function sessionCookie(): Promise<string | null> {
  const name = `${serverEnv().NEXTAUTH_URL?.startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
  const jar = await cookies();
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!.value);
  return chunks.length > 0 ? chunks.join('') : null;
}

/**
 * The signed-in session, re-checked against the database once per request; null when signed out.
 * Pages only read the token (decrypted and its expiry checked by next-auth's own decode): next-auth's
 * getServerSession would also re-encrypt a refreshed token on every render, which a page cannot send.
 */
const currentSession = cache(async (): Promise<SessionView | null> => {
  const token = await sessionCookie();
  if (!token) return null;
  const claims = await decode({ token, secret: readServerSecrets().NEXTAUTH_SECRET }).catch(() => null);
  if (!claims?.sid || !claims.uid) return null;
  return sessionView(claims.sid, claims.uid, claims.tv);
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
