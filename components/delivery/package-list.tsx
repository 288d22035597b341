'use client';

import Link from 'next/link';
import { StatusBadge } from '@/components/shipments/status-badge';
import type { TrackerState } from '@/lib/tracker/states';

/** One package of the station's day, as the list shows it: display strings only. */
export interface DeliveryListRow {
  id: string;
  trackingId: string;
  recipientName: string;
  shipperName: string;
  trackerState: TrackerState;
  stateLabel: string;
  needsPasscode: boolean;
}

/**
 * One group of the station's packages, each a link to its page. A client component, so a busy station's
 * hundreds of rows reach the browser once, as data, instead of as markup twice (the HTML and the page's payload).
 */
export function PackageList({ rows, passcodeNeeded }: { rows: DeliveryListRow[]; passcodeNeeded: string }) {
  return (
    <ul className="-my-3 divide-y divide-slate-100">
      {rows.map((pkg) => (
        <li key={pkg.id}>
          <Link
            href={`/delivery/${pkg.id}`}
            className="flex items-center justify-between gap-3 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
          >
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-900">{pkg.recipientName}</p>
              <p className="font-mono text-xs text-slate-500">{pkg.trackingId}</p>
              <p className="truncate text-xs text-slate-500">{pkg.shipperName}</p>
              {pkg.needsPasscode && <p className="text-xs font-medium text-brand-700">{passcodeNeeded}</p>}
            </div>
            <StatusBadge state={pkg.trackerState} label={pkg.stateLabel} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
