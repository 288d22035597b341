import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { DEFAULT_QUERY, type TrackerQuery } from '@/lib/tracker/query';
import { utf8 } from '@/lib/upload/sample-files';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { countTrackerStatuses, listTrackerShipments, streamTrackerExport } from './tracker';
import { checkUploadFile, storeCheckedUpload } from './uploads';

let db: Db;
let t: Awaited<ReturnType<typeof createTenants>>;
let shipperA: Actor;

const q = (change: Partial<TrackerQuery>): TrackerQuery => ({ ...DEFAULT_QUERY, size: 100, ...change });

/** Checks and stores a file of the sample package under each reference; the upload's id. */
async function storeFile(actor: Actor, refs: string[]): Promise<string> {
  const content = utf8(JSON.stringify(sampleGetRatesRequest(refs.map((ref) => samplePackage(ref)))));
  const checked = await checkUploadFile(db, actor, { fileName: 'file.json', content, csvMapping: null });
  if (!checked.ok) throw new Error(`check refused: ${checked.message}`);
  const stored = await storeCheckedUpload(db, actor, checked.report.uploadId);
  if (!stored.ok) throw new Error(`store refused: ${stored.message}`);
  return checked.report.uploadId;
}

const refsOf = async (actor: Actor, query: TrackerQuery) =>
  (await listTrackerShipments(db, actor, query)).rows.map((r) => r.clientRef).sort();

beforeAll(async () => {
  db = await getDb();
  t = await createTenants();
  shipperA = actorOf(t.shipperA);
});

describe('tracker filtered by upload', () => {
  it('shows exactly the shipments an upload stored, not those it found already stored', async () => {
    const first = await storeFile(shipperA, ['UP-1', 'UP-2']);
    const second = await storeFile(shipperA, ['UP-2', 'UP-3', 'UP-4']);
    expect(await refsOf(shipperA, q({ upload: first }))).toEqual(['UP-1', 'UP-2']);
    expect(await refsOf(shipperA, q({ upload: second }))).toEqual(['UP-3', 'UP-4']);
    expect((await listTrackerShipments(db, shipperA, q({ upload: second }))).total).toEqual({ count: 2, capped: false });
    expect((await countTrackerStatuses(db, shipperA, q({ upload: second })))!.label_created).toEqual({ count: 2, capped: false });
    const exported: string[] = [];
    for await (const batch of streamTrackerExport(db, shipperA, q({ upload: second }))) exported.push(...batch.map((r) => r.clientRef));
    expect(exported.sort()).toEqual(['UP-3', 'UP-4']);
    expect(await refsOf(actorOf(t.manager), q({ upload: first, account: t.accountA.id }))).toEqual(['UP-1', 'UP-2']);
  });

  it('shows another account nothing of an upload not its own', async () => {
    const upload = await storeFile(shipperA, ['UP-OTHER-1']);
    await storeFile(actorOf(t.shipperB), ['UP-OTHER-1']);
    expect(await refsOf(actorOf(t.shipperB), q({ upload }))).toEqual([]);
    expect(await refsOf(actorOf(t.otherManager), q({ upload }))).toEqual([]);
    await expect(listTrackerShipments(db, actorOf(t.shipperB), q({ upload, account: t.accountA.id }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
