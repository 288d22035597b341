import 'server-only';
import { eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { maskIdentifier } from '@/lib/auth/mask-identifier';
import {
  CODE_FAILURES_PER_ADDRESS,
  CODE_REQUESTS_PER_ADDRESS,
  CODE_REQUESTS_PER_IDENTIFIER,
  FAILURE_MEMORY_MS,
  LOCK_SCHEDULE,
  PASSWORD_FAILURES_PER_ADDRESS,
  type RateLimitRule,
} from '@/lib/auth/sign-in-limits';
import { type SignInRefusal, SignInRefusedError } from '@/lib/auth/sign-in-refusal';
import { logSecurityEvent } from '@/lib/log/security-event';
import type { DbOrTx } from '../client';
import { signInFailures } from '../schema';
import { type RateLimitHit, releaseRateLimitHits, takeRateLimitHits, windowEndOf } from './rate-limit';

/** One sign-in step as the throttle and the security log see it. */
export interface SignInAttempt {
  method: 'password' | 'recipient_code';
  step?: 'code_request';
  /** Normalised: an e-mail address, or every E.164 number a typed mobile number can stand for. */
  identifiers: readonly string[];
  clientAddress: string;
  now: Date;
}

/**
 * A password sign-in. The attempt is first counted as a failure against the client address and the
 * e-mail address (known or not), each in one atomic statement that refuses when locked; only then is
 * the password checked, and a success gives both back. So parallel guesses get at most the lock
 * threshold's worth of password checks, and the right password is refused while locked.
 * Throws SignInRefusedError when refused before the check.
 */
export async function throttledPasswordSignIn<T>(
  db: DbOrTx,
  attempt: SignInAttempt,
  checkPassword: () => Promise<T | null>,
): Promise<T | null> {
  const addressHits = await takeAddressAllowance(db, PASSWORD_FAILURES_PER_ADDRESS, attempt);
  const failuresKey = `password:${attempt.identifiers[0]}`;
  const reserved = await reserveAttempt(db, failuresKey, attempt.now);
  if (!reserved) {
    const refusal = refused(attempt, 'locked', await lockEndOf(db, failuresKey, attempt.now));
    logIfFilled(attempt, PASSWORD_FAILURES_PER_ADDRESS, addressHits);
    throw new SignInRefusedError(refusal);
  }

  const signedIn = await checkPassword();
  if (signedIn) {
    await db.delete(signInFailures).where(eq(signInFailures.identifierKey, failuresKey));
    await releaseRateLimitHits(db, addressHits);
    return signedIn;
  }
  logSecurityEvent('auth.sign_in_failed', { ...logFieldsOf(attempt), reason: 'wrong_credentials', at: attempt.now.toISOString() });
  if (reserved.lockedUntil) logLock(attempt, 'identifier', reserved.lockedUntil, { consecutiveFailures: reserved.consecutiveFailures });
  logIfFilled(attempt, PASSWORD_FAILURES_PER_ADDRESS, addressHits);
  return null;
}

/**
 * A recipient sign-in code entry. Each code already allows 5 tries; this also limits wrong entries per
 * client address (counted before the check, given back on success). Throws SignInRefusedError when the
 * address is limited.
 */
export async function throttledCodeSignIn<T>(db: DbOrTx, attempt: SignInAttempt, checkCode: () => Promise<T | null>): Promise<T | null> {
  const addressHits = await takeAddressAllowance(db, CODE_FAILURES_PER_ADDRESS, attempt);
  const signedIn = await checkCode();
  if (signedIn) {
    await releaseRateLimitHits(db, addressHits);
    return signedIn;
  }
  logSecurityEvent('auth.sign_in_failed', { ...logFieldsOf(attempt), reason: 'wrong_credentials', at: attempt.now.toISOString() });
  logIfFilled(attempt, CODE_FAILURES_PER_ADDRESS, addressHits);
  return null;
}

/**
 * Whether a recipient may be sent a sign-in code: per client address, then per identifier per day.
 * Known and unknown identifiers are counted alike and nothing here looks anyone up, so the answer and
 * its timing say nothing about who has an account. Returns the refusal, or null when admitted.
 */
export async function admitCodeRequest(db: DbOrTx, attempt: SignInAttempt): Promise<SignInRefusal | null> {
  const address = await takeRateLimitHits(db, CODE_REQUESTS_PER_ADDRESS, [attempt.clientAddress], attempt.now);
  if (!address.allowed) return refused(attempt, 'address_limited', address.retryAt);
  const identifier = await takeRateLimitHits(db, CODE_REQUESTS_PER_IDENTIFIER, attempt.identifiers, attempt.now);
  if (!identifier.allowed) return refused(attempt, 'locked', identifier.retryAt);
  logIfFilled(attempt, CODE_REQUESTS_PER_ADDRESS, address.taken);
  logIfFilled(attempt, CODE_REQUESTS_PER_IDENTIFIER, identifier.taken);
  return null;
}

async function takeAddressAllowance(db: DbOrTx, rule: RateLimitRule, attempt: SignInAttempt): Promise<RateLimitHit[]> {
  const take = await takeRateLimitHits(db, rule, [attempt.clientAddress], attempt.now);
  if (!take.allowed) throw new SignInRefusedError(refused(attempt, 'address_limited', take.retryAt));
  return take.taken;
}

const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/** When the lock after `failures` consecutive failures ends (null when none), in SQL. */
function lockEndSql(failures: SQL, now: Date): SQL {
  const steps = LOCK_SCHEDULE.toReversed().map(
    (step) => sql`WHEN ${failures} >= ${step.fromFailure} THEN ${timestamp(new Date(now.getTime() + step.lockMs))}`,
  );
  return sql`CASE ${sql.join(steps, sql` `)} END`;
}

/**
 * Counts one failure for the key unless it is locked, and locks it when the count reaches the schedule,
 * in one statement. Undefined when locked (nothing counted).
 */
async function reserveAttempt(db: DbOrTx, key: string, now: Date) {
  const forgotten = sql`${signInFailures.lastFailureAt} <= ${timestamp(new Date(now.getTime() - FAILURE_MEMORY_MS))}`;
  const failures = sql`CASE WHEN ${forgotten} THEN 1 ELSE ${signInFailures.consecutiveFailures} + 1 END`;
  const [row] = await db
    .insert(signInFailures)
    .values({ identifierKey: key, consecutiveFailures: 1, lastFailureAt: now, lockedUntil: lockEndSql(sql`1`, now) })
    .onConflictDoUpdate({
      target: signInFailures.identifierKey,
      set: { consecutiveFailures: failures, lastFailureAt: now, lockedUntil: lockEndSql(failures, now) },
      setWhere: or(isNull(signInFailures.lockedUntil), lte(signInFailures.lockedUntil, now)),
    })
    .returning({ consecutiveFailures: signInFailures.consecutiveFailures, lockedUntil: signInFailures.lockedUntil });
  return row;
}

/** For the refusal message only; a lock lifted meanwhile by a success reads as ending now. */
async function lockEndOf(db: DbOrTx, key: string, now: Date): Promise<Date> {
  const [row] = await db
    .select({ lockedUntil: signInFailures.lockedUntil })
    .from(signInFailures)
    .where(eq(signInFailures.identifierKey, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : now;
}

function refused(attempt: SignInAttempt, kind: SignInRefusal['kind'], until: Date): SignInRefusal {
  logSecurityEvent('auth.sign_in_failed', {
    ...logFieldsOf(attempt),
    reason: kind,
    until: until.toISOString(),
    at: attempt.now.toISOString(),
  });
  return { kind, until };
}

/** The hit that fills a bucket starts its lock, logged once. */
function logIfFilled(attempt: SignInAttempt, rule: RateLimitRule, hits: RateLimitHit[]): void {
  const filled = hits.find((hit) => hit.hits === rule.limit);
  if (!filled) return;
  const scope = rule === CODE_REQUESTS_PER_IDENTIFIER ? 'identifier' : 'client_address';
  logLock(attempt, scope, windowEndOf(filled, rule), { limit: rule.name });
}

function logLock(attempt: SignInAttempt, scope: 'identifier' | 'client_address', until: Date, detail: Record<string, unknown>): void {
  logSecurityEvent('auth.locked', { ...logFieldsOf(attempt), scope, ...detail, until: until.toISOString(), at: attempt.now.toISOString() });
}

function logFieldsOf(attempt: SignInAttempt) {
  return {
    method: attempt.method,
    ...(attempt.step ? { step: attempt.step } : {}),
    identifier: attempt.identifiers.map(maskIdentifier).join(','),
    clientAddress: attempt.clientAddress,
  };
}
