import 'server-only';
import { and, asc, eq, gte, isNotNull } from 'drizzle-orm';
import { STAGED_FOR_MS, type StagedUpload } from '@/lib/upload/staging-quota';
import type { DbOrTx, Tx } from '../client';
import { shipperAccounts, uploads } from '../schema';
import { stagedExpiryCutoff } from './staged-upload-expiry';

/** The account's uploads counted against its staging quota: checked, file kept, not expired; oldest first. */
export async function listStagedUploads(db: DbOrTx, accountId: string, now: Date): Promise<StagedUpload[]> {
  const rows = await db
    .select({
      uploadId: uploads.id,
      fileName: uploads.fileName,
      packageCount: uploads.packageCount,
      bytes: uploads.stagedBytes,
      checkedAt: uploads.createdAt,
    })
    .from(uploads)
    .where(
      and(
        eq(uploads.accountId, accountId),
        eq(uploads.status, 'checked'),
        isNotNull(uploads.stagedContent),
        gte(uploads.createdAt, stagedExpiryCutoff(now)),
      ),
    )
    .orderBy(asc(uploads.createdAt));
  return rows.map(({ checkedAt, ...row }) => ({
    ...row,
    checkedAt: checkedAt.toISOString(),
    expiresAt: new Date(checkedAt.getTime() + STAGED_FOR_MS).toISOString(),
  }));
}

/**
 * Makes the account's stagings take turns, on every instance: held until the staging transaction ends,
 * so what the quota counts next includes this one. NO KEY UPDATE rather than UPDATE: rows that merely
 * reference the account (shipments being stored) take KEY SHARE, which this does not block.
 */
export async function lockAccountStaging(tx: Tx, accountId: string): Promise<void> {
  await tx.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.id, accountId)).for('no key update');
}
