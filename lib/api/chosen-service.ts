import { isUuid } from '@/lib/ids/uuid';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { chargeFor } from '@/lib/shipping/rate-card';
import { serviceById, servicesFor, type CarrierService } from '@/lib/shipping/services';
import type { ParsedPackage } from '@/lib/upload/types';
import { businessIdOf } from './business-id';
import { fieldError, invalidInput, type ApiError, type ApiFailure } from './errors';
import type { ServiceSelection } from './one-click-request';
import { quotedPackages, type StoredQuote } from './rate-quote';

export interface ChosenService {
  ok: true;
  service: CarrierService;
  totalChargeMinor: number;
  currency: string;
}

/** The request token as the database can look it up; any other text is simply not a known token. */
export function lookupToken(selection: ServiceSelection): string | null {
  return selection.requestToken !== undefined && isUuid(selection.requestToken) ? selection.requestToken : null;
}

function offeredList(marketplace: Marketplace): string {
  return servicesFor(marketplace)
    .map((service) => `${service.id} (${service.name})`)
    .join(', ');
}

function unofferedErrors(marketplace: Marketplace, serviceIds: readonly string[]): ApiError[] {
  return serviceIds.flatMap((id, i) =>
    serviceById(id)?.marketplace === marketplace
      ? []
      : [
          fieldError(
            `serviceSelection.serviceId[${i}]`,
            `${JSON.stringify(id)} is not a service offered for ${businessIdOf(marketplace)}; offered: ${offeredList(marketplace)}`,
          ),
        ],
  );
}

function sameQuotedPackages(quote: StoredQuote, packages: readonly ParsedPackage[]): boolean {
  return JSON.stringify(quote.packages) === JSON.stringify(quotedPackages(packages));
}

/** The quoted rate a selection names, or why it cannot be used. */
function quotedRate(
  marketplace: Marketplace,
  selection: ServiceSelection,
  quote: StoredQuote | null,
  packages: readonly ParsedPackage[],
): StoredQuote['rates'][number] | ApiError {
  const tokenError = (message: string) => fieldError('serviceSelection.requestToken', message);
  if (quote === null) return tokenError('is unknown or has expired (a getRates answer is kept for an hour); call getRates again');
  if (quote.marketplace !== marketplace)
    return tokenError(`was quoted for ${businessIdOf(quote.marketplace)}, not ${businessIdOf(marketplace)}`);
  if (!sameQuotedPackages(quote, packages)) {
    return tokenError('was quoted for other packages (their client references or weights differ); call getRates again');
  }
  if (selection.rateId === undefined) {
    const serviceId = selection.serviceId[0]!;
    return quote.rates.find((rate) => rate.serviceId === serviceId) ?? tokenError(`holds no rate for ${serviceId}`);
  }
  const rate = quote.rates.find((candidate) => candidate.rateId === selection.rateId);
  if (!rate) return fieldError('serviceSelection.rateId', 'is not a rate of serviceSelection.requestToken');
  if (!selection.serviceId.includes(rate.serviceId)) {
    return fieldError('serviceSelection.rateId', `is a rate of ${rate.serviceId}, which serviceSelection.serviceId does not name`);
  }
  return rate;
}

/**
 * The service a oneClickShipment ships with and its charge. Every listed service must be offered in the
 * marketplace; the first is used, or the one of the named rate. With a request token (our extension) the
 * charge is the quoted one, else the rate card's.
 */
export function chooseService(
  marketplace: Marketplace,
  selection: ServiceSelection,
  quote: StoredQuote | null,
  packages: readonly ParsedPackage[],
): ChosenService | ApiFailure {
  const unoffered = unofferedErrors(marketplace, selection.serviceId);
  if (unoffered.length > 0) return invalidInput(unoffered);
  const currency = MARKETPLACES[marketplace].currency;
  if (selection.requestToken === undefined) {
    if (selection.rateId !== undefined) {
      return invalidInput([
        fieldError('serviceSelection.rateId', 'needs serviceSelection.requestToken, the getRates answer it comes from'),
      ]);
    }
    const service = serviceById(selection.serviceId[0]!)!;
    const { totalChargeMinor } = chargeFor(
      service,
      packages.map((pkg) => pkg.weight),
    );
    return { ok: true, service, totalChargeMinor, currency };
  }
  const rate = quotedRate(marketplace, selection, quote, packages);
  if ('code' in rate) return invalidInput([rate]);
  return { ok: true, service: serviceById(rate.serviceId)!, totalChargeMinor: rate.totalChargeMinor, currency };
}
