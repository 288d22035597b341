import { randomUUID } from 'node:crypto';
import { loadAccountRememberingQuote } from '@/db/queries/api-rate-requests';
import { marketplaceRefusal } from '@/lib/api/business-id';
import { getRatesResponse } from '@/lib/api/get-rates-response';
import { otpSecureDeliveryPackage } from '@/lib/api/otp-secure-delivery';
import { quoteRates, storedQuoteOf } from '@/lib/api/rate-quote';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { apiRoute } from '../../_lib/api-route';
import { readShipmentRequest } from '../../_lib/json-body';

/**
 * getRates: every service of the request's marketplace priced for its packages, and (our extension,
 * `payload.otpSecureDelivery`) whether each package will need a passcode. Stores no shipment; the quote is kept
 * for an hour under `payload.requestToken` so a oneClickShipment can ship at it.
 */
export const POST = apiRoute('getRates', async ({ request, db, accountId, now }) => {
  const valid = await readShipmentRequest(request, 'getRates');
  if (!valid.ok) return valid;
  const { marketplace } = valid;

  const rates = quoteRates(marketplace, valid.packages, randomUUID);
  const requestToken = randomUUID();
  const account = await loadAccountRememberingQuote(db, {
    accountId,
    marketplace,
    requestToken,
    quote: storedQuoteOf(marketplace, valid.packages, rates),
    now,
  });
  const refusal = marketplaceRefusal(marketplace, account.marketplaces);
  if (refusal) return refusal;

  const packages = valid.packages.map((pkg) => {
    const result = eligibilityOf(pkg, account.rules);
    return otpSecureDeliveryPackage(pkg.packageClientReferenceId, result.eligible, result.reasons);
  });
  return { ok: true, body: getRatesResponse({ requestToken, rates, shipDate: valid.shipDate, otpSecureDelivery: { packages } }) };
});
