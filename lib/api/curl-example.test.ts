import { describe, expect, it } from 'vitest';
import { trackingCurl } from './curl-example';

const KEY = `sc_live_${'A'.repeat(43)}`;

describe('trackingCurl', () => {
  it("tracks the account's shipment with the key and the shipment's marketplace", () => {
    expect(trackingCurl('http://127.0.0.1:3000', KEY, { trackingId: 'TBA123456789012', marketplace: 'IN' })).toBe(
      [
        'curl -sS "http://127.0.0.1:3000/shipping/v2/tracking?trackingId=TBA123456789012&carrierId=AMZN_UK" \\',
        `  -H "x-amz-access-token: ${KEY}" \\`,
        '  -H "x-amzn-shipping-business-id: AmazonShipping_IN"',
      ].join('\n'),
    );
  });

  it('names a placeholder and the default marketplace when the account has no shipment yet', () => {
    const curl = trackingCurl('https://portal.example.com', KEY, null);
    expect(curl).toContain('"https://portal.example.com/shipping/v2/tracking?trackingId=YOUR_TRACKING_ID&carrierId=AMZN_UK"');
    expect(curl).toContain('AmazonShipping_UK');
  });

  it('encodes the tracking id into the query', () => {
    expect(trackingCurl('http://x', KEY, { trackingId: 'A&B C', marketplace: 'UK' })).toContain('trackingId=A%26B+C&');
  });
});
