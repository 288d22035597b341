import 'server-only';
import { readCappedBody } from '@/app/_lib/capped-body';
import type { ApiFailure } from '@/lib/api/errors';
import { bodyTooLarge, isJsonContentType, parseJsonObject, unsupportedMediaType } from '@/lib/api/json-body';
import { API_LIMITS } from '@/lib/api/limits';

/** The request's JSON object: 415 unless sent as application/json, 413 past the size cap (never buffered further), 400 if unreadable. */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | ApiFailure> {
  if (!isJsonContentType(request.headers.get('content-type'))) return unsupportedMediaType();
  const body = await readCappedBody(request, API_LIMITS.maxBodyBytes);
  if (!body.ok) return bodyTooLarge();
  return parseJsonObject(body.bytes);
}
