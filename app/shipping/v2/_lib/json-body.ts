import 'server-only';
import { readCappedBody } from '@/app/_lib/capped-body';
import { marketplaceOfRequest } from '@/lib/api/business-id';
import type { ApiFailure } from '@/lib/api/errors';
import { bodyTooLarge, isJsonContentType, parseJsonObject, unsupportedMediaType } from '@/lib/api/json-body';
import { API_LIMITS } from '@/lib/api/limits';
import { validateShipmentRequest, type ValidShipmentRequest } from '@/lib/api/shipment-request';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { RequestKind } from '@/lib/shipping/request-kind';

/** The request's JSON object: 415 unless sent as application/json, 413 past the size cap (never buffered further), 400 if unreadable. */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | ApiFailure> {
  if (!isJsonContentType(request.headers.get('content-type'))) return unsupportedMediaType();
  const body = await readCappedBody(request, API_LIMITS.maxBodyBytes);
  if (!body.ok) return bodyTooLarge();
  return parseJsonObject(body.bytes);
}

/**
 * A getRates or oneClickShipment request read whole: its JSON body, the marketplace of its business id, and
 * its packages validated as an upload validates them; or the first of these that fails, as the API's answer.
 */
export async function readShipmentRequest(
  request: Request,
  kind: RequestKind,
): Promise<(ValidShipmentRequest & { marketplace: Marketplace }) | ApiFailure> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const place = marketplaceOfRequest(request.headers);
  if (!place.ok) return place;
  const valid = validateShipmentRequest(kind, body.value, place.marketplace);
  return valid.ok ? { ...valid, marketplace: place.marketplace } : valid;
}
