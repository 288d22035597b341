import { describe, expect, it } from 'vitest';
import { type CarrierStatus, eventLabel, type EventCode, TRACKER_LABELS, trackerStateFor } from './states';

describe('tracker state', () => {
  it.each<[CarrierStatus, string | null, EventCode, string]>([
    ['PreTransit', null, 'ReadyForReceive', 'Label Created'],
    ['InTransit', null, 'PickupDone', 'Picked Up / In Transit'],
    ['InTransit', 'ArrivedAtLocalFacility', 'ArrivedAtCarrierFacility', 'Picked Up / In Transit'],
    ['OutForDelivery', null, 'OutForDelivery', 'Out For Delivery'],
    ['Delivered', 'DeliveredWithOTP', 'Delivered', 'Delivered With OTP'],
    ['Delivered', 'Signed', 'Delivered', 'Delivered'],
    ['Delivered', null, 'Delivered', 'Delivered'],
    ['DeliveryAttempted', 'OtpNotAvailable', 'DeliveryAttempted', 'Attempted - OTP not Available'],
    ['DeliveryAttempted', 'CustomerUnavailable', 'DeliveryAttempted', 'Delivery Attempted'],
    ['DeliveryAttempted', 'OtpNotAvailable', 'ReturnInitiated', 'Returned to Station'],
    ['Lost', null, 'Lost', 'Lost'],
    ['Rejected', null, 'Rejected', 'Rejected'],
    ['Undeliverable', 'AddressNotFound', 'Undeliverable', 'Undeliverable'],
    ['PickupCancelled', null, 'PickupCancelled', 'Pickup Cancelled'],
    ['AwaitingCustomerPickup', null, 'AvailableForPickup', 'Awaiting Customer Pickup'],
  ])('%s / %s / %s reads “%s”', (status, detail, event, label) => {
    expect(TRACKER_LABELS[trackerStateFor(status, detail, event)]).toBe(label);
  });

  it('never shows “Delivered With OTP” without the DeliveredWithOTP detail code', () => {
    for (const detail of [null, 'Signed', 'DeliveredToPorch', 'OtpNotAvailable']) {
      expect(trackerStateFor('Delivered', detail, 'Delivered')).toBe('delivered');
    }
  });

  it('labels a timeline event by the state it puts the package in, so events and the status badge read alike', () => {
    expect(eventLabel({ eventCode: 'ReadyForReceive', status: 'PreTransit', detailCode: null })).toBe('Label Created');
    expect(eventLabel({ eventCode: 'PickupDone', status: 'InTransit', detailCode: null })).toBe('Picked Up / In Transit');
    expect(eventLabel({ eventCode: 'Delivered', status: 'Delivered', detailCode: 'DeliveredWithOTP' })).toBe('Delivered With OTP');
    expect(eventLabel({ eventCode: 'DeliveryAttempted', status: 'DeliveryAttempted', detailCode: 'OtpNotAvailable' })).toBe(
      'Attempted - OTP not Available',
    );
    expect(eventLabel({ eventCode: 'ReturnInitiated', status: 'DeliveryAttempted', detailCode: 'OtpNotAvailable' })).toBe(
      'Returned to Station',
    );
  });
});
