import { CARRIER_RATE_LIMIT } from '@/lib/api/rate-limit-config';
import { carrierComponentSchemas, type JsonSchema } from './carrier-schemas';
import { errorResponses } from './error-responses';
import { withExtensions } from './extension-schemas';
import { BUSINESS_ID_PARAMETER, OPERATION_SCHEMAS, OPERATIONS } from './operations';

/** What the builder reads of the carrier's Swagger 2 model. */
export interface CarrierModel {
  info: { title: string; license?: { name: string; url?: string } };
  definitions: Record<string, JsonSchema>;
}

const DESCRIPTION = `The carrier's Shipping API v2, served by Shipper Central for getRates, oneClickShipment and getTracking: the same paths, headers and bodies, so code written for the carrier works here unchanged.

Send an API key from Settings → API keys in \`x-amz-access-token\` (as the carrier's SDKs do) or as \`Authorization: Bearer <key>\`. Each key may make ${CARRIER_RATE_LIMIT.perSecond} requests a second, with bursts of up to ${CARRIER_RATE_LIMIT.burst}; past that the answer is a 429 with \`Retry-After\`.

Our one addition to the carrier's answers is \`payload.otpSecureDelivery\` (schema OtpSecureDelivery) in getRates and oneClickShipment: whether each package will need a one-time passcode at delivery, and why not.`;

/** The OpenAPI 3.1 document of the three operations, built on the carrier's own definitions. */
export function buildOpenApiDocument(model: CarrierModel) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shipper Central Shipping API',
      version: 'v2',
      description: `${DESCRIPTION}\n\nThe schemas are the carrier's, from "${model.info.title}"${model.info.license ? ` (${model.info.license.name})` : ''}.`,
      ...(model.info.license ? { license: model.info.license } : {}),
    },
    servers: [{ url: '/', description: 'This portal' }],
    security: [{ AccessToken: [] }, { Bearer: [] }],
    tags: [{ name: 'shipping', description: 'Rates, shipments with labels, and tracking.' }],
    paths: OPERATIONS,
    components: {
      schemas: withExtensions(carrierComponentSchemas(model.definitions, OPERATION_SCHEMAS)),
      responses: errorResponses(),
      parameters: { ShippingBusinessId: BUSINESS_ID_PARAMETER },
      securitySchemes: {
        AccessToken: {
          type: 'apiKey',
          in: 'header',
          name: 'x-amz-access-token',
          description: "An API key (`sc_live_…`) in the header the carrier's SDKs send.",
        },
        Bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer sc_live_…`.' },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
