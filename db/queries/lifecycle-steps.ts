import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { ALLOWED_FROM, type LifecycleAction, mayApply, transition } from '@/lib/lifecycle';
import { MARKETPLACES } from '@/lib/otp/marketplaces';
import { eventOfStep } from '@/lib/webhooks/shipment-events';
import type { Tx } from '../client';
import { shipments, trackingEvents } from '../schema';
import { DeliveryConflictError, type DeliveryRefusal, type StationPackage } from './delivery-scope';
import { enqueueWebhookEvents } from './webhook-events';

const REFUSALS: Record<LifecycleAction, DeliveryRefusal> = {
  pick_up: 'already_picked_up',
  out_for_delivery: 'cannot_go_out',
  deliver: 'not_out_maybe_delivered',
  deliver_with_otp: 'not_out_maybe_delivered',
  otp_not_available: 'not_out',
  return_to_station: 'only_attempted_returns',
};

type SteppablePackage = Pick<
  StationPackage,
  'id' | 'accountId' | 'trackingId' | 'packageClientReferenceId' | 'marketplace' | 'trackerState' | 'status' | 'detailCode'
>;

/**
 * Moves one package one step, writes its tracking event and queues the webhook event the step announces;
 * false when the package was no longer in a state the step starts from. The state check (and any `guard`) is part of the UPDATE, so two devices
 * racing on the same package get one success and one refusal.
 */
export async function tryStep(
  tx: Tx,
  pkg: SteppablePackage,
  action: LifecycleAction,
  actorUserId: string,
  options: { deliveryDate?: string; guard?: SQL } = {},
): Promise<boolean> {
  if (!mayApply(action, pkg.trackerState)) return false;
  const next = transition(pkg, action);
  const now = new Date();
  const [updated] = await tx
    .update(shipments)
    .set({
      status: next.status,
      detailCode: next.detailCode,
      trackerState: next.trackerState,
      lastEventAt: now,
      ...(options.deliveryDate ? { deliveryDate: options.deliveryDate } : {}),
    })
    .where(and(eq(shipments.id, pkg.id), inArray(shipments.trackerState, [...ALLOWED_FROM[action]]), options.guard))
    .returning({ id: shipments.id });
  if (!updated) return false;
  await tx.insert(trackingEvents).values({
    shipmentId: pkg.id,
    eventCode: next.eventCode,
    status: next.status,
    detailCode: next.detailCode,
    eventTime: now,
    location: { countryCode: MARKETPLACES[pkg.marketplace].countryCode },
    actorUserId,
  });
  const event = eventOfStep(action, { ...pkg, ...next }, now);
  if (event) await enqueueWebhookEvents(tx, pkg.accountId, [event], now);
  return true;
}

export async function applyStep(
  tx: Tx,
  pkg: SteppablePackage,
  action: LifecycleAction,
  actorUserId: string,
  options: { deliveryDate?: string } = {},
): Promise<void> {
  if (!(await tryStep(tx, pkg, action, actorUserId, options))) throw new DeliveryConflictError(REFUSALS[action]);
}
