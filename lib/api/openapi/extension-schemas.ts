import { REASON_CODES } from '@/lib/otp/reason-codes';
import { type JsonSchema, schemaRef } from './carrier-schemas';

/** Shipper Central's own schemas beside the carrier's, for the one field each POST answer adds. */
export const EXTENSION_SCHEMAS: Readonly<Record<string, JsonSchema>> = Object.freeze({
  OtpSecureDelivery: {
    type: 'object',
    description:
      "Shipper Central's extension to the carrier's model: for each package of the request, whether the recipient will have to tell the delivery associate a one-time passcode (OTP Secure Delivery), and every reason why not when they won't.",
    required: ['packages'],
    properties: {
      packages: { type: 'array', description: "One entry per package, in the request's order.", items: schemaRef('OtpPackageOutcome') },
    },
  },
  OtpPackageOutcome: {
    type: 'object',
    description: "One package's OTP outcome.",
    required: ['packageClientReferenceId', 'otpRequired', 'reasons'],
    properties: {
      packageClientReferenceId: schemaRef('PackageClientReferenceId'),
      otpRequired: {
        type: 'boolean',
        description: 'When true, the package is handed over only against the passcode sent to the recipient.',
      },
      reasons: {
        type: 'array',
        description: 'Why no passcode will be needed, one entry per rule the package fails, in rule order; empty when otpRequired is true.',
        items: schemaRef('OtpReason'),
      },
    },
  },
  OtpReason: {
    type: 'object',
    description: 'A rule of OTP Secure Delivery that the package fails.',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string', enum: [...REASON_CODES], description: 'Which rule, as a stable code.' },
      message: { type: 'string', description: 'What it means and how to change it, in English.' },
    },
  },
});

const OTP_FIELD = {
  otpSecureDelivery: {
    ...schemaRef('OtpSecureDelivery'),
    description: "Shipper Central's extension (not in the carrier's model): each package's OTP outcome.",
  },
};

/**
 * The carrier's schemas with this API's additions: the OTP outcome in both POST answers' payloads, and a
 * getRates answer's token and rate as another way to choose the service of a oneClickShipment.
 */
export function withExtensions(schemas: Readonly<Record<string, JsonSchema>>): Record<string, JsonSchema> {
  const extend = (name: string, properties: Record<string, JsonSchema>): JsonSchema => {
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`No schema ${name} to extend`);
    return { ...schema, properties: { ...(schema.properties as Record<string, JsonSchema>), ...properties } };
  };
  return {
    ...schemas,
    GetRatesResult: extend('GetRatesResult', OTP_FIELD),
    OneClickShipmentResult: extend('OneClickShipmentResult', OTP_FIELD),
    ServiceSelection: extend('ServiceSelection', {
      requestToken: {
        ...schemaRef('RequestToken'),
        description:
          "Shipper Central's extension: the requestToken of a getRates answer for the same packages, to ship with one of its rates.",
      },
      rateId: {
        ...schemaRef('RateId'),
        description:
          "Shipper Central's extension: with requestToken, the rateId of the chosen rate of that answer; its service must be in serviceId.",
      },
    }),
    ...EXTENSION_SCHEMAS,
  };
}
