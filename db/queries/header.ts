import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { DbOrTx } from '../client';
import { shipperAccounts } from '../schema';

/** The shipper's account name, which the header shows beside the user's name; null for other roles. */
export async function getHeaderAccountName(db: DbOrTx, actor: Actor): Promise<string | null> {
  if (actor.role !== 'shipper' || !actor.accountId) return null;
  const [row] = await db
    .select({ name: shipperAccounts.name })
    .from(shipperAccounts)
    .where(eq(shipperAccounts.id, actor.accountId))
    .limit(1);
  return row?.name ?? null;
}
