export const TRACKER_STATES = [
  'label_created',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'delivered_with_otp',
  'attempted_otp_not_available',
  'delivery_attempted',
  'returned_to_station',
  'lost',
  'rejected',
  'undeliverable',
  'pickup_cancelled',
  'awaiting_customer_pickup',
] as const;
export type TrackerState = (typeof TRACKER_STATES)[number];

/** The labels a shipper reads in the tracker (DESIGN §5). */
export const TRACKER_LABELS: Record<TrackerState, string> = {
  label_created: 'Label Created',
  in_transit: 'Picked Up / In Transit',
  out_for_delivery: 'Out For Delivery',
  delivered: 'Delivered',
  delivered_with_otp: 'Delivered With OTP',
  attempted_otp_not_available: 'Attempted - OTP not Available',
  delivery_attempted: 'Delivery Attempted',
  returned_to_station: 'Returned to Station',
  lost: 'Lost',
  rejected: 'Rejected',
  undeliverable: 'Undeliverable',
  pickup_cancelled: 'Pickup Cancelled',
  awaiting_customer_pickup: 'Awaiting Customer Pickup',
};

/** The carrier's Shipping API v2 `Status`. */
export const CARRIER_STATUSES = [
  'PreTransit',
  'InTransit',
  'Delivered',
  'Lost',
  'OutForDelivery',
  'Rejected',
  'Undeliverable',
  'DeliveryAttempted',
  'PickupCancelled',
  'AwaitingCustomerPickup',
] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

/** The carrier's Shipping API v2 `EventCode`. */
export const EVENT_CODES = [
  'ReadyForReceive',
  'PickupDone',
  'Delivered',
  'Departed',
  'DeliveryAttempted',
  'Lost',
  'OutForDelivery',
  'ArrivedAtCarrierFacility',
  'Rejected',
  'Undeliverable',
  'PickupCancelled',
  'ReturnInitiated',
  'AvailableForPickup',
  'RecipientRequestedAlternateDeliveryTiming',
] as const;
export type EventCode = (typeof EVENT_CODES)[number];

const STATE_BY_STATUS: Record<CarrierStatus, TrackerState> = {
  PreTransit: 'label_created',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  Delivered: 'delivered',
  DeliveryAttempted: 'delivery_attempted',
  Lost: 'lost',
  Rejected: 'rejected',
  Undeliverable: 'undeliverable',
  PickupCancelled: 'pickup_cancelled',
  AwaitingCustomerPickup: 'awaiting_customer_pickup',
};

/**
 * The tracker state of a shipment. "Delivered With OTP" only ever comes from the DeliveredWithOTP
 * detail code, so a delivery without a passcode can never show it.
 */
export function trackerStateFor(status: CarrierStatus, detailCode: string | null, lastEventCode: EventCode): TrackerState {
  if (lastEventCode === 'ReturnInitiated') return 'returned_to_station';
  if (status === 'Delivered' && detailCode === 'DeliveredWithOTP') return 'delivered_with_otp';
  if (status === 'DeliveryAttempted' && detailCode === 'OtpNotAvailable') return 'attempted_otp_not_available';
  return STATE_BY_STATUS[status];
}

/** A timeline event in the shipper's words: the label of the state it puts the package in (TRACKER_LABELS). */
export function eventLabel(event: { eventCode: EventCode; status: CarrierStatus; detailCode: string | null }): string {
  return TRACKER_LABELS[trackerStateFor(event.status, event.detailCode, event.eventCode)];
}
