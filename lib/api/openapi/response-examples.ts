import { getRatesResponse } from '@/lib/api/get-rates-response';
import { oneClickShipmentResponse } from '@/lib/api/one-click-shipment';
import { otpSecureDeliveryPackage, type OtpSecureDelivery } from '@/lib/api/otp-secure-delivery';
import { getTrackingResponse } from '@/lib/api/tracking-response';
import { evaluateOtpEligibility, shipmentInputFromCarrier } from '@/lib/otp';
import { sampleShipFrom, sampleShipTo } from '@/lib/shipping/sample-package';
import { addressSchema, weightSchema } from '@/lib/shipping/schema';
import { chargeFor } from '@/lib/shipping/rate-card';
import { servicesFor } from '@/lib/shipping/services';
import { type ExamplePackage, ONE_DAY_SERVICE } from './request-examples';

// The examples' fixed clock and ids (a Monday morning in London), so the document is the same on every build.
const SHIP_DATE = new Date('2026-11-02T09:00:00Z');
const REQUEST_TOKEN = '7f3c9a2e-5b1d-4c8e-9f60-2a4b6d8e0c13';
const RATE_IDS = ['0b8e6f4a-2c1d-4e3f-8a5b-6c7d8e9f0a1b', '5d2a7c9e-1f3b-4a6d-9c8e-0b2d4f6a8c0e'];
const SHIPMENT_ID = '6f1c2a9e-3b7d-4e0a-9c55-2d8e4f71a0b3';
export const EXAMPLE_TRACKING_IDS = ['SC204815372960', 'SC204815372961'];
// The first bytes of a PDF, standing for a whole label (a real one is a few kilobytes of base64).
const LABEL_BYTES = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

// The account of the examples: OTP on, both recipient notifications on.
const OTP_ACCOUNT = Object.freeze({ otpEnabled: true, emailNotifications: true, smsNotifications: true });
const REQUEST = { channelDetails: { channelType: 'EXTERNAL' as const }, shipTo: sampleShipTo() };

/** The `otpSecureDelivery` an account with OTP on gets for these packages, judged by the real rules. */
export function otpSecureDeliveryExample(packages: readonly ExamplePackage[]): OtpSecureDelivery {
  return {
    packages: packages.map((pkg) => {
      const result = evaluateOtpEligibility({ account: OTP_ACCOUNT, shipment: shipmentInputFromCarrier(REQUEST, pkg) });
      return otpSecureDeliveryPackage(pkg.packageClientReferenceId, result.eligible, result.reasons);
    }),
  };
}

function weightsOf(packages: readonly ExamplePackage[]) {
  return packages.map((pkg) => weightSchema.parse(pkg.weight));
}

export function getRatesResponseExample(packages: readonly ExamplePackage[]) {
  const weights = weightsOf(packages);
  return getRatesResponse({
    requestToken: REQUEST_TOKEN,
    rates: servicesFor('UK').map((service, i) => ({ rateId: RATE_IDS[i]!, service, ...chargeFor(service, weights) })),
    shipDate: SHIP_DATE,
    otpSecureDelivery: otpSecureDeliveryExample(packages),
  });
}

export function oneClickResponseExample(packages: readonly ExamplePackage[]) {
  const service = ONE_DAY_SERVICE!;
  const otp = otpSecureDeliveryExample(packages).packages;
  const [shipTo, shipFrom] = [addressSchema.parse(sampleShipTo()), addressSchema.parse(sampleShipFrom())];
  const shipment = {
    shipmentId: SHIPMENT_ID,
    marketplace: service.marketplace,
    service,
    totalChargeMinor: chargeFor(service, weightsOf(packages)).totalChargeMinor,
    currency: 'GBP',
    shipDate: SHIP_DATE,
    packages: packages.map((pkg, i) => ({
      ...otp[i]!,
      trackingId: EXAMPLE_TRACKING_IDS[i]!,
      shipTo,
      shipFrom,
      weight: weightSchema.parse(pkg.weight),
    })),
  };
  return oneClickShipmentResponse(
    shipment,
    packages.map(() => ({ format: 'PDF' as const, contents: LABEL_BYTES, dpi: 203 })),
  );
}

const LONDON = { city: 'London', postalCode: 'SW1A 2AA', countryCode: 'GB' };

export function trackingResponseExample(otpOutcome: 'DeliveredWithOTP' | 'OtpNotAvailable') {
  const delivered = otpOutcome === 'DeliveredWithOTP';
  return getTrackingResponse({
    trackingId: EXAMPLE_TRACKING_IDS[0]!,
    marketplace: 'UK',
    serviceId: ONE_DAY_SERVICE!.id,
    shipDate: SHIP_DATE,
    status: delivered ? 'Delivered' : 'DeliveryAttempted',
    detailCode: otpOutcome,
    events: [
      { eventCode: 'ReadyForReceive', eventTime: new Date('2026-11-02T08:12:40Z'), location: null },
      { eventCode: 'PickupDone', eventTime: new Date('2026-11-02T15:31:05Z'), location: null },
      { eventCode: 'OutForDelivery', eventTime: new Date('2026-11-03T07:45:10Z'), location: LONDON },
      { eventCode: delivered ? 'Delivered' : 'DeliveryAttempted', eventTime: new Date('2026-11-03T11:02:58Z'), location: LONDON },
    ],
  });
}
