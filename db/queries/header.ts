import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { DbOrTx } from '../client';
import { shipperAccounts } from '../schema';

/** What the header shows beside the user's name: their account, or their station. */
export async function getHeaderContext(db: DbOrTx, actor: Actor): Promise<string | null> {
  if (actor.role === 'delivery_associate') return actor.station ? `Station ${actor.station}` : null;
  if (actor.role !== 'shipper' || !actor.accountId) return null;
  const [row] = await db
    .select({ name: shipperAccounts.name })
    .from(shipperAccounts)
    .where(eq(shipperAccounts.id, actor.accountId))
    .limit(1);
  return row?.name ?? null;
}
