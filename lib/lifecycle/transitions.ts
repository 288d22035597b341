import { type CarrierStatus, type EventCode, type TrackerState, trackerStateFor } from '@/lib/tracker/states';

/** What a delivery associate can do to a package. */
export const LIFECYCLE_ACTIONS = [
  'pick_up',
  'out_for_delivery',
  'deliver',
  'deliver_with_otp',
  'otp_not_available',
  'return_to_station',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** The tracker states each action may start from; anything else is an illegal transition. */
export const ALLOWED_FROM: Readonly<Record<LifecycleAction, readonly TrackerState[]>> = {
  pick_up: ['label_created'],
  out_for_delivery: ['in_transit', 'returned_to_station'],
  deliver: ['out_for_delivery'],
  deliver_with_otp: ['out_for_delivery'],
  otp_not_available: ['out_for_delivery'],
  return_to_station: ['attempted_otp_not_available', 'delivery_attempted'],
};

export interface LifecycleStep {
  eventCode: EventCode;
  status: CarrierStatus;
  detailCode: string | null;
  trackerState: TrackerState;
}

export interface PackageState {
  trackerState: TrackerState;
  status: CarrierStatus;
  detailCode: string | null;
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly action: LifecycleAction,
    readonly from: TrackerState,
  ) {
    super(`A package that is "${from}" cannot be ${ACTION_VERBS[action]}.`);
    this.name = 'IllegalTransitionError';
  }
}

const ACTION_VERBS: Record<LifecycleAction, string> = {
  pick_up: 'picked up',
  out_for_delivery: 'taken out for delivery',
  deliver: 'marked delivered',
  deliver_with_otp: 'delivered with a passcode',
  otp_not_available: 'marked "OTP not available"',
  return_to_station: 'returned to the station',
};

function step(eventCode: EventCode, status: CarrierStatus, detailCode: string | null): LifecycleStep {
  return { eventCode, status, detailCode, trackerState: trackerStateFor(status, detailCode, eventCode) };
}

export function mayApply(action: LifecycleAction, from: TrackerState): boolean {
  return ALLOWED_FROM[action].includes(from);
}

/** A delivery associate can still move a package in this state; otherwise it is the end of its road (delivered, lost…). */
export function hasNextStep(state: TrackerState): boolean {
  return LIFECYCLE_ACTIONS.some((action) => mayApply(action, state));
}

/**
 * The carrier event a transition writes and the state the package is in afterwards. A return keeps the
 * attempt's status and detail code (the tracker shows "Returned to Station" from the event).
 */
export function transition(current: PackageState, action: LifecycleAction): LifecycleStep {
  if (!mayApply(action, current.trackerState)) throw new IllegalTransitionError(action, current.trackerState);
  switch (action) {
    case 'pick_up':
      return step('PickupDone', 'InTransit', null);
    case 'out_for_delivery':
      return step('OutForDelivery', 'OutForDelivery', null);
    case 'deliver':
      return step('Delivered', 'Delivered', null);
    case 'deliver_with_otp':
      return step('Delivered', 'Delivered', 'DeliveredWithOTP');
    case 'otp_not_available':
      return step('DeliveryAttempted', 'DeliveryAttempted', 'OtpNotAvailable');
    case 'return_to_station':
      return step('ReturnInitiated', current.status, current.detailCode);
  }
}
