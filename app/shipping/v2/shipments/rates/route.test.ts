import { RATE_REQUEST_TTL_MS } from '@/db/queries/api-rate-requests';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { apiRateRequests, shipments } from '@/db/schema';
import { API_LIMITS } from '@/lib/api/limits';
import type { StoredQuote } from '@/lib/api/rate-quote';
import { SUPPORTED_DOCUMENT_SPECIFICATIONS } from '@/lib/labels';
import { deliveryWindow } from '@/lib/shipping/delivery-promise';
import { chargeFor } from '@/lib/shipping/rate-card';
import { sampleGetRatesRequest, samplePackage, sampleShipTo } from '@/lib/shipping/sample-package';
import { CARRIER, servicesFor } from '@/lib/shipping/services';
import { createApiShipper } from '@/tests/support/api-shipper';
import { errorMessages, type ShippingApi } from '@/tests/support/shipping-v2-client';

let db: Db;
let uk: Awaited<ReturnType<typeof createApiShipper>>;
let api: ShippingApi;

beforeAll(async () => {
  db = await getDb();
  uk = await createApiShipper('UK');
  api = uk.api;
});

async function rememberedQuotes(accountId: string) {
  return db.select().from(apiRateRequests).where(eq(apiRateRequests.accountId, accountId));
}

describe('getRates with the announcement sample', () => {
  it('prices every UK service, promises a window and tells the package needs a passcode; stores no shipment', async () => {
    const shipDate = '2024-05-10T15:00:00Z';
    const answer = await api.getRates({ ...sampleGetRatesRequest(), shipDate });
    expect(answer.status).toBe(200);
    const { payload } = answer.body;
    const weights = [{ value: 2800, unit: 'GRAM' }] as const;
    expect(payload.rates.map((rate) => [rate.serviceId, rate.totalCharge])).toEqual(
      servicesFor('UK').map((service) => [service.id, { value: chargeFor(service, weights).totalChargeMinor / 100, unit: 'GBP' }]),
    );
    const [standard] = payload.rates;
    const window = deliveryWindow(servicesFor('UK')[0]!, new Date(shipDate));
    expect(standard).toMatchObject({
      carrierId: CARRIER.id,
      carrierName: CARRIER.name,
      serviceName: 'Amazon Shipping Standard',
      billedWeight: { value: 3, unit: 'KILOGRAM' },
      totalCharge: { value: 5.15, unit: 'GBP' },
      promise: { deliveryWindow: { start: window.start.toISOString(), end: window.end.toISOString() } },
      supportedDocumentSpecifications: SUPPORTED_DOCUMENT_SPECIFICATIONS,
      requiresAdditionalInputs: false,
    });
    expect(payload.otpSecureDelivery).toEqual({
      packages: [{ packageClientReferenceId: '20231003140431gkuelozg2ys', otpRequired: true, reasons: [] }],
    });
    expect(new Set(payload.rates.map((rate) => rate.rateId)).size).toBe(payload.rates.length);
    const [stored] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, uk.account.id));
    expect(stored!.n).toBe(0);
  });

  it('remembers the quote under the request token for an hour', async () => {
    const before = Date.now();
    const answer = await api.getRates(sampleGetRatesRequest([samplePackage('QUOTE-1'), samplePackage('QUOTE-2')]));
    const [row] = (await rememberedQuotes(uk.account.id)).filter((r) => r.requestToken === answer.body.payload.requestToken);
    expect(row!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(RATE_REQUEST_TTL_MS - 1000);
    expect(row!.expiresAt.getTime() - before).toBeLessThanOrEqual(RATE_REQUEST_TTL_MS + 60_000);
    expect(row!.rates as StoredQuote).toEqual({
      marketplace: 'UK',
      packages: [
        ['QUOTE-1', 3],
        ['QUOTE-2', 3],
      ],
      rates: answer.body.payload.rates.map((rate) => ({
        rateId: rate.rateId,
        serviceId: rate.serviceId,
        totalChargeMinor: Math.round(rate.totalCharge.value * 100),
      })),
    });
  });

  it('names every failed OTP rule for a package that will not need a passcode', async () => {
    const off = await createApiShipper('UK', { otpEnabled: false });
    const cheap = { ...samplePackage('CHEAP'), insuredValue: { value: 20, unit: 'GBP' } };
    const answer = await off.api.getRates({
      ...sampleGetRatesRequest([cheap]),
      valueAddedServices: { collectOnDelivery: { amount: { value: 20, unit: 'GBP' } } },
    });
    const [pkg] = answer.body.payload.otpSecureDelivery.packages;
    expect(pkg!.otpRequired).toBe(false);
    expect(pkg!.reasons.map((reason) => reason.code)).toEqual(['OTP_NOT_ENABLED', 'NOT_PREPAID', 'BELOW_THRESHOLD']);
    expect(pkg!.reasons.every((reason) => reason.message.length > 0)).toBe(true);
  });

  it('quotes in rupees for an Indian account that names its business', async () => {
    const india = await createApiShipper('IN');
    const request = sampleGetRatesRequest([{ ...samplePackage('IN-1'), insuredValue: { value: 600, unit: 'INR' } }]);
    const shipTo = {
      ...sampleShipTo(),
      city: 'Mumbai',
      stateOrRegion: 'Maharashtra',
      postalCode: '400001',
      countryCode: 'IN',
      phoneNumber: '+919876543210',
    };
    const answer = await india.api.getRates({ ...request, shipTo }, { 'x-amzn-shipping-business-id': 'AmazonShipping_IN' });
    expect(answer.status).toBe(200);
    expect(answer.body.payload.rates.map((rate) => rate.serviceId)).toEqual(['SWA-IN-STD', 'SWA-IN-PREM']);
    expect(answer.body.payload.rates[0]!.totalCharge).toEqual({ value: 463.5, unit: 'INR' });
    expect(answer.body.payload.otpSecureDelivery.packages[0]!.otpRequired).toBe(true);
  });
});

