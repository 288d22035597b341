import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { createWebhookEndpoint, MAX_ENDPOINTS_PER_ACCOUNT } from './webhook-endpoints';

// Every concurrent call below runs its transaction on its own pooled connection.
process.env.DATABASE_POOL_MAX = '30';

// Let pg's sockets close before the test database is dropped (see staging-quota.race.test.ts).
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('webhook endpoint races on PostgreSQL', () => {
  it(`10 concurrent creates on an account with room for 3: exactly ${MAX_ENDPOINTS_PER_ACCOUNT} endpoints in the end`, async () => {
    setUpTestSecrets();
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const db = await getDb();
    const hook = (i: number) => ({ url: `https://race.example.com/${i}`, description: '', events: [] });
    for (let i = 0; i < MAX_ENDPOINTS_PER_ACCOUNT - 3; i += 1) await createWebhookEndpoint(db, shipper, hook(i));
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => createWebhookEndpoint(db, shipper, hook(100 + i))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.accountId, account.id))).toHaveLength(
      MAX_ENDPOINTS_PER_ACCOUNT,
    );
  });
});
