import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { STAGED_FOR_MS } from '@/lib/upload/staging-quota';
import { forgetCheckedPackages } from '../cache/checked-packages';
import type { DbOrTx } from '../client';
import { uploads } from '../schema';

/** Uploads checked before this moment have waited their 24 hours. */
export function stagedExpiryCutoff(now: Date): Date {
  return new Date(now.getTime() - STAGED_FOR_MS);
}

/**
 * Discards every account's staged uploads that have expired and returns how many. One UPDATE guarded by
 * the status, so several instances running it at once, or twice, discard each upload once.
 */
export async function discardExpiredStagedUploads(db: DbOrTx, now: Date): Promise<number> {
  const discarded = await db
    .update(uploads)
    .set({ status: 'discarded', stagedContent: null, stagedBytes: 0 })
    .where(and(eq(uploads.status, 'checked'), lt(uploads.createdAt, stagedExpiryCutoff(now))))
    .returning({ id: uploads.id });
  for (const { id } of discarded) forgetCheckedPackages(id);
  return discarded.length;
}
