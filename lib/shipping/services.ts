import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';

export const CARRIER = Object.freeze({ id: 'AMZN_UK', name: 'Amazon Shipping' });

export interface CarrierService {
  id: string;
  name: string;
  marketplace: Marketplace;
  /** Working days from the ship date to the first and last day of the delivery window. */
  promiseDays: { earliest: number; latest: number };
  /** Charge for the first kilogram and for each further started kilogram, in the marketplace's minor units. */
  charge: { firstKgMinor: number; perKgMinor: number };
}

type ServiceTier = Omit<CarrierService, 'id' | 'marketplace'> & { suffix: string };

const TIERS: readonly ServiceTier[] = [
  {
    suffix: 'STD',
    name: 'Amazon Shipping Standard',
    promiseDays: { earliest: 2, latest: 3 },
    charge: { firstKgMinor: 395, perKgMinor: 60 },
  },
  {
    suffix: 'PREM',
    name: 'Amazon Shipping One Day',
    promiseDays: { earliest: 1, latest: 1 },
    charge: { firstKgMinor: 595, perKgMinor: 90 },
  },
];

// India prices in paise are about 90 times the GBP/EUR figures.
const PRICE_FACTOR: Readonly<Record<Marketplace, number>> = Object.freeze({ UK: 1, FR: 1, IT: 1, ES: 1, IN: 90 });

function serviceOf(marketplace: Marketplace, tier: ServiceTier): CarrierService {
  const factor = PRICE_FACTOR[marketplace];
  return Object.freeze({
    // SWA-UK-PREM, as the announcement's sample request names it (sample-package.ts).
    id: `SWA-${marketplace}-${tier.suffix}`,
    name: tier.name,
    marketplace,
    promiseDays: tier.promiseDays,
    charge: { firstKgMinor: tier.charge.firstKgMinor * factor, perKgMinor: tier.charge.perKgMinor * factor },
  });
}

const SERVICES: readonly CarrierService[] = Object.freeze(
  (Object.keys(MARKETPLACES) as Marketplace[]).flatMap((m) => TIERS.map((tier) => serviceOf(m, tier))),
);

/** The services offered for deliveries in a marketplace, standard first. */
export function servicesFor(marketplace: Marketplace): readonly CarrierService[] {
  return SERVICES.filter((s) => s.marketplace === marketplace);
}

export function serviceById(id: string): CarrierService | null {
  return SERVICES.find((s) => s.id === id) ?? null;
}

/** The service a shipment goes with when none was chosen (uploads): the marketplace's standard one. */
export function defaultServiceFor(marketplace: Marketplace): CarrierService {
  return servicesFor(marketplace)[0]!;
}
