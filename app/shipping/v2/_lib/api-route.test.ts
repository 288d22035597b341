import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { revokeApiKey } from '@/db/queries/api-keys';
import { API_LIMITS } from '@/lib/api/limits';
import { sampleGetRatesRequest, sampleOneClickRequest } from '@/lib/shipping/sample-package';
import { createApiShipper } from '@/tests/support/api-shipper';
import { actorOf } from '@/tests/support/fixtures';
import { apiLog, errorMessages, shippingApi, type ShippingApi } from '@/tests/support/shipping-v2-client';
import { contractChecked } from '@/tests/support/shipping-v2-contract';
import { apiRoute } from './api-route';

let db: Db;
let shipper: Awaited<ReturnType<typeof createApiShipper>>;
let api: ShippingApi;

beforeAll(async () => {
  db = await getDb();
  shipper = await createApiShipper('UK');
  api = shipper.api;
});
beforeEach(() => {
  apiLog.mockClear();
});

const UNAUTHORIZED = [{ code: 'Unauthorized', message: 'The access token is missing, malformed, revoked or unknown.' }];

/** Each operation once, as `client` calls it. */
function everyOperation(client: ShippingApi) {
  return [
    client.getRates(sampleGetRatesRequest()),
    client.oneClickShipment(sampleOneClickRequest()),
    client.getTracking({ trackingId: 'SC1' }),
  ];
}

describe('API keys', () => {
  it.each([
    ['no key', null],
    ['a malformed key', 'not-a-key'],
    ['an unknown key', `sc_live_${'A'.repeat(43)}`],
  ])('refuses %s on every operation with 401', async (_, key) => {
    for (const answer of await Promise.all(everyOperation(shippingApi(key)))) {
      expect(answer.status).toBe(401);
      expect(answer.body.errors).toEqual(UNAUTHORIZED);
    }
  });

  it('takes the key as Authorization: Bearer too', async () => {
    const bearer = shippingApi(null);
    const answer = await bearer.getTracking({ trackingId: 'SC1' }, { authorization: `Bearer ${shipper.key}` });
    expect(answer.status).toBe(404);
  });

  it('refuses a revoked key from the very next request', async () => {
    const revoked = await createApiShipper('UK');
    expect((await revoked.api.getRates(sampleGetRatesRequest())).status).toBe(200);
    await revokeApiKey(db, actorOf(revoked.shipper), revoked.keyId);
    for (const answer of await Promise.all(everyOperation(revoked.api))) {
      expect(answer.status).toBe(401);
    }
  });
});

describe('request bodies', () => {
  const body = JSON.stringify(sampleGetRatesRequest());
  const auth = () => ({ 'x-amz-access-token': shipper.key });

  it.each([
    ['no content type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['JSON in another charset', { 'content-type': 'application/json; charset=utf-16' }],
  ])('refuses %s with 415', async (_, headers) => {
    for (const operation of ['getRates', 'oneClickShipment'] as const) {
      const answer = await api.postRaw(operation, body, { ...auth(), ...headers });
      expect(answer.status).toBe(415);
      expect(answer.body.errors![0]!.code).toBe('UnsupportedMediaType');
    }
  });

  it('accepts application/json with a UTF-8 charset', async () => {
    const answer = await api.postRaw('getRates', body, { ...auth(), 'content-type': 'Application/JSON; charset=UTF-8' });
    expect(answer.status).toBe(200);
  });

  it('refuses a body past the cap with 413, whether or not its length was declared', async () => {
    const big = JSON.stringify({ ...sampleGetRatesRequest(), padding: 'x'.repeat(API_LIMITS.maxBodyBytes) });
    const declared = await api.postRaw('oneClickShipment', big, { ...auth(), 'content-type': 'application/json' });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const streamed = await api.postRaw('getRates', stream, { ...auth(), 'content-type': 'application/json' });
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors![0]!.code).toBe('RequestEntityTooLarge');
  });

  it.each([
    ['an empty body', '', 'The request body is empty; it must be one JSON object.'],
    ['a list of requests', `[${body}]`, 'The request body must be one JSON object.'],
    ['one request per line', `${body}\n${body}`, 'The request body must be one JSON object.'],
    [
      'a trailing comma',
      '{"packages": [1,]}',
      'The JSON body cannot be read: line 1, column 17 (packages[1]): a trailing comma is not allowed.',
    ],
    [
      'a __proto__ key',
      '{"shipTo": {"__proto__": {"isAdmin": true}}}',
      'The JSON body cannot be read: line 1, column 13 (shipTo.__proto__): the key "__proto__" is not allowed anywhere in an upload.',
    ],
    [
      'a duplicate key',
      '{"packages": [], "packages": []}',
      'The JSON body cannot be read: line 1, column 18 (packages): the key "packages" appears twice in the same object.',
    ],
  ])('refuses %s with 400', async (_, text, message) => {
    const answer = await api.postRaw('getRates', text, { ...auth(), 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([message]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses bytes that are not UTF-8', async () => {
    const answer = await api.postRaw('getRates', new Uint8Array([0x7b, 0xff, 0x7d]), { ...auth(), 'content-type': 'application/json' });
    expect(errorMessages(answer)).toEqual(['The request body is not valid UTF-8 text.']);
  });
});

describe('every call', () => {
  it('is logged as one line: key id, operation, status and duration, never the key or the body', async () => {
    await api.getRates(sampleGetRatesRequest());
    await shippingApi(null).getTracking({ trackingId: 'SC1' });
    const lines = apiLog.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    expect(lines).toEqual([
      { event: 'api_call', operation: 'getRates', keyId: shipper.keyId, status: 200, durationMs: expect.any(Number) },
      { event: 'api_call', operation: 'getTracking', keyId: null, status: 401, durationMs: expect.any(Number) },
    ]);
    const text = apiLog.mock.calls.flat().join('\n');
    expect(text).not.toContain(shipper.key);
    expect(text).not.toContain('Jane Doe');
  });

  it('answers an unexpected failure with a 500 ErrorList that does not reveal it', async () => {
    const failing = apiRoute('getTracking', async () => {
      throw new Error('connection string postgres://secret@db');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const request = new Request('http://portal.test/shipping/v2/tracking?trackingId=SC1', {
      headers: { 'x-amz-access-token': shipper.key },
    });
    const answer = await contractChecked('getTracking', await failing(request));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain('secret');
    expect(answer.body).toEqual({ errors: [{ code: 'InternalFailure', message: expect.any(String) }] });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('logs a request its client abandoned as 499, without a stack', async () => {
    const client = new AbortController();
    const abandoned = apiRoute('getTracking', async () => {
      client.abort();
      throw new Error('aborted');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const request = new Request('http://portal.test/shipping/v2/tracking?trackingId=SC1', {
      headers: { 'x-amz-access-token': shipper.key },
      signal: client.signal,
    });
    await abandoned(request);
    expect(logged).not.toHaveBeenCalled();
    expect(JSON.parse(String(apiLog.mock.calls.at(-1)![0]))).toMatchObject({ operation: 'getTracking', status: 499 });
    logged.mockRestore();
  });

  it('answers with no-store and a request id', async () => {
    const answer = await api.getTracking({ trackingId: 'SC1' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
