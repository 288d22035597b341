import { describe, expect, it } from 'vitest';
import { apiRateLimitOf, CARRIER_RATE_LIMIT } from './rate-limit-config';

describe('apiRateLimitOf', () => {
  it("is the carrier's 80/s with bursts of 100 when nothing is set", () => {
    expect(CARRIER_RATE_LIMIT).toEqual({ perSecond: 80, burst: 100 });
    expect(apiRateLimitOf({})).toEqual(CARRIER_RATE_LIMIT);
    expect(apiRateLimitOf({ API_RATE_PER_SECOND: '', API_RATE_BURST: '' })).toEqual(CARRIER_RATE_LIMIT);
  });

  it('takes either or both from the environment', () => {
    expect(apiRateLimitOf({ API_RATE_PER_SECOND: '100000', API_RATE_BURST: '5000' })).toEqual({ perSecond: 100_000, burst: 5000 });
    expect(apiRateLimitOf({ API_RATE_PER_SECOND: '0.5' })).toEqual({ perSecond: 0.5, burst: 100 });
    expect(apiRateLimitOf({ API_RATE_BURST: '1' })).toEqual({ perSecond: 80, burst: 1 });
  });

  it.each([
    ['API_RATE_PER_SECOND', '0', 'API_RATE_PER_SECOND must be a number above 0 and at most 100000'],
    ['API_RATE_PER_SECOND', '-5', 'API_RATE_PER_SECOND must be a number above 0'],
    ['API_RATE_PER_SECOND', 'fast', 'API_RATE_PER_SECOND must be a number above 0'],
    ['API_RATE_PER_SECOND', '100001', 'API_RATE_PER_SECOND must be a number above 0 and at most 100000'],
    ['API_RATE_BURST', '0', 'API_RATE_BURST must be a whole number from 1 to 100000'],
    ['API_RATE_BURST', '2.5', 'API_RATE_BURST must be a whole number from 1 to 100000'],
    ['API_RATE_BURST', 'lots', 'API_RATE_BURST must be a whole number from 1 to 100000'],
    ['API_RATE_BURST', '100001', 'API_RATE_BURST must be a whole number from 1 to 100000'],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => apiRateLimitOf({ [name]: value })).toThrow(message);
  });
});
