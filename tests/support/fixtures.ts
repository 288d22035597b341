import bcrypt from 'bcryptjs';
import { getDb } from '@/db/client';
import { shipperAccounts, users } from '@/db/schema';
import { actorFromUser } from '@/db/queries/users';
import type { Station } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';

export const TEST_PASSWORD = 'correct horse battery';
const hash = bcrypt.hashSync(TEST_PASSWORD, 4);
let sequence = 0;

export async function createUser(
  role: Role,
  extra: { accountId?: string; station?: Station; phoneE164?: string; disabled?: boolean } = {},
) {
  const db = await getDb();
  sequence += 1;
  const [user] = await db
    .insert(users)
    .values({
      email: `${role}.${sequence}@test.example`,
      name: `${role} ${sequence}`,
      passwordHash: role === 'recipient' ? null : hash,
      role,
      ...extra,
    })
    .returning();
  return user!;
}

export async function createAccount(values: Partial<typeof shipperAccounts.$inferInsert> = {}) {
  const db = await getDb();
  sequence += 1;
  const [account] = await db
    .insert(shipperAccounts)
    .values({ name: `Account ${sequence}`, homeMarketplace: 'UK', marketplaces: ['UK'], ...values })
    .returning();
  return account!;
}

export const actorOf = actorFromUser;

/** Two shipper accounts, each with a shipper; a manager of A only; a manager of nothing; a DA; a recipient. */
export async function createTenants() {
  const manager = await createUser('account_manager');
  const otherManager = await createUser('account_manager');
  const accountA = await createAccount({ name: 'Tenant A', managerUserId: manager.id });
  const accountB = await createAccount({ name: 'Tenant B', managerUserId: otherManager.id });
  const shipperA = await createUser('shipper', { accountId: accountA.id });
  const shipperB = await createUser('shipper', { accountId: accountB.id });
  const da = await createUser('delivery_associate', { station: 'UK' });
  const recipient = await createUser('recipient', { phoneE164: '+447700900123' });
  return { manager, otherManager, accountA, accountB, shipperA, shipperB, da, recipient };
}
