import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import type { TrackerQuery } from '@/lib/tracker/query';
import type { DbOrTx } from '../client';
import { shipmentRollups } from '../schema';
import { oncePerRequest } from './request-memo';
import { cohortRollupFilters } from './tracker-cohort-filters';

/** Shipments per tracker state, exact. */
export type StateTotals = Record<TrackerState, number>;

/**
 * Whether the rollups hold the view's filters: the account, the states, OTP eligibility, marketplace, label days,
 * first ineligibility reason, lock-outs and first attempt; not a search, pasted ids, last-event days or an upload.
 */
export function countableFromRollups(query: TrackerQuery): boolean {
  return query.q === '' && query.ids.length === 0 && query.from === null && query.to === null && query.upload === null;
}

type RollupFilters = Pick<TrackerQuery, 'otp' | 'marketplace' | 'labelFrom' | 'labelTo' | 'reason' | 'lockedOut' | 'firstAttempt'>;

async function sumStates(db: DbOrTx, accountId: string, filters: RollupFilters): Promise<StateTotals> {
  const where: SQL[] = [eq(shipmentRollups.accountId, accountId)];
  if (filters.otp !== 'any') where.push(eq(shipmentRollups.otpEligible, filters.otp === 'yes'));
  if (filters.marketplace) where.push(eq(shipmentRollups.marketplace, filters.marketplace));
  where.push(...cohortRollupFilters(filters));
  const rows = await db
    .select({ state: shipmentRollups.trackerState, n: sql<number>`sum(${shipmentRollups.shipments})::int`.mapWith(Number) })
    .from(shipmentRollups)
    .where(and(...where))
    .groupBy(shipmentRollups.trackerState);
  const totals = Object.fromEntries(TRACKER_STATES.map((s) => [s, 0])) as StateTotals;
  for (const r of rows) totals[r.state] = r.n;
  return totals;
}

/**
 * The account's shipments per state under the view's other filters, summed from the shipment
 * rollups (a few thousand rows at a million shipments) instead of counted; once per request.
 * Only for views `countableFromRollups` accepts.
 */
export function sumStatesFromRollups(db: DbOrTx, accountId: string, query: TrackerQuery): Promise<StateTotals> {
  const { otp, marketplace, labelFrom, labelTo, reason, lockedOut, firstAttempt } = query;
  const filters: RollupFilters = { otp, marketplace, labelFrom, labelTo, reason, lockedOut, firstAttempt };
  return oncePerRequest(db, `rollup-states:${accountId}:${JSON.stringify(filters)}`, () => sumStates(db, accountId, filters));
}
