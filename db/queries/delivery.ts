import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { deliveredFor, outForDeliveryFor, shippedFor } from '@/lib/messages/package-messages';
import { deliveryDayAt, endOfDeliveryDay, passcodeKeys } from '@/lib/passcode';
import { DAY_MS } from '@/lib/time/durations';
import type { TrackerState } from '@/lib/tracker/states';
import type { DbOrTx } from '../client';
import { shipments, shipperAccounts } from '../schema';
import { passcodeScopeOf } from './delivery-passcode';
import { descNullsLast } from './desc-index-order';
import {
  DeliveryConflictError,
  loadStationPackage,
  needsPasscode,
  passcodeStillNeeded,
  stationOf,
  stationPackageColumns,
  type StationPackage,
} from './delivery-scope';
import { applyStep } from './lifecycle-steps';
import { enqueueMessages } from './outbox';
import { getOrCreatePasscode } from './passcode-store';

/** What a DA sees of a package in the list: no recipient contact details, no passcode material. */
export interface StationPackageSummary {
  id: string;
  trackingId: string;
  recipientName: string;
  shipperName: string;
  trackerState: TrackerState;
  /** Its recipient's passcode is still to be asked for: false once it is delivered. */
  needsPasscode: boolean;
  lastEventAt: Date;
}

const OPEN_STATES: TrackerState[] = ['label_created', 'in_transit', 'out_for_delivery'];
const FINISHED_STATES: TrackerState[] = [
  'delivered',
  'delivered_with_otp',
  'attempted_otp_not_available',
  'delivery_attempted',
  'returned_to_station',
];

function startOfToday(station: StationPackage['marketplace'], now: Date): Date {
  const yesterday = deliveryDayAt(station, new Date(now.getTime() - DAY_MS));
  return endOfDeliveryDay(station, yesterday);
}

const LIST_SIZE = 300;

/**
 * The newest LIST_SIZE packages of each state the list shows, each read from the (marketplace, state,
 * last event) index: a station's open packages are found without reading its finished history (a
 * sequential scan of every shipment at a million: 280 ms). A finished state's scan starts at today's first
 * event as an index bound, so it stops where today ends instead of filtering the state's whole history.
 */
function newestPerState(station: StationPackage['marketplace'], todayStarts: Date) {
  const states = sql.join(
    [...OPEN_STATES, ...FINISHED_STATES].map((state) => sql`${state}`),
    sql`, `,
  );
  const open = sql.join(
    OPEN_STATES.map((state) => sql`${state}`),
    sql`, `,
  );
  return sql`(select newest.id from unnest(array[${states}]::tracker_state[]) as listed(state)
    cross join lateral (
      select s.id from ${shipments} s
      where s.marketplace = ${station} and s.tracker_state = listed.state
        and s.last_event_at >= (case when listed.state in (${open}) then '-infinity'::timestamptz
          else ${todayStarts.toISOString()}::timestamptz end)
      order by ${descNullsLast(sql.raw('s.last_event_at'))}, s.id
      limit ${LIST_SIZE}
    ) as newest)`;
}

/** Today's packages at the DA's station: everything still open, and what was finished today. */
export async function listTodaysPackages(db: DbOrTx, actor: Actor, now = new Date()): Promise<StationPackageSummary[]> {
  const station = stationOf(actor);
  const rows = await db
    .select(stationPackageColumns)
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(inArray(shipments.id, newestPerState(station, startOfToday(station, now))))
    .orderBy(desc(shipments.lastEventAt), shipments.id)
    .limit(LIST_SIZE);
  return (rows as StationPackage[]).map((r) => ({
    id: r.id,
    trackingId: r.trackingId,
    recipientName: r.recipientName,
    shipperName: r.shipperName,
    trackerState: r.trackerState,
    needsPasscode: passcodeStillNeeded(r),
    lastEventAt: r.lastEventAt,
  }));
}

export async function pickUp(db: DbOrTx, actor: Actor, shipmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const pkg = await loadStationPackage(tx, actor, shipmentId);
    await applyStep(tx, pkg, 'pick_up', actor.userId);
    await enqueueMessages(tx, shippedFor(pkg, needsPasscode(pkg)));
  });
}

/**
 * Out for delivery; for a passcode package, its account's passcode for the recipient today is got or
 * created in the same transaction, first, so a passcode locked today keeps the package at the station.
 * Messages are queued in that transaction: Out For Delivery always, the passcode only when this call
 * created it (one passcode message per account, recipient and day).
 */
export async function takeOutForDelivery(db: DbOrTx, actor: Actor, shipmentId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const pkg = await loadStationPackage(tx, actor, shipmentId);
    const deliveryDate = deliveryDayAt(pkg.marketplace, now);
    const passcode = needsPasscode(pkg)
      ? await getOrCreatePasscode(tx, passcodeKeys(), { ...passcodeScopeOf(pkg, deliveryDate), marketplace: pkg.marketplace })
      : null;
    if (passcode?.locked) throw new DeliveryConflictError('locked_today');
    await applyStep(tx, pkg, 'out_for_delivery', actor.userId, { deliveryDate });
    await enqueueMessages(tx, outForDeliveryFor(pkg, passcode && { ...passcode, deliveryDate }));
  });
}

/** A package that needs no passcode is handed over directly. */
export async function deliverWithoutPasscode(db: DbOrTx, actor: Actor, shipmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const pkg = await loadStationPackage(tx, actor, shipmentId);
    if (needsPasscode(pkg)) throw new DeliveryConflictError('needs_passcode');
    await applyStep(tx, pkg, 'deliver', actor.userId);
    await enqueueMessages(tx, deliveredFor(pkg, false, new Date()));
  });
}

export async function returnToStation(db: DbOrTx, actor: Actor, shipmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await loadStationPackage(tx, actor, shipmentId);
    await applyStep(tx, row, 'return_to_station', actor.userId);
  });
}

async function stationIdsIn(db: DbOrTx, actor: Actor, state: TrackerState): Promise<string[]> {
  const station = stationOf(actor);
  const rows = await db
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.marketplace, station), eq(shipments.trackerState, state)))
    .orderBy(shipments.createdAt);
  return rows.map((r) => r.id);
}

/** "Run the day": each package moves in its own transaction; one a colleague moved first is skipped. */
async function moveEach(ids: string[], move: (id: string) => Promise<void>): Promise<number> {
  let moved = 0;
  for (const id of ids) {
    try {
      await move(id);
      moved += 1;
    } catch (error) {
      if (!(error instanceof DeliveryConflictError)) throw error;
    }
  }
  return moved;
}

export async function pickUpAll(db: DbOrTx, actor: Actor): Promise<number> {
  return moveEach(await stationIdsIn(db, actor, 'label_created'), (id) => pickUp(db, actor, id));
}

export async function takeAllOutForDelivery(db: DbOrTx, actor: Actor, now = new Date()): Promise<number> {
  return moveEach(await stationIdsIn(db, actor, 'in_transit'), (id) => takeOutForDelivery(db, actor, id, now));
}
