import 'server-only';
import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { StoredQuote } from '@/lib/api/rate-quote';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { HOUR_MS } from '@/lib/time/durations';
import type { DbOrTx } from '../client';
import { apiRateRequests } from '../schema';
import { API_ACCOUNT_COLUMNS, apiAccountOf, type ApiAccount, type ApiAccountRow } from './api-account';

/**
 * How long a getRates answer can be named by a oneClickShipment. An hour, not a day: a key at its
 * 80 requests a second would otherwise keep about 7 million quotes.
 */
export const RATE_REQUEST_TTL_MS = HOUR_MS;
const DELETE_BATCH = 10_000;

/**
 * One statement for getRates: the account's rule settings and marketplaces, and the quote remembered under
 * `requestToken` when the account ships in `marketplace` (otherwise nothing is written: the request is refused).
 */
export async function loadAccountRememberingQuote(
  db: DbOrTx,
  input: { accountId: string; marketplace: Marketplace; requestToken: string; quote: StoredQuote; now: Date },
): Promise<ApiAccount & { remembered: boolean }> {
  const expiresAt = new Date(input.now.getTime() + RATE_REQUEST_TTL_MS).toISOString();
  const result = (await db.execute(sql`
    with a as (select * from shipper_accounts where id = ${input.accountId}),
    remembered as (
      insert into api_rate_requests (request_token, account_id, rates, created_at, expires_at)
      select ${input.requestToken}::uuid, a.id, ${JSON.stringify(input.quote)}::jsonb, ${input.now.toISOString()}::timestamptz,
        ${expiresAt}::timestamptz
      from a where ${input.marketplace}::marketplace = any(a.marketplaces)
      returning request_token
    )
    select ${API_ACCOUNT_COLUMNS}, exists (select 1 from remembered) as "remembered"
    from a
    -- A quote lost to a crash is only asked for again: not worth a disk flush per getRates.
    cross join (select set_config('synchronous_commit', 'off', true)) as async_commit
  `)) as unknown as { rows: (ApiAccountRow & { remembered: boolean })[] };
  const [row] = result.rows;
  if (!row) throw new Error(`the API key's account ${input.accountId} does not exist`);
  return { ...apiAccountOf(row), remembered: row.remembered };
}

/** A quote of this account's that has not expired; another account's token is as unknown as a made-up one. */
export async function findQuote(db: DbOrTx, accountId: string, requestToken: string, now: Date): Promise<StoredQuote | null> {
  const [row] = await db
    .select({ rates: apiRateRequests.rates })
    .from(apiRateRequests)
    .where(
      and(eq(apiRateRequests.requestToken, requestToken), eq(apiRateRequests.accountId, accountId), gt(apiRateRequests.expiresAt, now)),
    )
    .limit(1);
  return (row?.rates as StoredQuote | undefined) ?? null;
}

/** Forgets expired quotes (housekeeping), a batch per statement so no one statement holds locks for long. */
export async function deleteExpiredRateRequests(db: DbOrTx, now: Date): Promise<number> {
  let deleted = 0;
  for (;;) {
    const expired = db
      .select({ token: apiRateRequests.requestToken })
      .from(apiRateRequests)
      .where(lte(apiRateRequests.expiresAt, now))
      .limit(DELETE_BATCH);
    const rows = await db
      .delete(apiRateRequests)
      .where(inArray(apiRateRequests.requestToken, expired))
      .returning({ token: apiRateRequests.requestToken });
    deleted += rows.length;
    if (rows.length < DELETE_BATCH) return deleted;
  }
}
