import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { getActor } from './session';

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ ok: false, message, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The session's actor for a route handler, or the response that refuses the request. */
export async function routeActor(request: Request, roles: readonly Role[], opts: { mutating: boolean }): Promise<Actor | Response> {
  if (opts.mutating && !isSameOriginRequest(request.headers)) return jsonError(403, 'Cross-site requests are refused.');
  const actor = await getActor();
  if (!actor) return jsonError(401, 'Your session has ended. Please sign in again.');
  if (!roles.includes(actor.role)) return jsonError(403, 'Your role may not do this.');
  return actor;
}
