import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { uploads } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { HOUR_MS } from '@/lib/time/durations';
import { utf8 } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { takeCheckedPackages } from '../cache/checked-packages';
import { startHousekeeping } from '../housekeeping-schedule';
import { discardExpiredStagedUploads } from './staged-upload-expiry';
import { checkUploadFile, storeCheckedUpload } from './uploads';

let db: Db;
let run = 0;

beforeAll(async () => {
  db = await getDb();
});

async function newShipper(): Promise<Actor> {
  const account = await createAccount();
  return actorOf(await createUser('shipper', { accountId: account.id }));
}

async function staged(actor: Actor, ageHours = 0): Promise<string> {
  run += 1;
  const content = utf8(JSON.stringify(sampleGetRatesRequest([samplePackage(`EXPIRY-${run}`)])));
  const outcome = await checkUploadFile(db, actor, { fileName: `e${run}.json`, content, csvMapping: null });
  if (!outcome.ok) throw new Error(outcome.message);
  const { uploadId } = outcome.report;
  if (ageHours)
    await db
      .update(uploads)
      .set({ createdAt: new Date(Date.now() - ageHours * HOUR_MS) })
      .where(eq(uploads.id, uploadId));
  return uploadId;
}

const rowsOf = (ids: string[]) => db.select().from(uploads).where(inArray(uploads.id, ids));

describe('discarding expired staged uploads', () => {
  it("discards every account's uploads checked more than 24 hours ago, zeroes their staged bytes, keeps fresh ones; a second run changes nothing", async () => {
    const [a, b] = [await newShipper(), await newShipper()];
    const expired = [await staged(a, 25), await staged(b, 30)];
    const fresh = [await staged(a, 23), await staged(b)];
    const storedLongAgo = await staged(a);
    await storeCheckedUpload(db, a, storedLongAgo);
    await db
      .update(uploads)
      .set({ createdAt: new Date(Date.now() - 48 * HOUR_MS) })
      .where(eq(uploads.id, storedLongAgo));

    expect(await discardExpiredStagedUploads(db, new Date())).toBe(2);
    for (const row of await rowsOf(expired)) expect(row).toMatchObject({ status: 'discarded', stagedContent: null, stagedBytes: 0 });
    for (const row of await rowsOf(fresh)) {
      expect(row.status).toBe('checked');
      expect(row.stagedBytes).toBe(row.stagedContent!.length);
    }
    expect((await rowsOf([storedLongAgo]))[0]!.status).toBe('stored');
    // This process no longer holds their packages either.
    expect(takeCheckedPackages(expired[0]!, a.accountId!)).toBeNull();

    expect(await discardExpiredStagedUploads(db, new Date())).toBe(0);
    for (const row of await rowsOf(fresh)) expect(row.status).toBe('checked');
  });

  it('runs on start and on a schedule, without an upload to trigger it', async () => {
    const expired = await staged(await newShipper(), 25);
    const timer = startHousekeeping();
    try {
      await vi.waitFor(async () => expect((await rowsOf([expired]))[0]!.status).toBe('discarded'));
    } finally {
      clearInterval(timer);
    }
  });
});
