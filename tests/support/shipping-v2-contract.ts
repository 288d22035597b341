import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { ApiOperation } from '@/lib/api/shipping-v2-types';

/** The carrier's Shipping API v2 model (Swagger 2), as copied into the fixtures with its licence line. */
const MODEL = JSON.parse(readFileSync(new URL('../fixtures/shippingV2.json', import.meta.url), 'utf8')) as {
  definitions: Record<string, unknown>;
};

// Swagger 2 schema objects are JSON Schema draft-04 with extra keywords (x-…, example, discriminator):
// strict off lets Ajv ignore those, while every type, required, enum and date-time format is checked.
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
ajv.addSchema({ $id: 'shippingV2', definitions: MODEL.definitions });

export type ModelDefinition = 'GetRatesResponse' | 'OneClickShipmentResponse' | 'GetTrackingResponse' | 'ErrorList';

export const SUCCESS_DEFINITION: Readonly<Record<ApiOperation, ModelDefinition>> = Object.freeze({
  getRates: 'GetRatesResponse',
  oneClickShipment: 'OneClickShipmentResponse',
  getTracking: 'GetTrackingResponse',
});

/** Where `body` breaks the model's definition, or an empty list when it validates. */
export function modelViolations(definition: ModelDefinition, body: unknown): string[] {
  const validate = ajv.getSchema(`shippingV2#/definitions/${definition}`);
  if (!validate) throw new Error(`the model has no definition ${definition}`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`);
}

export interface CheckedResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Every answer the API gives in the tests passes through here: a JSON body that validates against the model's
 * definition for its status (the operation's response for 200, ErrorList for every other status).
 */
export async function contractChecked<T = Record<string, unknown>>(
  operation: ApiOperation,
  response: Response,
): Promise<CheckedResponse<T>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(`${operation} answered ${response.status} with content-type "${type}"`);
  const body = (await response.json()) as T;
  const definition = response.status === 200 ? SUCCESS_DEFINITION[operation] : 'ErrorList';
  const violations = modelViolations(definition, body);
  if (violations.length > 0) {
    throw new Error(
      `${operation} answered ${response.status} with a body that does not match the model's ${definition}: ${violations.join('; ')}`,
    );
  }
  return { status: response.status, headers: response.headers, body };
}
