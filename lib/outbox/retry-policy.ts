/** How often and how far apart an outbox row is tried before it becomes a dead letter (`failed`). */
export interface RetryPolicy {
  maxAttempts: number;
  /** The wait after the first failed try; each later one doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Recipient messages: 8 tries over about 20 minutes (a passcode is worth little after its day). */
export const MESSAGE_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 10_000, maxDelayMs: 10 * 60_000 };

/** Webhooks: 10 tries over about 5 hours, so a shipper's endpoint can be down for a deploy or an evening. */
export const WEBHOOK_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 2 * 60 * 60_000 };

/**
 * The wait after failed try number `attempts` (1-based): exponential, capped, with "equal jitter" (half
 * fixed, half random) so rows that failed together, e.g. during a gateway outage, do not retry together.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** A failed try ends the row (dead letter) when retrying cannot help or the tries are used up. */
export function isFinalFailure(attempts: number, policy: RetryPolicy, permanent: boolean): boolean {
  return permanent || attempts >= policy.maxAttempts;
}
