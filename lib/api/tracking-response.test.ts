import { describe, expect, it } from 'vitest';
import { getTrackingResponse, promisedDeliveryDate, type TrackedShipment } from './tracking-response';

const shipment: TrackedShipment = {
  trackingId: 'SC000000000001',
  marketplace: 'UK',
  serviceId: null,
  shipDate: new Date('2024-05-10T15:00:00Z'),
  status: 'InTransit',
  detailCode: null,
  events: [
    { eventCode: 'ReadyForReceive', eventTime: new Date('2024-05-10T15:00:00Z'), location: null },
    {
      eventCode: 'PickupDone',
      eventTime: new Date('2024-05-10T17:30:00Z'),
      location: { city: 'Manchester', postalCode: '', countryCode: 'GB', x: 1 },
    },
  ],
};

describe('getTrackingResponse', () => {
  it('lists the events with the location fields the model knows, left out when empty', () => {
    expect(getTrackingResponse(shipment).payload.eventHistory).toEqual([
      { eventCode: 'ReadyForReceive', eventTime: '2024-05-10T15:00:00.000Z' },
      { eventCode: 'PickupDone', eventTime: '2024-05-10T17:30:00.000Z', location: { city: 'Manchester', countryCode: 'GB' } },
    ]);
  });

  it('carries the carrier’s detail codes and leaves out any other', () => {
    const codes = (detailCode: string | null) => getTrackingResponse({ ...shipment, detailCode }).payload.summary.trackingDetailCodes;
    expect(codes('DeliveredWithOTP')).toEqual({ forward: ['DeliveredWithOTP'], returns: [] });
    expect(codes('OtpNotAvailable')).toEqual({ forward: ['OtpNotAvailable'], returns: [] });
    expect(codes('SomethingElse')).toEqual({ forward: [], returns: [] });
    expect(codes(null)).toEqual({ forward: [], returns: [] });
  });

  it('promises by the end of the service’s last working day: the standard one for an upload', () => {
    // Friday 10 May + 3 working days = Wednesday 15 May, ending at midnight London time (BST).
    expect(promisedDeliveryDate(shipment).toISOString()).toBe('2024-05-15T23:00:00.000Z');
    expect(promisedDeliveryDate({ ...shipment, serviceId: 'SWA-UK-PREM' }).toISOString()).toBe('2024-05-13T23:00:00.000Z');
    expect(promisedDeliveryDate({ ...shipment, marketplace: null }).toISOString()).toBe('2024-05-15T23:00:00.000Z');
  });
});
