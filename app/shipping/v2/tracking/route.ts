import { findTrackedShipment } from '@/db/queries/api-tracking';
import { marketplaceOfRequest } from '@/lib/api/business-id';
import { apiFailure } from '@/lib/api/errors';
import { trackingQueryOf } from '@/lib/api/tracking-request';
import { getTrackingResponse } from '@/lib/api/tracking-response';
import { apiRoute } from '../_lib/api-route';

/**
 * getTracking: a shipment of the key's account by tracking id, from its stored events. The business-id header
 * is checked for its form only: a tracking id names one shipment whatever the marketplace. Unknown and another
 * account's tracking ids get the same 404.
 */
export const GET = apiRoute('getTracking', async ({ request, db, accountId }) => {
  const place = marketplaceOfRequest(request.headers);
  if (!place.ok) return place;
  const query = trackingQueryOf(new URL(request.url));
  if (!query.ok) return query;
  const shipment = await findTrackedShipment(db, accountId, query.trackingId);
  if (!shipment) return apiFailure(404, 'NotFound', 'No shipment has this trackingId.');
  return { ok: true, body: getTrackingResponse(shipment) };
});
