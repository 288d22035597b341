import { vi } from 'vitest';
import { POST as ONE_CLICK } from '@/app/shipping/v2/oneClickShipment/route';
import { POST as GET_RATES } from '@/app/shipping/v2/shipments/rates/route';
import { GET as GET_TRACKING } from '@/app/shipping/v2/tracking/route';
import type { ErrorList } from '@/lib/api/errors';
import type { GetRatesResponse, GetTrackingResponse, OneClickShipmentResponse } from '@/lib/api/shipping-v2-types';
import { contractChecked, type CheckedResponse } from './shipping-v2-contract';

const ORIGIN = 'http://portal.test';
const JSON_TYPE = { 'content-type': 'application/json' };

/** Each API call logs a line; the tests read them here instead of the console. */
export const apiLog = vi.spyOn(console, 'info').mockImplementation(() => undefined);

export type Answer<T> = CheckedResponse<T & Partial<ErrorList>>;

export function postRequest(path: string, body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}${path}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

/**
 * The three operations as a shipper's system calls them, with `key` in x-amz-access-token (or any headers given):
 * each answer is checked against the carrier's model before a test sees it.
 */
export function shippingApi(key: string | null) {
  const auth: Record<string, string> = key === null ? {} : { 'x-amz-access-token': key };
  return {
    getRates: async (body: unknown, headers: Record<string, string> = {}): Promise<Answer<GetRatesResponse>> =>
      contractChecked(
        'getRates',
        await GET_RATES(postRequest('/shipping/v2/shipments/rates', JSON.stringify(body), { ...auth, ...JSON_TYPE, ...headers })),
      ),
    oneClickShipment: async (body: unknown, headers: Record<string, string> = {}): Promise<Answer<OneClickShipmentResponse>> =>
      contractChecked(
        'oneClickShipment',
        await ONE_CLICK(postRequest('/shipping/v2/oneClickShipment', JSON.stringify(body), { ...auth, ...JSON_TYPE, ...headers })),
      ),
    getTracking: async (query: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer<GetTrackingResponse>> =>
      contractChecked(
        'getTracking',
        await GET_TRACKING(
          new Request(`${ORIGIN}/shipping/v2/tracking?${new URLSearchParams(query)}`, { headers: { ...auth, ...headers } }),
        ),
      ),
    /** A raw body (any bytes, any headers) to either POST operation. */
    postRaw: async (
      operation: 'getRates' | 'oneClickShipment',
      body: BodyInit | null,
      headers: Record<string, string>,
    ): Promise<Answer<GetRatesResponse & OneClickShipmentResponse>> => {
      const request = postRequest(operation === 'getRates' ? '/shipping/v2/shipments/rates' : '/shipping/v2/oneClickShipment', body, {
        ...auth,
        ...headers,
      });
      return contractChecked(operation, await (operation === 'getRates' ? GET_RATES : ONE_CLICK)(request));
    },
  };
}

export type ShippingApi = ReturnType<typeof shippingApi>;

/** The messages of an error answer. */
export function errorMessages(answer: Answer<unknown>): string[] {
  return (answer.body.errors ?? []).map((error) => error.message);
}
