import type { CarrierStatus, EventCode } from '@/lib/tracker/states';
import type { LabelFormat } from '@/lib/labels';
import type { OtpSecureDelivery } from './otp-secure-delivery';

/** The carrier's names of the three operations served, as the calls are logged. */
export type ApiOperation = 'getRates' | 'oneClickShipment' | 'getTracking';

// The carrier's response shapes (Shipping API v2, tests/fixtures/shippingV2.json) as far as this API fills them.

export interface ApiCurrency {
  value: number;
  unit: string;
}

export interface ApiWeight {
  value: number;
  unit: 'GRAM' | 'KILOGRAM' | 'OUNCE' | 'POUND';
}

export interface ApiPromise {
  deliveryWindow: { start: string; end: string };
}

export interface ApiRate {
  rateId: string;
  carrierId: string;
  carrierName: string;
  serviceId: string;
  serviceName: string;
  billedWeight: ApiWeight;
  totalCharge: ApiCurrency;
  promise: ApiPromise;
  supportedDocumentSpecifications: readonly unknown[];
  requiresAdditionalInputs: boolean;
}

export interface GetRatesResponse {
  payload: {
    requestToken: string;
    rates: ApiRate[];
    otpSecureDelivery: OtpSecureDelivery;
  };
}

export interface ApiPackageDocumentDetail {
  packageClientReferenceId: string;
  trackingId: string;
  packageDocuments: { type: 'LABEL'; format: LabelFormat; contents: string }[];
}

export interface OneClickShipmentResponse {
  payload: {
    shipmentId: string;
    packageDocumentDetails: ApiPackageDocumentDetail[];
    promise: ApiPromise;
    carrier: { id: string; name: string };
    service: { id: string; name: string };
    totalCharge: ApiCurrency;
    otpSecureDelivery: OtpSecureDelivery;
  };
}

export interface ApiLocation {
  stateOrRegion?: string;
  city?: string;
  countryCode?: string;
  postalCode?: string;
}

export interface ApiTrackingEvent {
  eventCode: EventCode;
  eventTime: string;
  location?: ApiLocation;
}

export interface GetTrackingResponse {
  payload: {
    trackingId: string;
    alternateLegTrackingId: string;
    eventHistory: ApiTrackingEvent[];
    promisedDeliveryDate: string;
    summary: {
      status: CarrierStatus;
      trackingDetailCodes: { forward: string[]; returns: string[] };
    };
  };
}
