import { fromMinorUnits, MARKETPLACES } from '@/lib/otp';
import { SUPPORTED_DOCUMENT_SPECIFICATIONS } from '@/lib/labels';
import { deliveryWindow } from '@/lib/shipping/delivery-promise';
import { CARRIER, type CarrierService } from '@/lib/shipping/services';
import type { OtpSecureDelivery } from './otp-secure-delivery';
import type { QuotedRate } from './rate-quote';
import type { ApiCurrency, ApiPromise, GetRatesResponse } from './shipping-v2-types';

/** Money leaves as the model's decimal number only here, at the border; inside it is minor units. */
export function apiCurrency(minor: number, currency: string): ApiCurrency {
  return { value: fromMinorUnits(minor), unit: currency };
}

export function apiPromise(service: CarrierService, shipDate: Date): ApiPromise {
  const window = deliveryWindow(service, shipDate);
  return { deliveryWindow: { start: window.start.toISOString(), end: window.end.toISOString() } };
}

export function getRatesResponse(input: {
  requestToken: string;
  rates: readonly QuotedRate[];
  shipDate: Date;
  otpSecureDelivery: OtpSecureDelivery;
}): GetRatesResponse {
  return {
    payload: {
      requestToken: input.requestToken,
      rates: input.rates.map(({ rateId, service, billedKilograms, totalChargeMinor }) => ({
        rateId,
        carrierId: CARRIER.id,
        carrierName: CARRIER.name,
        serviceId: service.id,
        serviceName: service.name,
        billedWeight: { value: billedKilograms, unit: 'KILOGRAM' },
        totalCharge: apiCurrency(totalChargeMinor, MARKETPLACES[service.marketplace].currency),
        promise: apiPromise(service, input.shipDate),
        supportedDocumentSpecifications: SUPPORTED_DOCUMENT_SPECIFICATIONS,
        requiresAdditionalInputs: false,
      })),
      otpSecureDelivery: input.otpSecureDelivery,
    },
  };
}
