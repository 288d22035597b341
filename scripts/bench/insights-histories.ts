/**
 * The delivery histories the insights bench gives its shipments: each a list of carrier events at fixed
 * hours after the label (the attempts' outcomes also after the shipment's own ride time), with how often it
 * happens to an OTP package and to any other. A shipment younger than its history has only the events
 * already due; its state and delivery counters are those of the events it has, by the app's own rules.
 * About 5 % of OTP packages need a second attempt and 2 % are locked out at the door.
 */
import { deliveryCountersOf } from '../../lib/lifecycle/delivery-counters';
import { type CarrierStatus, type EventCode, type TrackerState, trackerStateFor } from '../../lib/tracker/states';

export interface HistoryStep {
  eventCode: EventCode;
  status: CarrierStatus;
  detailCode: string | null;
  /** Minutes after the label; `plusRide` steps also wait the shipment's ride time (out for delivery → door). */
  minutes: number;
  plusRide: boolean;
}

export interface History {
  name: string;
  /** How many of 1,000 OTP packages, and of 1,000 others, have this history. */
  otpPermille: number;
  otherPermille: number;
  steps: HistoryStep[];
}

const step = (eventCode: EventCode, status: CarrierStatus, detailCode: string | null, hours: number, plusRide = false): HistoryStep => ({
  eventCode,
  status,
  detailCode,
  minutes: hours * 60,
  plusRide,
});

/** Rides take 10 minutes to 8 hours, so a first attempt is over before the second day's round at 54 h. */
export const RIDE_MINUTES = { min: 10, span: 470 } as const;
/** An OTP delivery waits a little longer at the door. */
export const OTP_DOOR_MINUTES = 5;

const toHub = [
  step('ReadyForReceive', 'PreTransit', null, 0),
  step('PickupDone', 'InTransit', null, 3),
  step('ArrivedAtCarrierFacility', 'InTransit', 'ArrivedAtLocalFacility', 20),
];
const firstRound = [...toHub, step('OutForDelivery', 'OutForDelivery', null, 30)];
const atDoor = (eventCode: EventCode, status: CarrierStatus, detailCode: string | null, hours = 30) =>
  step(eventCode, status, detailCode, hours, true);
const lockedOut = atDoor('DeliveryAttempted', 'DeliveryAttempted', 'OtpNotAvailable');
const notHome = atDoor('DeliveryAttempted', 'DeliveryAttempted', 'CustomerUnavailable');
const secondRound = (first: HistoryStep) => [...firstRound, first, step('OutForDelivery', 'OutForDelivery', null, 54)];

export const HISTORIES: readonly History[] = [
  { name: 'in transit', otpPermille: 40, otherPermille: 35, steps: toHub },
  { name: 'out for delivery', otpPermille: 5, otherPermille: 5, steps: firstRound },
  {
    name: 'delivered with OTP',
    otpPermille: 845,
    otherPermille: 0,
    steps: [...firstRound, atDoor('Delivered', 'Delivered', 'DeliveredWithOTP')],
  },
  {
    name: 'delivered with OTP, second attempt',
    otpPermille: 40,
    otherPermille: 0,
    steps: [...secondRound(notHome), atDoor('Delivered', 'Delivered', 'DeliveredWithOTP', 54)],
  },
  {
    name: 'delivered with OTP after a lock-out',
    otpPermille: 5,
    otherPermille: 0,
    steps: [...secondRound(lockedOut), atDoor('Delivered', 'Delivered', 'DeliveredWithOTP', 54)],
  },
  { name: 'delivered', otpPermille: 0, otherPermille: 850, steps: [...firstRound, atDoor('Delivered', 'Delivered', 'Signed')] },
  {
    name: 'delivered, second attempt',
    otpPermille: 0,
    otherPermille: 50,
    steps: [...secondRound(notHome), atDoor('Delivered', 'Delivered', 'Signed', 54)],
  },
  { name: 'locked out', otpPermille: 8, otherPermille: 0, steps: [...firstRound, lockedOut] },
  {
    name: 'returned to station after a lock-out',
    otpPermille: 7,
    otherPermille: 0,
    steps: [...firstRound, lockedOut, atDoor('ReturnInitiated', 'DeliveryAttempted', 'OtpNotAvailable', 36)],
  },
  { name: 'attempted, nobody home', otpPermille: 10, otherPermille: 15, steps: [...firstRound, notHome] },
  { name: 'lost', otpPermille: 10, otherPermille: 7, steps: [...toHub, step('Lost', 'Lost', null, 40)] },
  {
    name: 'rejected',
    otpPermille: 15,
    otherPermille: 13,
    steps: [...firstRound, atDoor('Rejected', 'Rejected', 'RejectedByRecipientWithVerification')],
  },
  {
    name: 'undeliverable',
    otpPermille: 10,
    otherPermille: 13,
    steps: [...firstRound, atDoor('Undeliverable', 'Undeliverable', 'AddressNotFound')],
  },
  {
    name: 'pickup cancelled',
    otpPermille: 0,
    otherPermille: 6,
    steps: [step('ReadyForReceive', 'PreTransit', null, 0), step('PickupCancelled', 'PickupCancelled', null, 2)],
  },
  {
    name: 'awaiting customer pickup',
    otpPermille: 5,
    otherPermille: 6,
    steps: [...firstRound, atDoor('AvailableForPickup', 'AwaitingCustomerPickup', null)],
  },
];

for (const key of ['otpPermille', 'otherPermille'] as const) {
  const total = HISTORIES.reduce((sum, h) => sum + h[key], 0);
  if (total !== 1000) throw new Error(`the histories' ${key} add up to ${total}, not 1000`);
}

/** A shipment that has had the first `steps` events of history `history` (both 1-based). */
export interface HistoryPrefix {
  history: number;
  steps: number;
  state: TrackerState;
  status: CarrierStatus;
  detailCode: string | null;
  deliveryAttempts: number;
  lockouts: number;
  last: HistoryStep;
  /** The last out-for-delivery step so far, if any. */
  out: HistoryStep | null;
}

/** Every prefix of every history, with the state and counters the app derives from those events. */
export function historyPrefixes(): HistoryPrefix[] {
  return HISTORIES.flatMap((history, h) =>
    history.steps.map((_, i) => {
      const steps = history.steps.slice(0, i + 1);
      const last = steps.at(-1)!;
      // Minutes stand in for the time: steps are in order, so the counters only need their order.
      const counters = deliveryCountersOf(steps.map((s, n) => ({ ...s, at: new Date(n) })));
      return {
        history: h + 1,
        steps: i + 1,
        state: trackerStateFor(last.status, last.detailCode, last.eventCode),
        status: last.status,
        detailCode: last.detailCode,
        deliveryAttempts: counters.deliveryAttempts,
        lockouts: counters.lockouts,
        last,
        out: counters.outForDeliveryAt === null ? null : steps[counters.outForDeliveryAt.getTime()]!,
      };
    }),
  );
}

/** Minutes after the label by which every history is complete, whatever the ride. */
export const HISTORY_DONE_MINUTES =
  Math.max(...HISTORIES.flatMap((h) => h.steps.map((s) => s.minutes + (s.plusRide ? RIDE_MINUTES.span : 0)))) +
  RIDE_MINUTES.min +
  OTP_DOOR_MINUTES;
