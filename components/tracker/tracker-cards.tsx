import Link from 'next/link';
import { StatusBadge } from '@/components/shipments/status-badge';
import { COLUMN_LABELS } from '@/lib/tracker/columns';
import { shipmentDetailHref } from '@/lib/tracker/detail-href';
import type { TrackerRowView } from '@/lib/tracker/row-view';
import { OtpEligibleCell } from './otp-eligible-cell';

interface TrackerCardsProps {
  rows: TrackerRowView[];
  /** Appended to detail links so a manager stays on the same account. */
  detailSuffix: string;
  className?: string;
}

const termClass = 'text-slate-600';

/** The tracker on a phone: one card per shipment, the whole card a link to its page. */
export function TrackerCards({ rows, detailSuffix, className = '' }: TrackerCardsProps) {
  return (
    <ul aria-label="Shipments in this view" className={`space-y-3 ${className}`}>
      {rows.map((row) => (
        <li key={row.id} className="relative rounded-lg border border-slate-200 p-3 hover:bg-slate-50">
          <div className="flex items-start justify-between gap-2">
            {/* The link's ::after covers the card, so a tap anywhere opens the shipment. */}
            <Link
              href={shipmentDetailHref(row.trackingId, detailSuffix)}
              data-testid="card-trackingId"
              className="font-mono text-sm font-medium text-brand-700 underline-offset-2 after:absolute after:inset-0 after:rounded-lg hover:underline"
            >
              {row.trackingId}
            </Link>
            <span data-testid="card-status">
              <StatusBadge state={row.state} />
            </span>
          </div>
          <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className={termClass}>{COLUMN_LABELS.recipient}</dt>
            <dd className="break-words text-slate-900">{row.recipient}</dd>
            <dt className={termClass}>{COLUMN_LABELS.value}</dt>
            <dd className="tabular-nums text-slate-900">{row.value}</dd>
            <dt className={termClass}>{COLUMN_LABELS.otp}</dt>
            {/* Above the card's link, so "No" opens its reasons instead of the shipment. */}
            <dd className="relative text-slate-900" data-testid="card-otp">
              <OtpEligibleCell row={row} />
            </dd>
            <dt className={termClass}>{COLUMN_LABELS.lastEvent}</dt>
            <dd className="text-slate-700">{row.lastEvent}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