describe('getRates refuses', () => {
  it('an unknown or unserved business id with 400 naming the header', async () => {
    for (const id of ['AmazonShipping_US', 'amazonshipping_uk', '']) {
      const answer = await api.getRates(sampleGetRatesRequest(), { 'x-amzn-shipping-business-id': id });
      expect(answer.status).toBe(400);
      expect(errorMessages(answer)[0]).toMatch(/^x-amzn-shipping-business-id: must be one of AmazonShipping_UK, /);
    }
  });

  it("a business id that is not one of the account's marketplaces with 403, remembering nothing", async () => {
    const before = (await rememberedQuotes(uk.account.id)).length;
    const shipTo = { ...sampleShipTo(), countryCode: 'FR', phoneNumber: '+33612345678' };
    const answer = await api.getRates({ ...sampleGetRatesRequest(), shipTo }, { 'x-amzn-shipping-business-id': 'AmazonShipping_FR' });
    expect(answer.status).toBe(403);
    expect(answer.body.errors![0]).toMatchObject({
      code: 'Forbidden',
      message: 'x-amzn-shipping-business-id: AmazonShipping_FR is not a marketplace of this account',
    });
    expect(await rememberedQuotes(uk.account.id)).toHaveLength(before);
  });

  it('a recipient outside the marketplace of the business id, naming shipTo.countryCode', async () => {
    const shipTo = { ...sampleShipTo(), countryCode: 'FR' };
    const answer = await api.getRates({ ...sampleGetRatesRequest(), shipTo });
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([
      'shipTo.countryCode: must be GB: x-amzn-shipping-business-id AmazonShipping_UK delivers in United Kingdom only (got "FR")',
    ]);
  });

  it('one-click-only fields, naming each as unknown', async () => {
    const answer = await api.getRates({ ...sampleGetRatesRequest(), serviceSelection: { serviceId: ['SWA-UK-STD'] } });
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual(['serviceSelection: unknown field "serviceSelection" is not allowed']);
  });

  it(`more than ${API_LIMITS.maxPackages} packages`, async () => {
    const packages = Array.from({ length: API_LIMITS.maxPackages + 1 }, (_, i) => samplePackage(`MANY-${i}`));
    const answer = await api.getRates(sampleGetRatesRequest(packages));
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([`packages: must have at most ${API_LIMITS.maxPackages} entries per request (got 26)`]);
  });

  it('every problem of the request at once, each once, named by its JSON path', async () => {
    const bad = { ...samplePackage('BAD'), insuredValue: { value: -1, unit: 'GBP' } };
    const answer = await api.getRates({ ...sampleGetRatesRequest([bad, samplePackage('BAD')]), shipFrom: { ...sampleShipTo(), name: '' } });
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([
      'shipFrom.name: must not be empty',
      'packages[0].insuredValue.value: must not be negative (got -1)',
      'packages[1].packageClientReferenceId: "BAD" is already used by request › packages[0]; each package in a file needs its own packageClientReferenceId',
    ]);
  });
});
