import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { getActor } from './session';

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ ok: false, message, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A state-changing request must come from our own pages: the browser's Origin (or, failing that,
 * Sec-Fetch-Site) must name this site. Server actions get this check from Next.js; route handlers do not.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin';
}

/** The session's actor for a route handler, or the response that refuses the request. */
export async function routeActor(request: Request, roles: readonly Role[], opts: { mutating: boolean }): Promise<Actor | Response> {
  if (opts.mutating && !isSameOrigin(request)) return jsonError(403, 'Cross-site requests are refused.');
  const actor = await getActor();
  if (!actor) return jsonError(401, 'Your session has ended. Please sign in again.');
  if (!roles.includes(actor.role)) return jsonError(403, 'Your role may not do this.');
  return actor;
}
