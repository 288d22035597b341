import type { Marketplace } from '@/lib/otp/marketplaces';
import { apiFailure, type ApiFailure } from './errors';

export const BUSINESS_ID_HEADER = 'x-amzn-shipping-business-id';

/** The carrier businesses this portal serves, one per OTP marketplace; the model's others (US, JP…) are refused. */
const MARKETPLACE_OF: Readonly<Record<string, Marketplace>> = Object.freeze({
  AmazonShipping_UK: 'UK',
  AmazonShipping_IN: 'IN',
  AmazonShipping_IT: 'IT',
  AmazonShipping_ES: 'ES',
  AmazonShipping_FR: 'FR',
});
const BUSINESS_IDS = Object.keys(MARKETPLACE_OF);

/** The model's default when the header is absent. */
const DEFAULT_BUSINESS_ID = 'AmazonShipping_UK';

export function businessIdOf(marketplace: Marketplace): string {
  return `AmazonShipping_${marketplace}`;
}

/** The marketplace a request acts in, from its business-id header (absent: the model's default, UK). */
export function marketplaceOfRequest(headers: Headers): { ok: true; marketplace: Marketplace } | ApiFailure {
  const value = headers.get(BUSINESS_ID_HEADER) ?? DEFAULT_BUSINESS_ID;
  const marketplace = Object.hasOwn(MARKETPLACE_OF, value) ? MARKETPLACE_OF[value] : undefined;
  if (marketplace === undefined) {
    return apiFailure(
      400,
      'InvalidInput',
      `${BUSINESS_ID_HEADER}: must be one of ${BUSINESS_IDS.join(', ')} (got ${JSON.stringify(value.slice(0, 60))})`,
    );
  }
  return { ok: true, marketplace };
}

/** 403 unless the account ships in the marketplace the header names. */
export function marketplaceRefusal(marketplace: Marketplace, accountMarketplaces: readonly Marketplace[]): ApiFailure | null {
  if (accountMarketplaces.includes(marketplace)) return null;
  return apiFailure(
    403,
    'Forbidden',
    `${BUSINESS_ID_HEADER}: ${businessIdOf(marketplace)} is not a marketplace of this account`,
    `This account ships in ${accountMarketplaces.map(businessIdOf).join(', ')}; send one of them in the ${BUSINESS_ID_HEADER} header.`,
  );
}
