import type { Metadata } from 'next';
import Link from 'next/link';
import { RunDayControls } from '@/components/delivery/run-day-controls';
import { StatusBadge } from '@/components/shipments/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listTodaysPackages, type StationPackageSummary } from '@/db/queries/delivery';
import type { TrackerState } from '@/lib/tracker/states';
import { requirePageActor } from '../../_lib/session';
import { pickUpAllAction, takeAllOutAction } from './actions';

export const metadata: Metadata = { title: "Today's deliveries" };

const GROUPS: { title: string; states: TrackerState[] }[] = [
  { title: 'Out for delivery', states: ['out_for_delivery'] },
  { title: 'Attempted: return to station', states: ['attempted_otp_not_available', 'delivery_attempted'] },
  { title: 'Picked up, at the station', states: ['in_transit'] },
  { title: 'To pick up', states: ['label_created'] },
  { title: 'Finished today', states: ['delivered', 'delivered_with_otp', 'returned_to_station'] },
];

function PackageRow({ pkg }: { pkg: StationPackageSummary }) {
  return (
    <li>
      <Link
        href={`/delivery/${pkg.id}`}
        className="flex items-center justify-between gap-3 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
      >
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-slate-900">{pkg.recipientName}</p>
          <p className="font-mono text-xs text-slate-500">{pkg.trackingId}</p>
          <p className="truncate text-xs text-slate-500">{pkg.shipperName}</p>
          {pkg.needsPasscode && <p className="text-xs font-medium text-brand-700">Passcode needed</p>}
        </div>
        <StatusBadge state={pkg.trackerState} />
      </Link>
    </li>
  );
}

export default async function DeliveryPage() {
  const actor = await requirePageActor(['delivery_associate'], '/delivery');
  const packages = await listTodaysPackages(await getDb(), actor);
  const count = (state: TrackerState) => packages.filter((p) => p.trackerState === state).length;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageHeader title="Today's deliveries" description={`Station ${actor.station ?? '—'}: open a package to deliver it.`} />
      <Card title="Run the day (demo)">
        <RunDayControls
          toPickUp={count('label_created')}
          toTakeOut={count('in_transit')}
          pickUpAll={pickUpAllAction}
          takeAllOut={takeAllOutAction}
        />
      </Card>
      {GROUPS.map((group) => {
        const rows = packages.filter((p) => group.states.includes(p.trackerState));
        if (rows.length === 0) return null;
        return (
          <Card key={group.title} title={`${group.title} (${rows.length})`}>
            <ul className="-my-3 divide-y divide-slate-100">
              {rows.map((pkg) => (
                <PackageRow key={pkg.id} pkg={pkg} />
              ))}
            </ul>
          </Card>
        );
      })}
      {packages.length === 0 && (
        <Card>
          <p className="text-sm text-slate-600">No packages at your station today.</p>
        </Card>
      )}
    </div>
  );
}
