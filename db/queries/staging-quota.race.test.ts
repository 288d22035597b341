import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { uploads } from '@/db/schema';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { HOUR_MS } from '@/lib/time/durations';
import { utf8 } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { discardExpiredStagedUploads } from './staged-upload-expiry';
import { checkUploadFile } from './uploads';

// Every concurrent call below runs its transaction on its own pooled connection.
process.env.DATABASE_POOL_MAX = '30';

// pg's Pool.end() resolves before its sockets have closed; the test database is then dropped WITH
// (FORCE), which would kill the still-closing connections mid-goodbye. Close first and let them go.
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

const fileOf = (ref: string) => utf8(JSON.stringify(sampleGetRatesRequest([samplePackage(ref)])));

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('staging races on PostgreSQL', () => {
  it('10 concurrent checks of one account with room for 5: exactly 5 staged, 5 refused with 429', async () => {
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const db = await getDb();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        checkUploadFile(db, shipper, { fileName: `race-${i}.json`, content: fileOf(`RACE-Q-${i}`), csvMapping: null }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.status === 429)).toHaveLength(5);
    const rows = await db.select().from(uploads).where(eq(uploads.accountId, account.id));
    expect(rows.filter((r) => r.status === 'checked')).toHaveLength(5);
  });

  it('several instances discarding expired uploads at once discard each one once', async () => {
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const db = await getDb();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const outcome = await checkUploadFile(db, shipper, { fileName: `old-${i}.json`, content: fileOf(`OLD-Q-${i}`), csvMapping: null });
      if (!outcome.ok) throw new Error(outcome.message);
      ids.push(outcome.report.uploadId);
    }
    await db
      .update(uploads)
      .set({ createdAt: new Date(Date.now() - 25 * HOUR_MS) })
      .where(inArray(uploads.id, ids));
    const counts = await Promise.all(Array.from({ length: 5 }, () => discardExpiredStagedUploads(db, new Date())));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    const rows = await db.select().from(uploads).where(inArray(uploads.id, ids));
    expect(rows.every((r) => r.status === 'discarded' && r.stagedBytes === 0)).toBe(true);
  });
});
