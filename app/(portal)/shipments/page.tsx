import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RecentShipmentsTable } from '@/components/shipments/recent-shipments-table';
import { StatusBadge } from '@/components/shipments/status-badge';
import { countShipmentsByState, listRecentShipments } from '@/db/queries/shipments-overview';
import { TRACKER_STATES } from '@/lib/tracking/states';
import { requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'Shipment tracker' };

export default async function ShipmentsPage() {
  const actor = await requirePageActor(['shipper'], '/shipments');
  const [counts, recent] = await Promise.all([countShipmentsByState(actor), listRecentShipments(actor, null, 15)]);
  return (
    <>
      <PageHeader title="Shipment tracker" description="Your shipments and where each one is. OTP Secure Delivery packages end as “Delivered With OTP”." />
      <Card title="By status" className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {TRACKER_STATES.filter((s) => counts[s]).map((s) => (
            <li key={s} className="flex items-center gap-2 text-sm">
              <StatusBadge state={s} />
              <span className="tabular-nums text-slate-700">{counts[s]}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Latest activity">
        <RecentShipmentsTable rows={recent} caption="Latest shipments" />
      </Card>
    </>
  );
}
