import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { DbOrTx } from '../client';
import { auditLog, users } from '../schema';
import { resolveAccountAccess } from './access';
import { descNullsLast } from './desc-index-order';

export interface SettingChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  actorRole: Role;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/**
 * Records the actor's changes to an account. Call it inside the transaction that makes the changes,
 * on an account already resolved for this actor; unchanged values are not recorded.
 */
export async function writeAuditEntries(tx: DbOrTx, actor: Actor, accountId: string, changes: readonly SettingChange[]): Promise<number> {
  const real = changes.filter((c) => c.oldValue !== c.newValue);
  if (real.length === 0) return 0;
  await tx.insert(auditLog).values(
    real.map((c) => ({
      actorUserId: actor.userId,
      actorRole: actor.role,
      accountId,
      field: c.field,
      oldValue: c.oldValue,
      newValue: c.newValue,
    })),
  );
  return real.length;
}

/** The latest settings changes of one account the actor may see, newest first. */
export async function listAuditLog(db: DbOrTx, actor: Actor, accountId?: string | null, limit = 50): Promise<AuditRow[]> {
  const id = await resolveAccountAccess(db, actor, accountId);
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      actorEmail: users.email,
      actorRole: auditLog.actorRole,
      field: auditLog.field,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(eq(auditLog.accountId, id))
    .orderBy(descNullsLast(auditLog.at), desc(auditLog.id))
    .limit(Math.min(Math.max(limit, 1), 200));
}
