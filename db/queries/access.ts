import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import type { Role } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids/uuid';
import type { DbOrTx } from '../client';
import { shipperAccounts } from '../schema';

export function assertRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new AccessDeniedError('Your role may not do this.');
}

/** A shipper's own account id; the account always comes from the session, never from the request. */
export function ownAccountId(actor: Actor): string {
  assertRole(actor, ['shipper']);
  if (!actor.accountId) throw new AccessDeniedError('Your user is not attached to a shipper account.');
  return actor.accountId;
}

/**
 * The account a shipper or account manager is acting on: a shipper always gets their own (any id they
 * name must be it); a manager only an account assigned to them. Unknown and not-yours look the same.
 */
export async function resolveAccountAccess(db: DbOrTx, actor: Actor, accountId?: string | null): Promise<string> {
  if (actor.role === 'shipper') {
    const own = ownAccountId(actor);
    if (accountId && accountId !== own) throw new NotFoundError('No such shipper account.');
    return own;
  }
  assertRole(actor, ['account_manager']);
  if (!accountId || !isUuid(accountId)) throw new NotFoundError('No such shipper account.');
  const [row] = await db
    .select({ id: shipperAccounts.id })
    .from(shipperAccounts)
    .where(and(eq(shipperAccounts.id, accountId), eq(shipperAccounts.managerUserId, actor.userId)))
    .limit(1);
  if (!row) throw new NotFoundError('No such shipper account.');
  return row.id;
}

/**
 * A condition on `accountColumn` keeping rows of the accounts the actor may read: a shipper's own, or every
 * account assigned to an account manager. Every other role is refused.
 */
export function readableAccounts(db: DbOrTx, actor: Actor, accountColumn: PgColumn): SQL {
  assertRole(actor, ['shipper', 'account_manager']);
  if (actor.role === 'shipper') return eq(accountColumn, ownAccountId(actor));
  return inArray(
    accountColumn,
    db.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.managerUserId, actor.userId)),
  );
}
