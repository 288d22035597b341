import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ApiFailure, ErrorList } from '@/lib/api/errors';

export type ApiResult = { ok: true; body: object } | ApiFailure;

/** The answer to an API call: the payload (200) or the model's ErrorList with its status (and Retry-After on 429). */
export function apiResponse(result: ApiResult): Response {
  const headers = new Headers({ 'cache-control': 'no-store', 'x-amzn-RequestId': randomUUID() });
  if (result.ok) return Response.json(result.body, { status: 200, headers });
  if (result.retryAfterSeconds !== undefined) headers.set('retry-after', String(result.retryAfterSeconds));
  const body: ErrorList = { errors: result.errors };
  return Response.json(body, { status: result.status, headers });
}
