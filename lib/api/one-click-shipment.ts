import type { LabelContent, RenderedLabel } from '@/lib/labels';
import type { ReasonCode } from '@/lib/otp';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { Address, Weight } from '@/lib/shipping/schema';
import { CARRIER, type CarrierService } from '@/lib/shipping/services';
import { apiCurrency, apiPromise } from './get-rates-response';
import { otpSecureDeliveryPackage } from './otp-secure-delivery';
import type { OneClickShipmentResponse } from './shipping-v2-types';

/** A stored oneClickShipment as its answer needs it: the same whether just stored or replayed from the database. */
export interface OneClickShipment {
  /** The upload row the request was stored as. */
  shipmentId: string;
  marketplace: Marketplace;
  service: CarrierService;
  totalChargeMinor: number;
  currency: string;
  shipDate: Date;
  packages: OneClickPackage[];
}

export interface OneClickPackage {
  packageClientReferenceId: string;
  trackingId: string;
  otpRequired: boolean;
  reasons: { code: ReasonCode; message: string }[];
  shipTo: Address;
  shipFrom: Address;
  weight: Weight | null;
}

/** What a oneClickShipment keeps of its answer beside its shipments (on its upload row), to give it again on a retry. */
export interface OneClickRecord {
  serviceId: string;
  totalChargeMinor: number;
  currency: string;
  /** ISO 8601. */
  shipDate: string;
}

export function oneClickRecordOf(shipment: Omit<OneClickShipment, 'shipmentId' | 'packages'>): OneClickRecord {
  return {
    serviceId: shipment.service.id,
    totalChargeMinor: shipment.totalChargeMinor,
    currency: shipment.currency,
    shipDate: shipment.shipDate.toISOString(),
  };
}

export function labelContentOf(shipment: OneClickShipment, pkg: OneClickPackage): LabelContent {
  return {
    trackingId: pkg.trackingId,
    packageClientReferenceId: pkg.packageClientReferenceId,
    service: { id: shipment.service.id, name: shipment.service.name },
    shipFrom: pkg.shipFrom,
    shipTo: pkg.shipTo,
    weight: pkg.weight,
    otpRequired: pkg.otpRequired,
    shipDate: shipment.shipDate,
    marketplace: shipment.marketplace,
  };
}

/** The answer, with each package's label (in package order) as its one document. */
export function oneClickShipmentResponse(shipment: OneClickShipment, labels: readonly RenderedLabel[]): OneClickShipmentResponse {
  return {
    payload: {
      shipmentId: shipment.shipmentId,
      packageDocumentDetails: shipment.packages.map((pkg, i) => ({
        packageClientReferenceId: pkg.packageClientReferenceId,
        trackingId: pkg.trackingId,
        packageDocuments: [{ type: 'LABEL', format: labels[i]!.format, contents: labels[i]!.contents.toString('base64') }],
      })),
      promise: apiPromise(shipment.service, shipment.shipDate),
      carrier: { id: CARRIER.id, name: CARRIER.name },
      service: { id: shipment.service.id, name: shipment.service.name },
      totalCharge: apiCurrency(shipment.totalChargeMinor, shipment.currency),
      otpSecureDelivery: {
        packages: shipment.packages.map((pkg) => otpSecureDeliveryPackage(pkg.packageClientReferenceId, pkg.otpRequired, pkg.reasons)),
      },
    },
  };
}
