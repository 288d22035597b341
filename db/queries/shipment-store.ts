import 'server-only';
import type { EligibilityResult } from '@/lib/otp';
import type { ParsedPackage } from '@/lib/upload/types';
import type { Tx } from '../client';
import { shipmentItems, shipments, trackingEvents } from '../schema';
import { itemRowsFor, shipmentRowFor } from './shipment-rows';

export interface PackageToStore {
  pkg: ParsedPackage;
  eligibility: EligibilityResult;
}

export interface StoreResult {
  stored: number;
  /** Client references the account already had (an earlier upload, or one that raced this one). */
  duplicates: number;
  eligibleStored: number;
}

/** Rows per INSERT: ~30 columns each stays well under PostgreSQL's 65,535 bind parameters. */
const BATCH = 1000;

/**
 * Inserts packages as "Label Created" shipments with their items and first tracking event, inside the
 * caller's transaction. The unique (account, client reference) index decides duplicates, so two
 * uploads racing with the same ids end with exactly one copy.
 */
export async function storeShipments(
  tx: Tx,
  accountId: string,
  uploadId: string | null,
  entries: readonly PackageToStore[],
  onProgress?: (done: number, total: number) => void,
): Promise<StoreResult> {
  const now = new Date();
  let stored = 0;
  let eligibleStored = 0;
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const inserted = await tx
      .insert(shipments)
      .values(batch.map((e) => shipmentRowFor(accountId, uploadId, e.pkg, e.eligibility, now)))
      .onConflictDoNothing({ target: [shipments.accountId, shipments.packageClientReferenceId] })
      .returning({ id: shipments.id, ref: shipments.packageClientReferenceId, eligible: shipments.otpEligible });
    const byRef = new Map(batch.map((e) => [e.pkg.packageClientReferenceId, e.pkg]));
    const items = inserted.flatMap((row) => itemRowsFor(byRef.get(row.ref)!).map((item) => ({ ...item, shipmentId: row.id })));
    for (let i = 0; i < items.length; i += BATCH * 4) await tx.insert(shipmentItems).values(items.slice(i, i + BATCH * 4));
    if (inserted.length > 0) {
      await tx.insert(trackingEvents).values(
        inserted.map((row) => ({ shipmentId: row.id, eventCode: 'ReadyForReceive' as const, status: 'PreTransit' as const, eventTime: now })),
      );
    }
    stored += inserted.length;
    eligibleStored += inserted.filter((row) => row.eligible).length;
    onProgress?.(Math.min(start + BATCH, entries.length), entries.length);
  }
  return { stored, duplicates: entries.length - stored, eligibleStored };
}
