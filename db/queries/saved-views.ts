import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { parseTrackerQuery, serializeTrackerQuery } from '@/lib/tracker/query';
import type { DbOrTx } from '../client';
import { savedViews } from '../schema';
import { assertRole } from './access';

export interface SavedViewSummary {
  id: string;
  name: string;
  /** The view's canonical URL search string, without a page cursor. */
  query: string;
}

const TRACKER_ROLES = ['shipper', 'account_manager'] as const;

/** The views the actor saved, by name; each user sees only their own. */
export async function listSavedViews(db: DbOrTx, actor: Actor): Promise<SavedViewSummary[]> {
  assertRole(actor, TRACKER_ROLES);
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
    .from(savedViews)
    .where(eq(savedViews.userId, actor.userId))
    .orderBy(asc(savedViews.name));
}

/** Saves a view under a name; saving again under the same name replaces it. */
export async function saveView(db: DbOrTx, actor: Actor, name: string, search: string): Promise<SavedViewSummary> {
  assertRole(actor, TRACKER_ROLES);
  const query = serializeTrackerQuery(parseTrackerQuery(new URLSearchParams(search)), { withCursor: false }).toString();
  const [row] = await db
    .insert(savedViews)
    .values({ userId: actor.userId, name, query })
    .onConflictDoUpdate({ target: [savedViews.userId, savedViews.name], set: { query } })
    .returning({ id: savedViews.id, name: savedViews.name, query: savedViews.query });
  return row!;
}

export async function deleteSavedView(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  assertRole(actor, TRACKER_ROLES);
  const deleted = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, actor.userId)))
    .returning({ id: savedViews.id });
  if (deleted.length === 0) throw new NotFoundError('No such saved view.');
}
