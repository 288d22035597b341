import { loadApiAccount } from '@/db/queries/api-account';
import { findQuote } from '@/db/queries/api-rate-requests';
import { storeOneClickShipment } from '@/db/queries/api-shipments';
import { marketplaceRefusal } from '@/lib/api/business-id';
import { chooseService, lookupToken } from '@/lib/api/chosen-service';
import { fieldError, invalidInput } from '@/lib/api/errors';
import { oneClickOptionsOf } from '@/lib/api/one-click-request';
import { labelContentOf, oneClickShipmentResponse } from '@/lib/api/one-click-shipment';
import { renderLabel } from '@/lib/labels';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { apiRoute } from '../_lib/api-route';
import { readShipmentRequest } from '../_lib/json-body';

/**
 * oneClickShipment: validates and judges the packages as an upload does, stores them as one upload (format
 * 'api') and answers with each package's tracking id and label. A retry with the same packageClientReferenceIds
 * gets the first answer again, labels drawn anew from the stored shipments, and stores nothing.
 */
export const POST = apiRoute('oneClickShipment', async ({ request, db, keyId, actor, accountId, now }) => {
  const valid = await readShipmentRequest(request, 'oneClick');
  if (!valid.ok) return valid;
  const { marketplace } = valid;
  const options = oneClickOptionsOf(valid.body);
  if (!options.ok) return options;

  const token = lookupToken(options.selection);
  const [account, quote] = await Promise.all([loadApiAccount(db, accountId), token === null ? null : findQuote(db, accountId, token, now)]);
  const refusal = marketplaceRefusal(marketplace, account.marketplaces);
  if (refusal) return refusal;
  const chosen = chooseService(marketplace, options.selection, quote, valid.packages);
  if (!chosen.ok) return chosen;

  const stored = await storeOneClickShipment(db, {
    accountId,
    userId: actor.userId,
    apiKeyId: keyId,
    marketplace,
    service: chosen.service,
    totalChargeMinor: chosen.totalChargeMinor,
    currency: chosen.currency,
    shipDate: valid.shipDate,
    packages: valid.packages,
    eligibility: valid.packages.map((pkg) => eligibilityOf(pkg, account.rules)),
  });
  if (!stored.ok) {
    return invalidInput(
      valid.packages.flatMap((pkg, i) =>
        stored.taken.includes(pkg.packageClientReferenceId)
          ? [
              fieldError(
                `packages[${i}].packageClientReferenceId`,
                `${JSON.stringify(pkg.packageClientReferenceId)} is already used by an earlier shipment of this account; a retry must repeat exactly the packages of its first request`,
              ),
            ]
          : [],
      ),
    );
  }
  const { shipment } = stored;
  const labels = await Promise.all(shipment.packages.map((pkg) => renderLabel(labelContentOf(shipment, pkg), options.labelSpec)));
  return { ok: true, body: oneClickShipmentResponse(shipment, labels) };
});
