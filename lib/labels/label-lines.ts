import { MARKETPLACES, type Marketplace } from '../otp/marketplaces';
import type { WeightUnit } from '../shipping/measure-schemas';
import type { LabelAddress, LabelWeight } from './label-content';
import { labelText } from './label-text';

/** An address as label lines, already in printable text; empty lines are left for the layout to skip. */
export interface AddressLines {
  name: string;
  company: string;
  street: string[];
  /** "City, Region" (the region only when it differs from the city). */
  locality: string;
  /** "POSTCODE COUNTRY": what sorting reads. */
  postal: string;
}

export function addressLines(address: LabelAddress): AddressLines {
  const city = labelText(address.city);
  const region = labelText(address.stateOrRegion);
  return {
    name: labelText(address.name),
    company: labelText(address.companyName),
    street: [address.addressLine1, address.addressLine2, address.addressLine3].map(labelText).filter(Boolean),
    locality: region && region.toLowerCase() !== city.toLowerCase() ? `${city}, ${region}` : city,
    postal: [labelText(address.postalCode), labelText(address.countryCode)].filter(Boolean).join(' '),
  };
}

const dateFormats = new Map<Marketplace, Intl.DateTimeFormat>();

/** The ship date as the marketplace's calendar has it, spelled so no reader mistakes day for month: "1 May 2026". */
export function shipDateText(date: Date, marketplace: Marketplace): string {
  let format = dateFormats.get(marketplace);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: MARKETPLACES[marketplace].timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    dateFormats.set(marketplace, format);
  }
  return format.format(date);
}

const UNIT_SYMBOLS: Record<WeightUnit, string> = { GRAM: 'g', KILOGRAM: 'kg', OUNCE: 'oz', POUND: 'lb' };
const weightNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function weightText(weight: LabelWeight | null): string {
  return weight ? `${weightNumber.format(weight.value)} ${UNIT_SYMBOLS[weight.unit]}` : 'not recorded';
}
