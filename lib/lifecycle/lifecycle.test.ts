import { describe, expect, it } from 'vitest';
import { TRACKER_LABELS, TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { ALLOWED_FROM, hasNextStep, IllegalTransitionError, LIFECYCLE_ACTIONS, type PackageState, transition } from './index';

const at = (trackerState: TrackerState, status: PackageState['status'] = 'InTransit', detailCode: string | null = null): PackageState => ({
  trackerState,
  status,
  detailCode,
});

describe('delivery lifecycle', () => {
  it.each([
    ['pick_up', at('label_created', 'PreTransit'), 'PickupDone', 'InTransit', null, 'Picked Up / In Transit'],
    ['out_for_delivery', at('in_transit'), 'OutForDelivery', 'OutForDelivery', null, 'Out For Delivery'],
    ['deliver', at('out_for_delivery', 'OutForDelivery'), 'Delivered', 'Delivered', null, 'Delivered'],
    ['deliver_with_otp', at('out_for_delivery', 'OutForDelivery'), 'Delivered', 'Delivered', 'DeliveredWithOTP', 'Delivered With OTP'],
    [
      'otp_not_available',
      at('out_for_delivery', 'OutForDelivery'),
      'DeliveryAttempted',
      'DeliveryAttempted',
      'OtpNotAvailable',
      'Attempted - OTP not Available',
    ],
    [
      'return_to_station',
      at('attempted_otp_not_available', 'DeliveryAttempted', 'OtpNotAvailable'),
      'ReturnInitiated',
      'DeliveryAttempted',
      'OtpNotAvailable',
      'Returned to Station',
    ],
    [
      'out_for_delivery',
      at('returned_to_station', 'DeliveryAttempted', 'OtpNotAvailable'),
      'OutForDelivery',
      'OutForDelivery',
      null,
      'Out For Delivery',
    ],
  ] as const)('%s from %o writes %s → %s (%s) and shows "%s"', (action, from, eventCode, status, detailCode, label) => {
    const next = transition(from, action);
    expect(next).toMatchObject({ eventCode, status, detailCode });
    expect(TRACKER_LABELS[next.trackerState]).toBe(label);
  });

  it('refuses every transition not in the table, with a clear error', () => {
    let refused = 0;
    for (const action of LIFECYCLE_ACTIONS) {
      for (const state of TRACKER_STATES) {
        if (ALLOWED_FROM[action].includes(state)) continue;
        expect(() => transition(at(state), action)).toThrow(IllegalTransitionError);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(60);
    expect(() => transition(at('delivered_with_otp', 'Delivered', 'DeliveredWithOTP'), 'deliver_with_otp')).toThrow(
      'A package that is "delivered_with_otp" cannot be delivered with a passcode.',
    );
  });

  it('never delivers twice and never skips the road', () => {
    expect(() => transition(at('delivered'), 'deliver')).toThrow(IllegalTransitionError);
    expect(() => transition(at('label_created', 'PreTransit'), 'out_for_delivery')).toThrow(IllegalTransitionError);
    expect(() => transition(at('in_transit'), 'deliver')).toThrow(IllegalTransitionError);
    expect(() => transition(at('attempted_otp_not_available', 'DeliveryAttempted', 'OtpNotAvailable'), 'deliver_with_otp')).toThrow(
      IllegalTransitionError,
    );
  });

  it('knows which states still wait for a delivery associate, and which are the end of the road', () => {
    const waiting = TRACKER_STATES.filter(hasNextStep);
    expect(waiting.sort()).toEqual(
      [
        'attempted_otp_not_available',
        'delivery_attempted',
        'in_transit',
        'label_created',
        'out_for_delivery',
        'returned_to_station',
      ].sort(),
    );
  });
});
