import type { Marketplace } from '../otp/marketplaces';
import type { WeightUnit } from '../shipping/measure-schemas';

export interface LabelAddress {
  name: string;
  companyName?: string | null;
  addressLine1: string;
  addressLine2?: string | null;
  addressLine3?: string | null;
  city: string;
  stateOrRegion: string;
  postalCode: string;
  countryCode: string;
}

export interface LabelWeight {
  value: number;
  unit: WeightUnit;
}

/** What a shipping label shows, whatever the device it is printed on. */
export interface LabelContent {
  trackingId: string;
  packageClientReferenceId: string;
  service: { id: string; name: string };
  shipFrom: LabelAddress;
  shipTo: LabelAddress;
  /** Null only for a stored shipment that never had one (rows from before weights were kept); the label then says so. */
  weight: LabelWeight | null;
  /** A passcode will be needed at delivery: the label carries the OTP mark. */
  otpRequired: boolean;
  shipDate: Date;
  marketplace: Marketplace;
}
