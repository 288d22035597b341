import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import {
  formatPath,
  getRatesRequestSchema,
  oneClickShipmentRequestSchema,
  requestKind,
  validate,
  type RequestKind,
} from '@/lib/shipping/schema';
import { DuplicateReferences } from '@/lib/upload/duplicate-references';
import { collectRequest, type JsonCollector } from '@/lib/upload/json-request';
import type { ParsedPackage, RejectedRow } from '@/lib/upload/types';
import { BUSINESS_ID_HEADER, businessIdOf } from './business-id';
import { fieldError, invalidInput, type ApiError, type ApiFailure } from './errors';
import { API_LIMITS } from './limits';

/** A request body that passed the upload's own validation, as the packages the upload would store. */
export interface ValidShipmentRequest {
  ok: true;
  packages: ParsedPackage[];
  /** The requested pickup, or now (the model's default). */
  shipDate: Date;
  /** The whole body, valid: the operation's own fields (labelSpecifications, serviceSelection) are read from it. */
  body: Record<string, unknown>;
}

// collectRequest writes "<label> › <field>: <problem>" (or "<label>: <problem>"); the API names the field alone.
const LABEL = 'request';
const LABEL_PREFIXES = [`${LABEL} › `, `${LABEL}: `];

function apiErrorOf(message: string): ApiError {
  const prefix = LABEL_PREFIXES.find((candidate) => message.startsWith(candidate));
  return fieldError('', prefix === undefined ? message : message.slice(prefix.length));
}

function rejectionErrors(rejected: readonly RejectedRow[]): ApiError[] {
  return rejected.flatMap((row) => row.errors.map((error) => apiErrorOf(error.message)));
}

/** A body of the other operation (one-click fields sent to getRates, or none of them to oneClickShipment): its model's own errors. */
function wrongModelErrors(kind: RequestKind, body: Record<string, unknown>): ApiError[] {
  const result = validate(kind === 'oneClick' ? oneClickShipmentRequestSchema : getRatesRequestSchema, body);
  return result.ok ? [] : result.issues.map((issue) => fieldError(formatPath(issue.path), issue.message));
}

function marketplaceErrors(kind: RequestKind, marketplace: Marketplace, packages: readonly ParsedPackage[]): ApiError[] {
  const shipTo = packages[0]?.shipTo ?? null;
  if (shipTo === null) {
    return kind === 'oneClick' ? [fieldError('shipTo', 'is required: the label is printed with the recipient address')] : [];
  }
  const { countryCode } = MARKETPLACES[marketplace];
  if (shipTo.countryCode === countryCode) return [];
  return [
    fieldError(
      'shipTo.countryCode',
      `must be ${countryCode}: ${BUSINESS_ID_HEADER} ${businessIdOf(marketplace)} delivers in ${MARKETPLACES[marketplace].name} only (got ${JSON.stringify(shipTo.countryCode)})`,
    ),
  ];
}

/**
 * Validates a getRates or oneClickShipment body with the upload's parser (lib/upload/json-request.ts, the shared
 * schemas and their messages): any problem refuses the whole request, each error naming its field by JSON path.
 * The recipient must live in the marketplace of the request's business id.
 */
export function validateShipmentRequest(
  kind: RequestKind,
  body: Record<string, unknown>,
  marketplace: Marketplace,
): ValidShipmentRequest | ApiFailure {
  if (requestKind(body) !== kind) return invalidInput(wrongModelErrors(kind, body));
  if (Array.isArray(body.packages) && body.packages.length > API_LIMITS.maxPackages) {
    return invalidInput([
      fieldError('packages', `must have at most ${API_LIMITS.maxPackages} entries per request (got ${body.packages.length})`),
    ]);
  }
  const out: JsonCollector = { packages: [], rejected: [], references: new DuplicateReferences() };
  collectRequest(body, LABEL, out);
  if (out.rejected.length > 0) return invalidInput(rejectionErrors(out.rejected));
  const placeErrors = marketplaceErrors(kind, marketplace, out.packages);
  if (placeErrors.length > 0) return invalidInput(placeErrors);
  const shipDate = typeof body.shipDate === 'string' ? new Date(body.shipDate) : new Date();
  return { ok: true, packages: out.packages, shipDate, body };
}
