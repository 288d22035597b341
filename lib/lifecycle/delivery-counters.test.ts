import { describe, expect, it } from 'vitest';
import { deliveryCountersOf } from './delivery-counters';

const at = (h: number) => new Date(Date.UTC(2026, 10, 30, h));

describe('deliveryCountersOf', () => {
  it('counts each time out for delivery and keeps the last one', () => {
    expect(
      deliveryCountersOf([
        { eventCode: 'ReadyForReceive', at: at(1) },
        { eventCode: 'OutForDelivery', at: at(8) },
        { eventCode: 'DeliveryAttempted', detailCode: 'OtpNotAvailable', at: at(9) },
        { eventCode: 'ReturnInitiated', at: at(10) },
        { eventCode: 'OutForDelivery', at: at(32) },
        { eventCode: 'Delivered', detailCode: 'DeliveredWithOTP', at: at(33) },
      ]),
    ).toEqual({ deliveryAttempts: 2, lockouts: 1, outForDeliveryAt: at(32) });
  });

  it('a delivery attempt without a lock-out is not a lock-out, and no trip out leaves no time', () => {
    expect(
      deliveryCountersOf([
        { eventCode: 'ReadyForReceive', at: at(1) },
        { eventCode: 'DeliveryAttempted', detailCode: null, at: at(9) },
      ]),
    ).toEqual({ deliveryAttempts: 0, lockouts: 0, outForDeliveryAt: null });
  });
});
