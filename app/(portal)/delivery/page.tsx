import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/shipments/status-badge';
import { listStationShipments } from '@/db/queries/shipments-overview';
import { requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: "Today's deliveries" };

export default async function DeliveryPage() {
  const actor = await requirePageActor(['delivery_associate'], '/delivery');
  const rows = await listStationShipments(actor);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Today's deliveries" description={`Packages moving through station ${actor.station ?? '—'}.`} />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">No packages at your station right now.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((r) => (
              <li key={r.trackingId} className="flex items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-mono text-xs text-slate-500">{r.trackingId}</p>
                  <p className="text-sm font-medium">{r.recipientName}</p>
                  {r.otpEligible && <p className="text-xs font-medium text-brand-700">Passcode needed</p>}
                </div>
                <StatusBadge state={r.trackerState} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
