import { CARRIER } from '@/lib/shipping/services';
import { fieldError, invalidInput, type ApiError, type ApiFailure } from './errors';

const MAX_TRACKING_ID_LENGTH = 100;

/**
 * getTracking's query: `trackingId` is required. The model requires `carrierId` too; here it may be left out,
 * and when sent it must be this carrier's id.
 */
export function trackingQueryOf(url: URL): { ok: true; trackingId: string } | ApiFailure {
  const trackingId = url.searchParams.get('trackingId')?.trim() ?? '';
  const carrierId = url.searchParams.get('carrierId');
  const errors: ApiError[] = [];
  if (trackingId === '') errors.push(fieldError('trackingId', 'is required'));
  else if (trackingId.length > MAX_TRACKING_ID_LENGTH) {
    errors.push(fieldError('trackingId', `must be at most ${MAX_TRACKING_ID_LENGTH} characters (got ${trackingId.length})`));
  }
  if (carrierId !== null && carrierId !== CARRIER.id) {
    errors.push(fieldError('carrierId', `must be ${CARRIER.id} (got ${JSON.stringify(carrierId.slice(0, 60))})`));
  }
  return errors.length > 0 ? invalidInput(errors) : { ok: true, trackingId };
}
