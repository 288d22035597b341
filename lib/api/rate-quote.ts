import type { Marketplace } from '@/lib/otp/marketplaces';
import { billedKilograms, chargeFor } from '@/lib/shipping/rate-card';
import { servicesFor, type CarrierService } from '@/lib/shipping/services';
import type { ParsedPackage } from '@/lib/upload/types';

/** One service's price for a request's packages. */
export interface QuotedRate {
  rateId: string;
  service: CarrierService;
  billedKilograms: number;
  totalChargeMinor: number;
}

/**
 * A getRates answer as remembered under its request token (api_rate_requests.rates), so a oneClickShipment
 * naming the token pays what it was quoted, for the packages it was quoted for.
 */
export interface StoredQuote {
  marketplace: Marketplace;
  /** Each package's client reference and billed kilograms, in request order. */
  packages: [string, number][];
  rates: { rateId: string; serviceId: string; totalChargeMinor: number }[];
}

/** What a quote depends on of the packages: their references and billed weights. */
export function quotedPackages(packages: readonly ParsedPackage[]): [string, number][] {
  return packages.map((pkg) => [pkg.packageClientReferenceId, billedKilograms(pkg.weight)]);
}

/** Every service of the marketplace, priced for these packages by the rate card. */
export function quoteRates(marketplace: Marketplace, packages: readonly ParsedPackage[], newRateId: () => string): QuotedRate[] {
  const weights = packages.map((pkg) => pkg.weight);
  return servicesFor(marketplace).map((service) => ({ rateId: newRateId(), service, ...chargeFor(service, weights) }));
}

export function storedQuoteOf(marketplace: Marketplace, packages: readonly ParsedPackage[], rates: readonly QuotedRate[]): StoredQuote {
  return {
    marketplace,
    packages: quotedPackages(packages),
    rates: rates.map((rate) => ({ rateId: rate.rateId, serviceId: rate.service.id, totalChargeMinor: rate.totalChargeMinor })),
  };
}
