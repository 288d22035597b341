import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

// The carrier-compatible API is called by shippers' systems: the page proxy (nonces, the way back after
// sign-in) must not run on it, nor buffer its bodies.
describe('the proxy leaves the carrier-compatible API alone', () => {
  it.each(['/shipping/v2/shipments/rates', '/shipping/v2/oneClickShipment', '/shipping/v2/tracking?trackingId=SC1'])('%s', (url) => {
    expect(unstable_doesMiddlewareMatch({ config, url })).toBe(false);
  });

  it('and still runs on the pages', () => {
    expect(unstable_doesMiddlewareMatch({ config, url: '/shipments' })).toBe(true);
    expect(unstable_doesMiddlewareMatch({ config, url: '/shipping' })).toBe(true);
  });
});
