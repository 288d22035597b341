/** The API benchmark's account: one shipper with OTP on, its keys made as the settings page makes them, and stored shipments to track. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { createApiKey } from '../../db/queries/api-keys';
import { checkUploadFile, storeCheckedUpload } from '../../db/queries/uploads';
import { actorFromUser } from '../../db/queries/users';
import { shipments, shipperAccounts, users } from '../../db/schema';
import { csvFile, utf8 } from '../../lib/upload/sample-files';

export interface ApiBenchData {
  /** For the throughput runs (its limit raised by the server's environment). */
  loadKey: string;
  /** A second key, untouched before the limiter run. */
  limiterKey: string;
  trackingIds: string[];
}

/** Stores `count` shipments through the upload's own check and store, as a shipper's CSV file would. */
async function storeShipments(db: Db, actor: ReturnType<typeof actorFromUser>, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    package_client_reference_id: `bench-stored-${i}`,
    insured_value: String(50 + (i % 200)),
  }));
  const checked = await checkUploadFile(db, actor, { fileName: 'bench-api.csv', content: utf8(csvFile(rows)), csvMapping: null });
  if (!checked.ok) throw new Error(`the bench upload was refused: ${checked.message}`);
  const stored = await storeCheckedUpload(db, actor, checked.report.uploadId);
  if (!stored.ok || stored.stored !== count) throw new Error(`the bench upload stored ${JSON.stringify(stored)}`);
}

export async function prepareApiBench(db: Db, shipmentCount: number): Promise<ApiBenchData> {
  const [account] = await db
    .insert(shipperAccounts)
    .values({ name: 'Bench API Ltd', homeMarketplace: 'UK', marketplaces: ['UK'], otpEnabled: true })
    .returning();
  const [user] = await db
    .insert(users)
    .values({ email: 'bench.api@bench.example', name: 'Bench API', role: 'shipper', accountId: account!.id })
    .returning();
  const actor = actorFromUser(user!);
  const loadKey = (await createApiKey(db, actor, 'bench load')).key;
  const limiterKey = (await createApiKey(db, actor, 'bench limiter')).key;
  await storeShipments(db, actor, shipmentCount);
  const tracked = await db.select({ trackingId: shipments.trackingId }).from(shipments).where(eq(shipments.accountId, account!.id));
  return { loadKey, limiterKey, trackingIds: tracked.map((s) => s.trackingId) };
}
