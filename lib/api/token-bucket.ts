/** A token bucket: `perSecond` tokens flow in, up to `burst`; every request takes one. */
export interface TokenBucketLimit {
  perSecond: number;
  burst: number;
}

export interface TokenBucketState {
  tokens: number;
  refilledAt: Date;
}

/** The tokens a bucket holds at `now`: what it held, plus what flowed in since, capped at the burst. */
export function tokensAt(state: TokenBucketState, now: Date, limit: TokenBucketLimit): number {
  const elapsedSeconds = Math.max(0, (now.getTime() - state.refilledAt.getTime()) / 1000);
  return Math.min(limit.burst, state.tokens + elapsedSeconds * limit.perSecond);
}

/** Whole seconds until a bucket holding `tokens` has one to give (at least 1: a Retry-After of 0 invites a busy loop). */
export function secondsUntilToken(tokens: number, limit: TokenBucketLimit): number {
  return Math.max(1, Math.ceil((1 - tokens) / limit.perSecond));
}
