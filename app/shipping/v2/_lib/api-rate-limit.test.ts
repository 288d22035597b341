import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { createApiShipper } from '@/tests/support/api-shipper';
import { apiLog } from '@/tests/support/shipping-v2-client';

// A burst of 2 that refills once a minute; read by the limiter on its first request in this file.
beforeAll(() => {
  vi.stubEnv('API_RATE_BURST', '2');
  vi.stubEnv('API_RATE_PER_SECOND', String(1 / 60));
});

describe('the per-key rate limit', () => {
  it('answers 429 with Retry-After and an ErrorList once the burst is spent, per key', async () => {
    const shipper = await createApiShipper('UK');
    const other = await createApiShipper('UK');
    expect((await shipper.api.getRates(sampleGetRatesRequest())).status).toBe(200);
    expect((await shipper.api.getTracking({ trackingId: 'SC1' })).status).toBe(404);
    const refused = await shipper.api.oneClickShipment({});
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toEqual([{ code: 'QuotaExceeded', message: expect.stringMatching(/^Too many requests for this key/) }]);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another key of the same portal has its own bucket.
    expect((await other.api.getTracking({ trackingId: 'SC1' })).status).toBe(404);
    expect(JSON.parse(String(apiLog.mock.calls.at(-2)![0]))).toMatchObject({
      operation: 'oneClickShipment',
      keyId: shipper.keyId,
      status: 429,
    });
  });
});
