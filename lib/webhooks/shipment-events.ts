import type { LifecycleAction } from '../lifecycle';
import type { Marketplace } from '../otp/marketplaces';
import type { TrackerState } from '../tracker/states';
import type { WebhookEventType } from './events';

/** An event about to be queued for every endpoint of its account that subscribes to its type. */
export interface WebhookEvent {
  type: WebhookEventType;
  shipmentId: string | null;
  data: Record<string, unknown>;
}

/** What every shipment event says about its package: ids, carrier codes and state; never contact details. */
export interface ShipmentFacts {
  id: string;
  trackingId: string;
  packageClientReferenceId: string;
  marketplace: Marketplace;
  status: string;
  detailCode: string | null;
  trackerState: TrackerState;
}

const EVENT_OF_STEP: Partial<Record<LifecycleAction, WebhookEventType>> = {
  out_for_delivery: 'shipment.out_for_delivery',
  deliver: 'shipment.delivered',
  deliver_with_otp: 'shipment.delivered',
  otp_not_available: 'shipment.otp_not_available',
};

export function shipmentEvent(
  type: WebhookEventType,
  shipment: ShipmentFacts,
  at: Date,
  extra: Record<string, unknown> = {},
): WebhookEvent {
  return {
    type,
    shipmentId: shipment.id,
    data: {
      shipmentId: shipment.id,
      trackingId: shipment.trackingId,
      packageClientReferenceId: shipment.packageClientReferenceId,
      marketplace: shipment.marketplace,
      status: shipment.status,
      detailCode: shipment.detailCode,
      trackerState: shipment.trackerState,
      occurredAt: at.toISOString(),
      ...extra,
    },
  };
}

/** The event a lifecycle step announces, if any (picking up and returning to the station announce none). */
export function eventOfStep(action: LifecycleAction, shipment: ShipmentFacts, at: Date): WebhookEvent | null {
  const type = EVENT_OF_STEP[action];
  if (!type) return null;
  const extra = type === 'shipment.delivered' ? { deliveredWithOtp: action === 'deliver_with_otp' } : {};
  return shipmentEvent(type, shipment, at, extra);
}
