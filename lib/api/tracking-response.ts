import type { Marketplace } from '@/lib/otp/marketplaces';
import { deliveryWindow } from '@/lib/shipping/delivery-promise';
import { defaultServiceFor, serviceById } from '@/lib/shipping/services';
import type { CarrierStatus, EventCode } from '@/lib/tracker/states';
import type { ApiLocation, GetTrackingResponse } from './shipping-v2-types';

/** The model's DetailCodes: a stored detail code outside them is not the carrier's and is left out. */
const DETAIL_CODES: ReadonlySet<string> = new Set([
  'BusinessClosed',
  'CustomerUnavailable',
  'PaymentNotReady',
  'OtpNotAvailable',
  'DeliveryAttempted',
  'UnableToAccess',
  'UnableToContactRecipient',
  'DeliveredToBehindWheelieBin',
  'DeliveredToPorch',
  'DeliveredToGarage',
  'DeliveredToGarden',
  'DeliveredToGreenhouse',
  'DeliveredToMailSlot',
  'DeliveredToMailRoom',
  'DeliveredToNeighbor',
  'DeliveredToRearDoor',
  'DeliveredToReceptionist',
  'DeliveredToShed',
  'DeliveredWithOTP',
  'Signed',
  'Damaged',
  'IncorrectItems',
  'NotRequired',
  'Rejected',
  'RejectedByRecipientWithVerification',
  'CancelledByRecipient',
  'AddressNotFound',
  'HazmatShipment',
  'Undeliverable',
  'ArrivedAtLocalFacility',
]);

const LOCATION_FIELDS = ['stateOrRegion', 'city', 'countryCode', 'postalCode'] as const;

export interface TrackedShipment {
  trackingId: string;
  marketplace: Marketplace | null;
  /** Null for an upload's shipment: the marketplace's standard service. */
  serviceId: string | null;
  /** A oneClickShipment's requested pickup, else when the label was created. */
  shipDate: Date;
  status: CarrierStatus;
  detailCode: string | null;
  /** Oldest first. */
  events: { eventCode: EventCode; eventTime: Date; location: Record<string, unknown> | null }[];
}

/** The end of the shipment's service promise from its ship date. */
export function promisedDeliveryDate(shipment: Pick<TrackedShipment, 'marketplace' | 'serviceId' | 'shipDate'>): Date {
  // A shipment to a country outside the OTP marketplaces (an upload may hold one) is promised on UK time.
  const service = (shipment.serviceId !== null ? serviceById(shipment.serviceId) : null) ?? defaultServiceFor(shipment.marketplace ?? 'UK');
  return deliveryWindow(service, shipment.shipDate).end;
}

function apiLocation(location: Record<string, unknown> | null): ApiLocation | null {
  if (location === null) return null;
  const out: ApiLocation = {};
  for (const field of LOCATION_FIELDS) {
    const value = location[field];
    if (typeof value === 'string' && value !== '') out[field] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The carrier's tracking answer from stored events. `summary.trackingDetailCodes.forward` carries the shipment's
 * detail code: DeliveredWithOTP after a passcode delivery, OtpNotAvailable after the third wrong passcode. There
 * is no return leg, so `returns` is empty and `alternateLegTrackingId` (required by the model) is "".
 */
export function getTrackingResponse(shipment: TrackedShipment): GetTrackingResponse {
  return {
    payload: {
      trackingId: shipment.trackingId,
      alternateLegTrackingId: '',
      eventHistory: shipment.events.map((event) => {
        const location = apiLocation(event.location);
        return {
          eventCode: event.eventCode,
          eventTime: event.eventTime.toISOString(),
          ...(location === null ? {} : { location }),
        };
      }),
      promisedDeliveryDate: promisedDeliveryDate(shipment).toISOString(),
      summary: {
        status: shipment.status,
        trackingDetailCodes: {
          forward: shipment.detailCode !== null && DETAIL_CODES.has(shipment.detailCode) ? [shipment.detailCode] : [],
          returns: [],
        },
      },
    },
  };
}
