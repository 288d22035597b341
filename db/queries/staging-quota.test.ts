import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { uploads } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import { utf8 } from '@/lib/upload/sample-files';
import { STAGING_QUOTA } from '@/lib/upload/staging-quota';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { checkUploadFile, discardCheckedUpload, storeCheckedUpload } from './uploads';

let db: Db;
let run = 0;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DAY_AND_AN_HOUR_AGO = () => new Date(Date.now() - 25 * HOUR_MS);

beforeAll(async () => {
  db = await getDb();
});

async function newShipper(): Promise<Actor> {
  const account = await createAccount();
  return actorOf(await createUser('shipper', { accountId: account.id }));
}

function jsonFile(): Uint8Array {
  run += 1;
  return utf8(JSON.stringify(sampleGetRatesRequest([samplePackage(`QUOTA-${run}`)])));
}

async function check(actor: Actor, content = jsonFile()) {
  return checkUploadFile(db, actor, { fileName: `quota-${run}.json`, content, csvMapping: null });
}

async function stageFull(actor: Actor): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < STAGING_QUOTA.maxUploads; i += 1) {
    const outcome = await check(actor);
    if (!outcome.ok) throw new Error(outcome.message);
    ids.push(outcome.report.uploadId);
  }
  return ids;
}

describe('staging quota per account', () => {
  it('refuses a 6th staged file with 429, naming the limit, how to free room and the files waiting', async () => {
    const shipper = await newShipper();
    const ids = await stageFull(shipper);
    const refused = await check(shipper);
    expect(refused).toMatchObject({ ok: false, status: 429, code: 'STAGING_QUOTA_EXCEEDED', maxUploads: 5, maxBytes: 100 * 1024 * 1024 });
    if (refused.ok) return;
    expect(refused.message).toContain('the most it may keep at a time (5)');
    expect(refused.message).toContain('Store or discard');
    expect(refused.message).toContain('expires 24 hours after its check');
    if (refused.code !== 'STAGING_QUOTA_EXCEEDED') return;
    expect(refused.staged.map((s) => s.uploadId)).toEqual(ids);
    expect(refused.staged[0]).toMatchObject({ fileName: expect.stringMatching(/\.json$/), packageCount: 1, bytes: expect.any(Number) });
    expect(Date.parse(refused.staged[0]!.expiresAt) - Date.parse(refused.staged[0]!.checkedAt)).toBe(DAY_MS);
    const staged = await db.select().from(uploads).where(eq(uploads.accountId, shipper.accountId!));
    expect(staged).toHaveLength(5);
  });

  it('refuses a full account before parsing: a PNG gets 429, not 415', async () => {
    const shipper = await newShipper();
    await stageFull(shipper);
    expect(await check(shipper, PNG)).toMatchObject({ status: 429 });
  });

  it('counts the staged size, and storing or discarding one frees its place', async () => {
    const shipper = await newShipper();
    const [first, second] = await stageFull(shipper);
    const [row] = await db.select().from(uploads).where(eq(uploads.id, first!));
    expect(row!.stagedBytes).toBe(row!.stagedContent!.length);
    expect(row!.stagedBytes).toBeGreaterThan(0);

    expect(await storeCheckedUpload(db, shipper, first!)).toMatchObject({ ok: true, stored: 1 });
    const [stored] = await db.select().from(uploads).where(eq(uploads.id, first!));
    expect(stored).toMatchObject({ status: 'stored', stagedContent: null, stagedBytes: 0 });
    expect(await check(shipper)).toMatchObject({ ok: true });
    expect(await check(shipper)).toMatchObject({ status: 429 });

    expect(await discardCheckedUpload(db, shipper, second!)).toBe(true);
    const [discarded] = await db.select().from(uploads).where(eq(uploads.id, second!));
    expect(discarded).toMatchObject({ status: 'discarded', stagedContent: null, stagedBytes: 0 });
    expect(await check(shipper)).toMatchObject({ ok: true });
    expect(await check(shipper)).toMatchObject({ status: 429 });
  });

  it("leaves another account's room alone", async () => {
    const full = await newShipper();
    await stageFull(full);
    const other = await newShipper();
    expect(await check(other)).toMatchObject({ ok: true });
  });

  it('does not count an expired upload, and refuses to store it', async () => {
    const shipper = await newShipper();
    const [oldest] = await stageFull(shipper);
    await db.update(uploads).set({ createdAt: DAY_AND_AN_HOUR_AGO() }).where(eq(uploads.id, oldest!));
    expect(await check(shipper)).toMatchObject({ ok: true });
    expect(await storeCheckedUpload(db, shipper, oldest!)).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringContaining('expired'),
    });
  });
});
