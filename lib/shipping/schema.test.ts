import { isCollectOnDeliveryId } from '@/lib/otp/carrier-mapping';
import { describe, expect, it } from 'vitest';
import { sampleGetRatesRequest, sampleOneClickRequest, samplePackage, sampleShipTo } from './sample-package';
import {
  addressSchema,
  currencySchema,
  dimensionsSchema,
  formatPath,
  getRatesRequestSchema,
  itemSchema,
  oneClickShipmentRequestSchema,
  packageSchema,
  shipmentRequestSchema,
  validate,
  weightSchema,
} from './schema';

/** "path: message" for each problem, or [] when valid. */
function problems(schema: Parameters<typeof validate>[0], input: unknown): string[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('addressSchema (lengths from the model)', () => {
  it.each([
    ['name', 'N'.repeat(50), []],
    ['name', 'N'.repeat(51), ['name: must be at most 50 characters (got 51)']],
    ['name', '', ['name: must not be empty']],
    ['name', '   ', ['name: must not be blank']],
    ['addressLine1', 'A'.repeat(61), ['addressLine1: must be at most 60 characters (got 61)']],
    ['addressLine2', 'A'.repeat(60), []],
    ['countryCode', 'gb', ['countryCode: must be a 2-letter ISO 3166-1 country code in capitals, e.g. GB']],
    ['countryCode', 'GBR', ['countryCode: must be a 2-letter ISO 3166-1 country code in capitals, e.g. GB']],
    ['email', `${'a'.repeat(52)}@example.com`, []],
    ['email', `${'a'.repeat(53)}@example.com`, ['email: must be at most 64 characters (got 65)']],
    [
      'email',
      'jane@example.com\r\nBcc: all@example.com',
      [
        'email: must not contain control characters such as line breaks, tabs or NUL',
        'email: must be an email address such as name@example.com',
      ],
    ],
    ['email', 'not-an-email', ['email: must be an email address such as name@example.com']],
    ['phoneNumber', '+91 98765 43210 1234', []],
    ['phoneNumber', '+91 98765 43210 12345', ['phoneNumber: must be at most 20 characters (got 21)']],
    ['phoneNumber', '', ['phoneNumber: must not be empty']],
    ['city', 5, ['city: must be text (got 5)']],
  ] as const)('%s = %j', (field, value, expected) => {
    expect(problems(addressSchema, { ...sampleShipTo(), [field]: value })).toEqual(expected);
  });

  it('refuses unknown keys by name', () => {
    expect(problems(addressSchema, { ...sampleShipTo(), shipperAccountId: 'B' })).toEqual([
      'shipperAccountId: unknown field "shipperAccountId" is not allowed',
    ]);
  });

  it('a 50 000-character value is checked in well under 50 ms', () => {
    const started = performance.now();
    problems(addressSchema, { ...sampleShipTo(), email: `${'a'.repeat(50_000)}!`, phoneNumber: 'a'.repeat(50_000) });
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('currencySchema', () => {
  it.each([
    [{ value: 115.01, unit: 'GBP' }, []],
    [{ value: 0, unit: 'INR' }, []],
    [{ value: 1, unit: 'gbp' }, ['unit: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "gbp")']],
    [{ value: 1, unit: 'RS' }, ['unit: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "RS")']],
    [{ value: 1, unit: '₹' }, ['unit: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "₹")']],
    [{ value: 1, unit: 'INRR' }, ['unit: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "INRR")']],
    [{ value: 1, unit: 'XYZ' }, ['unit: is not an ISO 4217 currency code (got "XYZ")']],
    [{ value: 1, unit: 356 }, ['unit: must be text (got 356)']],
    [{ value: 1, unit: null }, ['unit: must be text (got null)']],
    [{ value: '12', unit: 'GBP' }, ['value: must be a number (got "12")']],
    [{ value: 12.345, unit: 'INR' }, ['value: must have at most 2 decimal places; it is never rounded (got 12.345)']],
    [{ value: Infinity, unit: 'GBP' }, ['value: must be a finite number (got Infinity)']],
    [{ unit: 'GBP' }, ['value: is required']],
  ])('%j', (input, expected) => {
    expect(problems(currencySchema, input)).toEqual(expected);
  });
});

describe('weightSchema and dimensionsSchema', () => {
  it.each([
    [weightSchema, { unit: 'GRAM', value: 1 }, []],
    [weightSchema, { unit: 'KG', value: 1 }, ['unit: must be one of GRAM, KILOGRAM, OUNCE, POUND (got "KG")']],
    [weightSchema, { unit: 'POUND', value: 0 }, ['value: must be greater than 0 (got 0)']],
    [weightSchema, { unit: 'POUND', value: -5 }, ['value: must be greater than 0 (got -5)']],
    [dimensionsSchema, { length: 1, width: 1, height: 1, unit: 'INCH' }, []],
    [dimensionsSchema, { length: 1e6, width: 1, height: 1, unit: 'CENTIMETER' }, ['length: must be at most 10000 (got 1000000)']],
    [dimensionsSchema, { length: 1, width: 1, height: 1, unit: 'METER' }, ['unit: must be one of INCH, CENTIMETER (got "METER")']],
  ] as const)('%#', (schema, input, expected) => {
    expect(problems(schema, input)).toEqual(expected);
  });
});

describe('itemSchema and packageSchema', () => {
  it.each([
    [{ quantity: 1 }, []],
    [{ quantity: 1.5 }, ['quantity: must be a whole number (got 1.5)']],
    [{ quantity: 0 }, ['quantity: must be at least 1 (got 0)']],
    [{ quantity: 2 ** 53 + 1 }, ['quantity: must be at most 1000000 (got 9007199254740992)']],
    [{ quantity: '1' }, ['quantity: must be a number (got "1")']],
    [{}, ['quantity: is required']],
    [{ quantity: 1, description: 'd'.repeat(251) }, ['description: must be at most 250 characters (got 251)']],
    [{ quantity: 1, itemIdentifier: 'i'.repeat(101) }, ['itemIdentifier: must be at most 100 characters (got 101)']],
    [{ quantity: 1, serialNumbers: ['A1'], productType: 'Book', liquidVolume: { unit: 'ML', value: 5 } }, []],
    [{ quantity: 1, otpCode: '123456' }, ['otpCode: unknown field "otpCode" is not allowed']],
  ])('item %j', (input, expected) => {
    expect(problems(itemSchema, input)).toEqual(expected);
  });

  it('a package needs dimensions, weight, insuredValue, packageClientReferenceId and a non-empty item list', () => {
    expect(problems(packageSchema, {})).toEqual([
      'dimensions: is required',
      'weight: is required',
      'insuredValue: is required',
      'packageClientReferenceId: is required',
      'items: is required',
    ]);
    expect(problems(packageSchema, { ...samplePackage(), items: [] })).toEqual(['items: must have at least one entry']);
    expect(problems(packageSchema, { ...samplePackage(), packageClientReferenceId: '   ' })).toEqual([
      'packageClientReferenceId: must not be empty',
    ]);
  });

  it('packageClientReferenceId is trimmed and capped at 128 characters', () => {
    const parsed = packageSchema.parse({ ...samplePackage(), packageClientReferenceId: ' R-1 ' });
    expect(parsed.packageClientReferenceId).toBe('R-1');
    expect(problems(packageSchema, { ...samplePackage(), packageClientReferenceId: 'r'.repeat(129) })).toEqual([
      'packageClientReferenceId: must be at most 128 characters (got 129)',
    ]);
  });
});

describe('request schemas', () => {
  it('accept the sample requests', () => {
    expect(problems(getRatesRequestSchema, sampleGetRatesRequest())).toEqual([]);
    expect(problems(oneClickShipmentRequestSchema, sampleOneClickRequest())).toEqual([]);
  });

  it('shipTo is required unless the channel is AMAZON, reported alongside other problems', () => {
    const { shipTo: _, ...noShipTo } = sampleGetRatesRequest();
    expect(problems(getRatesRequestSchema, { ...noShipTo, channelDetails: { channelType: 'AMAZON' } })).toEqual([]);
    expect(problems(getRatesRequestSchema, { ...noShipTo, shipFrom: { ...noShipTo.shipFrom, city: '' } })).toEqual([
      'shipFrom.city: must not be empty',
      'shipTo: is required unless channelDetails.channelType is AMAZON',
    ]);
  });

  it('one-click needs labelSpecifications and serviceSelection', () => {
    expect(problems(oneClickShipmentRequestSchema, sampleGetRatesRequest())).toEqual([
      'labelSpecifications: is required',
      'serviceSelection: is required',
    ]);
  });

  it('refuses privileged or unknown keys at every level we read', () => {
    const request = {
      ...sampleGetRatesRequest([{ ...samplePackage(), status: 'Delivered' }]),
      shipperAccountId: 'B',
      channelDetails: { channelType: 'EXTERNAL', otpEnabled: true },
    };
    expect(problems(getRatesRequestSchema, request)).toEqual([
      'packages[0].status: unknown field "status" is not allowed',
      'channelDetails.otpEnabled: unknown field "otpEnabled" is not allowed',
      'shipperAccountId: unknown field "shipperAccountId" is not allowed',
    ]);
  });

  it('shipDate must be a date-time with a time zone', () => {
    expect(problems(getRatesRequestSchema, { ...sampleGetRatesRequest(), shipDate: '2026-02-30T10:00:00Z' })).toEqual([
      'shipDate: must be a date-time with a time zone, e.g. 2024-05-01T09:00:00Z',
    ]);
    expect(problems(getRatesRequestSchema, { ...sampleGetRatesRequest(), shipDate: '2026-02-27T10:00:00+01:00' })).toEqual([]);
  });

  it('shipmentRequestSchema tells the two kinds apart and speaks about one model', () => {
    const oneClick = shipmentRequestSchema.parse(sampleOneClickRequest());
    expect(oneClick.kind).toBe('oneClick');
    expect(shipmentRequestSchema.parse(sampleGetRatesRequest()).kind).toBe('getRates');
    expect(problems(shipmentRequestSchema, { ...sampleOneClickRequest(), valueAddedServices: {} })).toEqual([
      'valueAddedServices: unknown field "valueAddedServices" is not allowed',
    ]);
  });

  it.each([
    ['COD', true],
    ['CollectOnDelivery', true],
    ['collect-on-delivery', true],
    ['SWA_COLLECT_ON_DELIVERY', true],
    ['SIGNATURE', false],
    ['CODE_RED', false],
  ])('value-added service id %s names collect-on-delivery: %s', (id, expected) => {
    expect(isCollectOnDeliveryId(id)).toBe(expected);
  });
});
