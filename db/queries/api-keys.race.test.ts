import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { apiKeyBuckets, apiKeys } from '@/db/schema';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { authenticateApiKey, createApiKey } from './api-keys';

// Every concurrent call below runs on its own pooled connection.
process.env.DATABASE_POOL_MAX = '30';

// Let pg's sockets close before the test database is dropped (see staging-quota.race.test.ts).
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

const NOW = new Date('2026-05-01T10:00:00Z');
/** About one token a day: nothing refills while the race runs. */
const NO_REFILL = { perSecond: 1e-5, burst: 100 };

async function newKey(name: string) {
  setUpTestSecrets();
  const account = await createAccount();
  const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
  return createApiKey(await getDb(), shipper, name);
}

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('API rate limit races on PostgreSQL', () => {
  it('200 concurrent requests on a key with a burst of 100 and no refill: exactly 100 get through', async () => {
    const { key, apiKey } = await newKey('Racing');
    const db = await getDb();
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => authenticateApiKey(db, key, NOW, NO_REFILL)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(100);
    expect(outcomes.filter((o) => !o.ok && o.status === 429)).toHaveLength(100);
    const [bucket] = await db.select().from(apiKeyBuckets).where(eq(apiKeyBuckets.keyId, apiKey.id));
    expect(bucket!.tokens).toBeCloseTo(0, 6);
  });

  it('two keys raced at once each keep their own bucket', async () => {
    const [a, b] = [await newKey('Key A'), await newKey('Key B')];
    const db = await getDb();
    const limit = { perSecond: 1e-5, burst: 30 };
    const outcomes = await Promise.all(
      Array.from({ length: 120 }, (_, i) => {
        const key = i % 2 === 0 ? a.key : b.key;
        return authenticateApiKey(db, key, NOW, limit).then((o) => (o.ok ? o.keyId : null));
      }),
    );
    expect(outcomes.filter((id) => id === a.apiKey.id)).toHaveLength(30);
    expect(outcomes.filter((id) => id === b.apiKey.id)).toHaveLength(30);
    expect(outcomes.filter((id) => id === null)).toHaveLength(60);
  });

  it('10 concurrent creates of one name on an account: exactly one key', async () => {
    setUpTestSecrets();
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const db = await getDb();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => createApiKey(db, shipper, 'Same name')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await db.select().from(apiKeys).where(eq(apiKeys.accountId, account.id))).toHaveLength(1);
  });
});
