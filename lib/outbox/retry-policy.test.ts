import { describe, expect, it } from 'vitest';
import { isFinalFailure, MESSAGE_RETRY_POLICY, retryDelayMs, WEBHOOK_RETRY_POLICY } from './retry-policy';

const policy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 10_000 };

describe('retryDelayMs', () => {
  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [3, 2_000, 4_000],
    [4, 4_000, 8_000],
    [5, 5_000, 10_000],
    [12, 5_000, 10_000],
  ])('after try %i waits between %i and %i ms', (attempts, low, high) => {
    expect(retryDelayMs(attempts, policy, () => 0)).toBe(low);
    expect(retryDelayMs(attempts, policy, () => 1)).toBe(high);
    const drawn = retryDelayMs(attempts, policy);
    expect(drawn).toBeGreaterThanOrEqual(low);
    expect(drawn).toBeLessThanOrEqual(high);
  });

  it('spreads rows that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, policy)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it('gives messages about 20 minutes and webhooks hours before the dead letter', () => {
    const worstCase = (p: typeof policy) =>
      Array.from({ length: p.maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1, p, () => 1)).reduce((a, b) => a + b, 0);
    expect(worstCase(MESSAGE_RETRY_POLICY) / 60_000).toBeGreaterThan(15);
    expect(worstCase(MESSAGE_RETRY_POLICY) / 60_000).toBeLessThan(40);
    expect(worstCase(WEBHOOK_RETRY_POLICY) / 3_600_000).toBeGreaterThan(4);
  });
});

describe('isFinalFailure', () => {
  it('ends a row at its last try or at once for a permanent failure', () => {
    expect(isFinalFailure(4, policy, false)).toBe(false);
    expect(isFinalFailure(5, policy, false)).toBe(true);
    expect(isFinalFailure(1, policy, true)).toBe(true);
  });
});
