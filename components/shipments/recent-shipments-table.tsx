import type { ShipmentRow } from '@/db/queries/shipments-overview';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { formatMoney } from '@/lib/otp/money';
import { StatusBadge } from './status-badge';

function when(date: Date, marketplace: string | null): string {
  const timeZone = marketplace ? MARKETPLACES[marketplace as Marketplace].timeZone : 'UTC';
  return date.toLocaleString('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
}

export function RecentShipmentsTable({ rows, caption }: { rows: ShipmentRow[]; caption: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No shipments yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <th scope="col" className="py-2 pr-4">Tracking id</th>
            <th scope="col" className="py-2 pr-4">Recipient</th>
            <th scope="col" className="py-2 pr-4">Marketplace</th>
            <th scope="col" className="py-2 pr-4 text-right">Insured value</th>
            <th scope="col" className="py-2 pr-4">OTP</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Last event</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.trackingId}>
              <td className="py-2 pr-4 font-mono text-xs">{r.trackingId}</td>
              <td className="py-2 pr-4">{r.recipientName}</td>
              <td className="py-2 pr-4">{r.marketplace ?? '—'}</td>
              <td className="py-2 pr-4 text-right tabular-nums">
                {formatMoney(r.insuredValueMinor, r.insuredCurrency, r.marketplace ? MARKETPLACES[r.marketplace as Marketplace].locale : 'en-GB')}
              </td>
              <td className="py-2 pr-4">{r.otpEligible ? 'Yes' : 'No'}</td>
              <td className="py-2 pr-4"><StatusBadge state={r.trackerState} /></td>
              <td className="py-2 whitespace-nowrap text-slate-600">{when(r.lastEventAt, r.marketplace)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
