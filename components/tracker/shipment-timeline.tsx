import type { ShipmentDetail } from '@/db/queries/tracker';
import { timeIn } from '@/lib/tracker/format';
import { eventLabel } from '@/lib/tracker/states';

function place(location: ShipmentDetail['events'][number]['location']): string {
  if (!location) return '—';
  return [location.city, location.postalCode, location.countryCode].filter(Boolean).join(', ') || '—';
}

/** The carrier's tracking events, newest first, in the shipper's words with the carrier's codes beside; times in the marketplace's time zone. */
export function ShipmentTimeline({ events, marketplace }: { events: ShipmentDetail['events']; marketplace: string | null }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No tracking events yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label="Tracking events, newest first">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.65rem] top-1.5 size-2.5 rounded-full bg-brand-600 ring-4 ring-white" />
          <p className="text-sm text-slate-900">
            <span className="font-medium">{eventLabel(e)}</span>{' '}
            <code className="font-mono text-xs text-slate-500">
              {e.eventCode} → {e.status}
            </code>
            {e.detailCode && <code className="ml-1.5 rounded bg-slate-100 px-1 font-mono text-xs text-slate-600">{e.detailCode}</code>}
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={e.eventTime.toISOString()}>{timeIn(marketplace, e.eventTime)}</time> · {place(e.location)}
          </p>
        </li>
      ))}
    </ol>
  );
}
