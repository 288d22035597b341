import type { EligibilityInput } from './eligibility';

type Money = { value: number; unit: string };

export interface CarrierShipmentRequest {
  channelDetails: { channelType: 'EXTERNAL' | 'AMAZON' };
  shipTo?: { countryCode: string; phoneNumber?: string | null } | null;
  /** get-rates request */
  valueAddedServices?: { collectOnDelivery?: unknown } | null;
  /** one-click-shipment request */
  valueAddedServicesDetails?: readonly { id: string }[] | null;
}

export interface CarrierPackage {
  insuredValue: Money;
  items?: { quantity: number; itemValue?: Money | null }[];
}

/**
 * The eligibility view of one package of a Shipping API v2 get-rates or one-click-shipment
 * request. A missing shipTo (allowed for Amazon-channel requests) becomes an empty country and no
 * phone, which the rules report as UNSUPPORTED_MARKETPLACE and PHONE_MISSING.
 */
export function shipmentInputFromCarrier(request: CarrierShipmentRequest, pkg: CarrierPackage): EligibilityInput['shipment'] {
  const shipTo = request.shipTo;
  return {
    channelType: request.channelDetails.channelType,
    prepaid: isPrepaidRequest(request),
    shipTo: { countryCode: shipTo?.countryCode ?? '', phoneNumber: shipTo?.phoneNumber ?? null },
    insuredValue: pkg.insuredValue,
    items: pkg.items,
  };
}

/** Prepaid = no collect-on-delivery, in either request model's way of asking for one. */
export function isPrepaidRequest(request: Pick<CarrierShipmentRequest, 'valueAddedServices' | 'valueAddedServicesDetails'>): boolean {
  if (request.valueAddedServices?.collectOnDelivery != null) return false;
  return !(request.valueAddedServicesDetails?.some((service) => isCollectOnDeliveryId(service.id)) ?? false);
}

/** 'CollectOnDelivery', 'COLLECT_ON_DELIVERY', 'cash-on-delivery', 'COD', 'COD_INR' → true; 'CODE' → false. */
export function isCollectOnDeliveryId(id: string): boolean {
  if (typeof id !== 'string') return false;
  const lower = id.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters.includes('collectondelivery') || letters.includes('cashondelivery')) return true;
  return lower.split(/[^a-z0-9]+/).includes('cod');
}
