import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { TrackerState } from '@/lib/tracking/states';
import { getDb } from '../client';
import { shipments } from '../schema';
import { assertRole } from './access';

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

/** The packages moving through a delivery associate's own station. */
export async function listStationShipments(actor: Actor, limit = 50): Promise<ShipmentRow[]> {
  assertRole(actor, ['delivery_associate']);
  if (!actor.station) return [];
  const db = await getDb();
  return db
    .select(rowColumns)
    .from(shipments)
    .where(and(eq(shipments.marketplace, actor.station), inArray(shipments.trackerState, ['in_transit', 'out_for_delivery'])))
    .orderBy(desc(shipments.lastEventAt))
    .limit(limit);
}
