/**
 * Everyone whose pages the tracker benchmark loads besides the shipper: an account manager who manages
 * every bench account, a delivery associate at the big account's UK station, and a recipient with a
 * mobile number (their packages come from the delivery round and the recipient history seeds).
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actorFromUser } from '../../db/queries/users';
import { shipperAccounts, users } from '../../db/schema';
import type { Actor } from '../../lib/auth/actor';
import type { BenchTenants } from './tracker-seed';

export interface BenchPeople {
  shipper: Actor;
  manager: Actor;
  deliveryAssociate: Actor;
  /** Signs in with a code sent to this actor's `phoneE164`. */
  recipient: Actor;
}

export const BENCH_STATION = 'UK' as const;

/** Not of the bulk seed's form (`+447700` + 5 digits + `1`), so none of its shipments is theirs by chance. */
const RECIPIENT_PHONE = '+447700900777';

export async function seedBenchPeople(db: Db, tenants: BenchTenants, passwordHash: string): Promise<BenchPeople> {
  const [manager, deliveryAssociate, recipient] = await db
    .insert(users)
    .values([
      { email: 'bench.manager@example.test', name: 'Bench Manager', passwordHash, role: 'account_manager' },
      { email: 'bench.da@example.test', name: 'Bench Driver', passwordHash, role: 'delivery_associate', station: BENCH_STATION },
      { email: 'maya.wilson@example.test', name: 'Maya Wilson', role: 'recipient', phoneE164: RECIPIENT_PHONE },
    ])
    .returning();
  await db
    .update(shipperAccounts)
    .set({ managerUserId: manager!.id })
    .where(inArray(shipperAccounts.id, [tenants.mainAccountId, ...tenants.otherAccountIds]));
  const [shipper] = await db.select().from(users).where(eq(users.id, tenants.shipperUserId));
  return {
    shipper: actorFromUser(shipper!),
    manager: actorFromUser(manager!),
    deliveryAssociate: actorFromUser(deliveryAssociate!),
    recipient: actorFromUser(recipient!),
  };
}
