import 'server-only';
import { eq, gt, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { createdAtBoundsOf } from '@/lib/insights/period';
import type { TrackerQuery } from '@/lib/tracker/query';
import { shipmentRollups, shipments } from '../schema';

/**
 * The tracker's cohort filters (label days, first ineligibility reason, lock-outs, first attempt), which the
 * insights link to: the same conditions on the shipments and on their rollups (migrations 0009 and 0011), so a
 * view counts from the rollups exactly what its pages list.
 */
type CohortQuery = Pick<TrackerQuery, 'labelFrom' | 'labelTo' | 'reason' | 'lockedOut' | 'firstAttempt'>;

/** Label days on the shipments: a `created_at` range the (account, created_at) index can serve, then the exact day. */
function labelDays(from: string | null, to: string | null): SQL[] {
  if (!from && !to) return [];
  const bounds = createdAtBoundsOf({ from: from ?? to!, to: to ?? from! });
  const day = sql`shipment_rollup_day(${shipments.createdAt}, ${shipments.marketplace})`;
  return [
    ...(from ? [gte(shipments.createdAt, bounds.from), sql`${day} >= ${from}::date`] : []),
    ...(to ? [lt(shipments.createdAt, bounds.before), sql`${day} <= ${to}::date`] : []),
  ];
}

export function cohortShipmentFilters(query: CohortQuery): SQL[] {
  return [
    ...labelDays(query.labelFrom, query.labelTo),
    ...(query.reason ? [sql`${shipments.eligibility} -> 'reasons' -> 0 ->> 'code' = ${query.reason}`] : []),
    ...(query.lockedOut ? [gt(shipments.lockouts, 0)] : []),
    ...(query.firstAttempt ? [eq(shipments.deliveryAttempts, 1)] : []),
  ];
}

/** The same filters on `shipment_rollups`, whose `attempts` holds 2 for two or more. */
export function cohortRollupFilters(query: CohortQuery): SQL[] {
  return [
    ...(query.labelFrom ? [gte(shipmentRollups.day, query.labelFrom)] : []),
    ...(query.labelTo ? [lte(shipmentRollups.day, query.labelTo)] : []),
    ...(query.reason ? [eq(shipmentRollups.reason, query.reason)] : []),
    ...(query.lockedOut ? [eq(shipmentRollups.lockedOut, true)] : []),
    ...(query.firstAttempt ? [eq(shipmentRollups.attempts, 1)] : []),
  ];
}
