const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A fixed-window limit: at most `limit` hits per `windowMs`, counted under `name` plus a key. */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
}

/** Failed password sign-ins (wrong, or refused as locked) from one client address. */
export const PASSWORD_FAILURES_PER_ADDRESS: RateLimitRule = { name: 'password-failures-per-address', limit: 50, windowMs: 15 * MINUTE };
/** Recipient sign-in codes asked for from one client address. */
export const CODE_REQUESTS_PER_ADDRESS: RateLimitRule = { name: 'code-requests-per-address', limit: 20, windowMs: 60 * MINUTE };
/** Recipient sign-in codes asked for per e-mail address or mobile number, known or not. */
export const CODE_REQUESTS_PER_IDENTIFIER: RateLimitRule = { name: 'code-requests-per-identifier', limit: 10, windowMs: 24 * 60 * MINUTE };
/** Wrong recipient sign-in codes entered from one client address. */
export const CODE_FAILURES_PER_ADDRESS: RateLimitRule = { name: 'code-failures-per-address', limit: 20, windowMs: 15 * MINUTE };

/**
 * How long an e-mail address is locked after each consecutive failed password sign-in: nothing for the
 * first 4, then 30 s doubling from the 5th, and 15 minutes from the 10th on.
 */
export const LOCK_SCHEDULE: readonly { fromFailure: number; lockMs: number }[] = [
  { fromFailure: 5, lockMs: 30 * SECOND },
  { fromFailure: 6, lockMs: 60 * SECOND },
  { fromFailure: 7, lockMs: 2 * MINUTE },
  { fromFailure: 8, lockMs: 4 * MINUTE },
  { fromFailure: 9, lockMs: 8 * MINUTE },
  { fromFailure: 10, lockMs: 15 * MINUTE },
];

/** Failures this long after the last one start the count again, so old mistypes do not add up. */
export const FAILURE_MEMORY_MS = 24 * 60 * MINUTE;
