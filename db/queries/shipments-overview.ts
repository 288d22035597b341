import 'server-only';
import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { TrackerState } from '@/lib/tracking/states';
import { getDb } from '../client';
import { shipments } from '../schema';
import { resolveAccountAccess } from './access';

export interface ShipmentRow {
  trackingId: string;
  packageClientReferenceId: string;
  recipientName: string;
  marketplace: string | null;
  insuredValueMinor: number;
  insuredCurrency: string;
  otpEligible: boolean;
  trackerState: TrackerState;
  lastEventAt: Date;
}

const rowColumns = {
  trackingId: shipments.trackingId,
  packageClientReferenceId: shipments.packageClientReferenceId,
  recipientName: shipments.recipientName,
  marketplace: shipments.marketplace,
  insuredValueMinor: shipments.insuredValueMinor,
  insuredCurrency: shipments.insuredCurrency,
  otpEligible: shipments.otpEligible,
  trackerState: shipments.trackerState,
  lastEventAt: shipments.lastEventAt,
};

/** Shipments per tracker state for one account the actor may see. */
export async function countShipmentsByState(actor: Actor, accountId?: string | null): Promise<Partial<Record<TrackerState, number>>> {
  const db = await getDb();
  const id = await resolveAccountAccess(db, actor, accountId);
  const rows = await db
    .select({ state: shipments.trackerState, n: count() })
    .from(shipments)
    .where(eq(shipments.accountId, id))
    .groupBy(shipments.trackerState);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

export async function listRecentShipments(actor: Actor, accountId?: string | null, limit = 10): Promise<ShipmentRow[]> {
  const db = await getDb();
  const id = await resolveAccountAccess(db, actor, accountId);
  return db.select(rowColumns).from(shipments).where(eq(shipments.accountId, id)).orderBy(desc(shipments.lastEventAt)).limit(limit);
}
