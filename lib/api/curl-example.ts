import type { Marketplace } from '../otp/marketplaces';
import { CARRIER } from '../shipping/services';

/** A shipment to track in the example: the account's newest, or none yet. */
export interface TrackingExample {
  trackingId: string;
  marketplace: Marketplace;
}

export const TRACKING_ID_PLACEHOLDER = 'YOUR_TRACKING_ID';

/** A `curl` of getTracking with a key, ready to paste into a shell (each header on its own line). */
export function trackingCurl(origin: string, key: string, example: TrackingExample | null): string {
  const query = new URLSearchParams({ trackingId: example?.trackingId ?? TRACKING_ID_PLACEHOLDER, carrierId: CARRIER.id });
  return [
    `curl -sS "${origin}/shipping/v2/tracking?${query}"`,
    `-H "x-amz-access-token: ${key}"`,
    `-H "x-amzn-shipping-business-id: AmazonShipping_${example?.marketplace ?? 'UK'}"`,
  ].join(' \\\n  ');
}
