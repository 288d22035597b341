import { type EnvSource, serverEnv } from '../env';
import type { TokenBucketLimit } from './token-bucket';

/** The carrier's documented default usage plan for the Shipping API: 80 requests a second, bursts of 100. */
export const CARRIER_RATE_LIMIT: TokenBucketLimit = Object.freeze({ perSecond: 80, burst: 100 });

/** Each key's limit: the carrier's, unless API_RATE_PER_SECOND / API_RATE_BURST say otherwise (a benchmark raises them). */
export function apiRateLimitOf(source: EnvSource): TokenBucketLimit {
  const { API_RATE_PER_SECOND, API_RATE_BURST } = serverEnv(source);
  return Object.freeze({
    perSecond: API_RATE_PER_SECOND ?? CARRIER_RATE_LIMIT.perSecond,
    burst: API_RATE_BURST ?? CARRIER_RATE_LIMIT.burst,
  });
}

let processLimit: TokenBucketLimit | undefined;

/** This process's limit, read from its environment once: every API request asks. */
export function apiRateLimit(): TokenBucketLimit {
  processLimit ??= apiRateLimitOf(process.env);
  return processLimit;
}
