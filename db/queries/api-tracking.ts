import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { TrackedShipment } from '@/lib/api/tracking-response';
import type { EventCode } from '@/lib/tracker/states';
import type { DbOrTx } from '../client';
import { shipments, uploads } from '../schema';

interface EventJson {
  eventCode: EventCode;
  /** timestamptz as JSON text, with its offset. */
  eventTime: string;
  location: Record<string, unknown> | null;
}

/**
 * One of the account's shipments by tracking id, with its events oldest first, in one statement. Another
 * account's tracking id is not found, exactly like an unknown one.
 */
export async function findTrackedShipment(db: DbOrTx, accountId: string, trackingId: string): Promise<TrackedShipment | null> {
  const [row] = await db
    .select({
      trackingId: shipments.trackingId,
      marketplace: shipments.marketplace,
      serviceId: shipments.serviceId,
      createdAt: shipments.createdAt,
      requestedShipDate: sql<string | null>`${uploads.report} -> 'oneClick' ->> 'shipDate'`,
      status: shipments.status,
      detailCode: shipments.detailCode,
      events: sql<EventJson[]>`(
        select coalesce(json_agg(json_build_object('eventCode', e.event_code, 'eventTime', e.event_time, 'location', e.location)
          order by e.event_time, e.id), '[]'::json)
        from tracking_events e where e.shipment_id = ${shipments.id})`,
    })
    .from(shipments)
    .leftJoin(uploads, eq(uploads.id, shipments.uploadId))
    .where(and(eq(shipments.trackingId, trackingId), eq(shipments.accountId, accountId)))
    .limit(1);
  if (!row) return null;
  const { createdAt, requestedShipDate, events, ...shipment } = row;
  return {
    ...shipment,
    shipDate: requestedShipDate === null ? createdAt : new Date(requestedShipDate),
    events: events.map((event) => ({ eventCode: event.eventCode, eventTime: new Date(event.eventTime), location: event.location })),
  };
}
