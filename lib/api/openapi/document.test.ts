import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '@/lib/otp/reason-codes';
import { buildOpenApiDocument, type CarrierModel } from './document';
import { CARRIER_MODEL, servedOpenApiDocument } from './served-document';

const document = servedOpenApiDocument();
type Json = Record<string, unknown>;
type ErrorList = { errors: { code: string; message: string; details?: string }[] };

/** Every `$ref` in the document that does not point at something in it. */
function danglingRefs(root: unknown): string[] {
  const dangling: string[] = [];
  const resolves = (ref: string) =>
    ref.startsWith('#/') &&
    ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Json)[part] : undefined), root) !== undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !resolves(value)) dangling.push(value);
        else walk(value);
      }
    }
  };
  walk(root);
  return dangling;
}

/** An ajv that reads the document's schemas as OpenAPI 3.1 does (JSON Schema 2020-12, formats checked). */
function schemaValidator(doc: { components: object }) {
  // Not strict: the carrier's schemas carry its own keyword, x-docgen-enum-table-extension.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  return (schema: Json, value: unknown) => {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : '';
    const validate = ajv.compile({ $ref: `openapi${ref}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

interface MediaExamples {
  where: string;
  schema: Json;
  value: unknown;
}

/** Every example of a request or response body in the document, with the schema it must match. */
function bodyExamples(doc: typeof document): MediaExamples[] {
  const found: MediaExamples[] = [];
  const collect = (where: string, content: unknown) => {
    const media = (content as Record<string, { schema: Json; example?: unknown; examples?: Record<string, { value: unknown }> }>)[
      'application/json'
    ]!;
    if (media.example !== undefined) found.push({ where, schema: media.schema, value: media.example });
    for (const [name, example] of Object.entries(media.examples ?? {}))
      found.push({ where: `${where} ${name}`, schema: media.schema, value: example.value });
  };
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods as Record<string, Json>)) {
      const body = operation.requestBody as { content: unknown } | undefined;
      if (body) collect(`${method} ${path} request`, body.content);
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        if (response.content) collect(`${method} ${path} ${status}`, response.content);
      }
    }
  }
  for (const [name, response] of Object.entries(doc.components.responses as Record<string, Json>)) collect(name, response.content);
  return found;
}

describe('the served OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(document) as Json);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it('resolves every $ref', () => {
    expect(danglingRefs(document)).toEqual([]);
  });

  it('holds exactly the three operations at the carrier’s paths', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    expect(operations).toEqual([
      'POST /shipping/v2/shipments/rates getRates',
      'POST /shipping/v2/oneClickShipment oneClickShipment',
      'GET /shipping/v2/tracking getTracking',
    ]);
  });

  it('keeps only the carrier definitions the operations reach, plus the extension', () => {
    const schemas = Object.keys(document.components.schemas);
    expect(schemas).toEqual(
      expect.arrayContaining(['GetRatesRequest', 'OneClickShipmentResponse', 'GetTrackingResult', 'ErrorList', 'Address']),
    );
    expect(schemas).toEqual(expect.arrayContaining(['OtpSecureDelivery', 'OtpPackageOutcome', 'OtpReason']));
    for (const unused of ['PurchaseShipmentRequest', 'CancelShipmentResponse', 'GetAccessPointsResponse', 'DirectPurchaseRequest']) {
      expect(schemas).not.toContain(unused);
    }
    expect(JSON.stringify(document)).not.toContain('#/definitions/');
  });

  it('adds otpSecureDelivery to both POST payloads, with the rules’ reason codes', () => {
    const schemas = document.components.schemas as Record<string, { properties: Record<string, Json> }>;
    for (const result of ['GetRatesResult', 'OneClickShipmentResult']) {
      expect(schemas[result]!.properties.otpSecureDelivery!.$ref).toBe('#/components/schemas/OtpSecureDelivery');
    }
    expect(schemas.GetTrackingResult!.properties.otpSecureDelivery).toBeUndefined();
    expect((schemas.OtpReason!.properties.code as { enum: string[] }).enum).toEqual(REASON_CODES);
    expect(Object.keys(schemas.ServiceSelection!.properties)).toEqual(['serviceId', 'requestToken', 'rateId']);
  });

  it('takes the key in x-amz-access-token or as a bearer token, and the five OTP marketplaces’ business ids', () => {
    expect(document.components.securitySchemes).toMatchObject({
      AccessToken: { type: 'apiKey', in: 'header', name: 'x-amz-access-token' },
      Bearer: { type: 'http', scheme: 'bearer' },
    });
    expect(document.security).toEqual([{ AccessToken: [] }, { Bearer: [] }]);
    const { schema } = document.components.parameters.ShippingBusinessId;
    expect([...schema.enum].sort()).toEqual([
      'AmazonShipping_ES',
      'AmazonShipping_FR',
      'AmazonShipping_IN',
      'AmazonShipping_IT',
      'AmazonShipping_UK',
    ]);
    expect(schema.default).toBe('AmazonShipping_UK');
  });

  it('documents every error status each operation answers, as an ErrorList with an example, and 429 with Retry-After', () => {
    const statuses = (op: Json) => Object.keys(op.responses as Json);
    expect(statuses(document.paths['/shipping/v2/shipments/rates'].post)).toEqual(['200', '400', '401', '403', '413', '415', '429', '500']);
    expect(statuses(document.paths['/shipping/v2/oneClickShipment'].post)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '413',
      '415',
      '429',
      '500',
    ]);
    expect(statuses(document.paths['/shipping/v2/tracking'].get)).toEqual(['200', '400', '401', '404', '429', '500']);
    const responses = document.components.responses as Record<string, { headers?: Json; content: Record<string, { example: ErrorList }> }>;
    expect(responses.QuotaExceeded!.headers!['Retry-After']).toBeDefined();
    const invalid = responses.InvalidInput!.content['application/json']!.example;
    expect(invalid.errors.map((e) => e.message.split(':')[0])).toEqual(['shipTo.phoneNumber', 'packages[0].insuredValue']);
  });

  it('has examples that match their schemas', () => {
    const check = schemaValidator(document);
    const examples = bodyExamples(document);
    expect(examples).toHaveLength(18);
    for (const example of examples)
      expect({ where: example.where, errors: check(example.schema, example.value) }).toEqual({ where: example.where, errors: [] });
  });

  it('shows the sample package needing a passcode and a cheap one not, judged by the real rules', () => {
    type RatesExample = { value: { payload: { otpSecureDelivery: { packages: Json[] } } } };
    const { examples } = document.paths['/shipping/v2/shipments/rates'].post.responses['200'].content['application/json'];
    const { sample, twoPackages } = examples as Record<'sample' | 'twoPackages', RatesExample>;
    expect(sample.value.payload.otpSecureDelivery.packages).toEqual([
      { packageClientReferenceId: '20231003140431gkuelozg2ys', otpRequired: true, reasons: [] },
    ]);
    const [, cheap] = twoPackages.value.payload.otpSecureDelivery.packages;
    expect(cheap).toMatchObject({ otpRequired: false, reasons: [{ code: 'BELOW_THRESHOLD' }] });
  });
});

describe('the checks themselves', () => {
  it('catch an example that does not match its schema', () => {
    const check = schemaValidator(document);
    const [rates] = bodyExamples(document).filter((e) => e.where.startsWith('post /shipping/v2/shipments/rates 200'));
    const broken = structuredClone(rates!.value) as { payload: { requestToken?: string; rates: { totalCharge: Json }[] } };
    delete broken.payload.requestToken;
    broken.payload.rates[0]!.totalCharge.unit = 'POUNDS';
    expect(check(rates!.schema, broken)).toEqual(expect.arrayContaining(["/payload must have required property 'requestToken'"]));
    expect(check(rates!.schema, broken).some((e) => e.startsWith('/payload/rates/0/totalCharge/unit'))).toBe(true);
  });

  it('catch a dangling $ref and an invalid document', async () => {
    const broken = structuredClone(document) as unknown as { components: { schemas: Json }; info?: unknown };
    delete broken.components.schemas.Address;
    expect(danglingRefs(broken)).toContain('#/components/schemas/Address');
    delete broken.info;
    expect((await new Validator().validate(broken as Json)).valid).toBe(false);
  });
});

describe('buildOpenApiDocument', () => {
  const withDefinitions = (change: (definitions: Record<string, Json>) => void): CarrierModel => {
    const definitions = structuredClone(CARRIER_MODEL.definitions);
    change(definitions);
    return { ...CARRIER_MODEL, definitions };
  };

  it('builds the served document from the carrier model', () => {
    expect(buildOpenApiDocument(CARRIER_MODEL)).toEqual(document);
  });

  it('refuses a model missing a definition the operations reach', () => {
    const model = withDefinitions((definitions) => delete definitions.Address);
    expect(() => buildOpenApiDocument(model)).toThrow("The carrier's model has no definition Address");
  });

  it('refuses a reference outside the model', () => {
    const model = withDefinitions((definitions) => {
      definitions.ErrorList = { $ref: 'https://example.test/errors.json#/ErrorList' };
    });
    expect(() => buildOpenApiDocument(model)).toThrow(/Only local definition references/);
  });
});
