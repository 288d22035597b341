import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { apiRateRequests } from '@/db/schema';
import type { StoredQuote } from '@/lib/api/rate-quote';
import { createAccount } from '@/tests/support/fixtures';
import { deleteExpiredRateRequests, findQuote, loadAccountRememberingQuote, RATE_REQUEST_TTL_MS } from './api-rate-requests';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const quote: StoredQuote = {
  marketplace: 'UK',
  packages: [['REF-1', 3]],
  rates: [{ rateId: 'r1', serviceId: 'SWA-UK-STD', totalChargeMinor: 515 }],
};

describe('remembered getRates quotes', () => {
  it('are kept only for an account shipping in the marketplace, and found until they expire', async () => {
    const account = await createAccount({ marketplaces: ['UK'] });
    const now = new Date('2024-05-01T09:00:00Z');
    const token = randomUUID();
    const loaded = await loadAccountRememberingQuote(db, { accountId: account.id, marketplace: 'UK', requestToken: token, quote, now });
    expect(loaded).toMatchObject({ remembered: true, marketplaces: ['UK'], rules: { otpEnabled: false } });
    expect(await findQuote(db, account.id, token, now)).toEqual(quote);
    expect(await findQuote(db, account.id, token, new Date(now.getTime() + RATE_REQUEST_TTL_MS - 1))).toEqual(quote);
    expect(await findQuote(db, account.id, token, new Date(now.getTime() + RATE_REQUEST_TTL_MS))).toBeNull();

    const other = await createAccount({ marketplaces: ['UK'] });
    expect(await findQuote(db, other.id, token, now)).toBeNull();

    const refused = randomUUID();
    const outside = await loadAccountRememberingQuote(db, { accountId: account.id, marketplace: 'FR', requestToken: refused, quote, now });
    expect(outside.remembered).toBe(false);
    expect(await db.select().from(apiRateRequests).where(eq(apiRateRequests.requestToken, refused))).toEqual([]);
  });

  it('are deleted by housekeeping once expired, and not before', async () => {
    const account = await createAccount({ marketplaces: ['UK'] });
    const now = new Date('2024-06-01T09:00:00Z');
    const token = randomUUID();
    await loadAccountRememberingQuote(db, { accountId: account.id, marketplace: 'UK', requestToken: token, quote, now });
    const kept = () => db.select().from(apiRateRequests).where(eq(apiRateRequests.requestToken, token));
    await deleteExpiredRateRequests(db, new Date(now.getTime() + RATE_REQUEST_TTL_MS - 1));
    expect(await kept()).toHaveLength(1);
    await deleteExpiredRateRequests(db, new Date(now.getTime() + RATE_REQUEST_TTL_MS));
    expect(await kept()).toHaveLength(0);
  });
});
