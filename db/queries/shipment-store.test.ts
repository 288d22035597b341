import '@/tests/support/db-setup';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import { createAccount } from '@/tests/support/fixtures';
import type { ParsedPackage } from '@/lib/upload/types';
import { storeShipments } from './shipment-store';

const ids = vi.hoisted(() => ({ queue: [] as string[], next: 100 }));
vi.mock('@/lib/tracker/tracking-id', () => ({
  generateTrackingId: () => ids.queue.shift() ?? `SC${String((ids.next += 1)).padStart(12, '0')}`,
}));

let db: Db;
let accountId: string;

function packages(refs: string[]): ParsedPackage[] {
  const outcome = parseShipmentFile(utf8(csvFile(refs.map((ref) => ({ package_client_reference_id: ref })))));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.packages;
}

const judge = (pkg: ParsedPackage) => eligibilityOf(pkg, { otpEnabled: true, emailNotifications: true, smsNotifications: true });

beforeAll(async () => {
  db = await getDb();
  accountId = (await createAccount({ otpEnabled: true })).id;
});

describe('storeShipments', () => {
  it('gives a package whose random tracking id clashes a new one instead of dropping it', async () => {
    ids.queue.push('SC000000000001');
    await db.transaction((tx) => storeShipments(tx, accountId, null, packages(['FIRST']), judge));
    ids.queue.push('SC000000000001', 'SC000000000001');
    const result = await db.transaction((tx) => storeShipments(tx, accountId, null, packages(['A', 'B', 'C']), judge));
    expect(result).toEqual({ stored: 3, duplicates: 0, eligibleStored: 3 });
    const rows = await db
      .select({ ref: shipments.packageClientReferenceId, trackingId: shipments.trackingId })
      .from(shipments)
      .where(eq(shipments.accountId, accountId));
    expect(rows.map((r) => r.ref).sort()).toEqual(['A', 'B', 'C', 'FIRST']);
    expect(new Set(rows.map((r) => r.trackingId)).size).toBe(4);
  });

  it('counts a client reference the account already has as a duplicate, not a clash', async () => {
    const result = await db.transaction((tx) => storeShipments(tx, accountId, null, packages(['A', 'D']), judge));
    expect(result).toEqual({ stored: 1, duplicates: 1, eligibleStored: 1 });
  });
});
