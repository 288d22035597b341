import { marketplaceRefusal } from '@/lib/api/business-id';
import { apiFailure, type ApiErrorStatus, type ApiFailure, fieldError, internalFailure, invalidInput } from '@/lib/api/errors';
import { bodyTooLarge, unsupportedMediaType } from '@/lib/api/json-body';
import { CARRIER_RATE_LIMIT } from '@/lib/api/rate-limit-config';
import { schemaRef } from './carrier-schemas';

export type ErrorStatus = `${ApiErrorStatus}`;

interface ErrorCase {
  /** The response's name under `components.responses`. */
  name: string;
  description: string;
  /** An answer the API gives with this status, made by the functions the routes use. */
  example: ApiFailure;
}

// The 401, 404 and 429 texts are the data-access layer's and the tracking route's (db/queries/api-keys.ts, app/shipping/v2/tracking).
const CASES: Record<ErrorStatus, ErrorCase> = {
  '400': {
    name: 'InvalidInput',
    description:
      "The request is not the operation's model, or names a business id this portal does not serve. Every problem is listed at once, each message starting with the field's JSON path.",
    example: invalidInput([
      fieldError('shipTo.phoneNumber', 'must be at most 20 characters (got 26)'),
      fieldError('packages[0].insuredValue', 'is required'),
    ]),
  },
  '401': {
    name: 'Unauthorized',
    description: 'No API key, or one that is malformed, unknown or revoked.',
    example: apiFailure(401, 'Unauthorized', 'The access token is missing, malformed, revoked or unknown.'),
  },
  '403': {
    name: 'Forbidden',
    description: "`x-amzn-shipping-business-id` names a marketplace the key's account does not ship in.",
    example: marketplaceRefusal('FR', ['UK'])!,
  },
  '404': {
    name: 'NotFound',
    description: "No shipment with this tracking id in the key's account; another account's tracking id reads exactly like an unknown one.",
    example: apiFailure(404, 'NotFound', 'No shipment has this trackingId.'),
  },
  '413': {
    name: 'RequestEntityTooLarge',
    description: 'The request body is larger than the API accepts.',
    example: bodyTooLarge(),
  },
  '415': {
    name: 'UnsupportedMediaType',
    description: 'The request body is not sent as JSON.',
    example: unsupportedMediaType(),
  },
  '429': {
    name: 'QuotaExceeded',
    description: `More requests than the key's usage plan allows: ${CARRIER_RATE_LIMIT.perSecond} a second, in bursts of up to ${CARRIER_RATE_LIMIT.burst}. Wait the seconds \`Retry-After\` gives, then retry.`,
    example: apiFailure(429, 'QuotaExceeded', 'Too many requests for this key. Retry after 1 s.'),
  },
  '500': {
    name: 'InternalFailure',
    description: 'Something failed on our side; the request may be retried (a retried oneClickShipment is never stored twice).',
    example: internalFailure(),
  },
};

export function errorResponseName(status: ErrorStatus): string {
  return CASES[status].name;
}

/** The ErrorList body the API answers with this status. */
export function errorExample(status: ErrorStatus) {
  return { errors: CASES[status].example.errors };
}

/** `components.responses`: one per error status, each an ErrorList with an example. */
export function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(CASES) as ErrorStatus[]).map((status) => [
      CASES[status].name,
      {
        description: CASES[status].description,
        ...(status === '429'
          ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } } } }
          : {}),
        content: { 'application/json': { schema: schemaRef('ErrorList'), example: errorExample(status) } },
      },
    ]),
  );
}
