import Link from 'next/link';
import type { ManagedAccountRow } from '@/db/queries/managed-accounts';
import { OnOffBadge } from '@/components/settings/on-off-badge';
import { EligibleShare } from './eligible-share';
import { ThresholdSummary } from './threshold-summary';

/** The account table's rows as cards, for narrow screens. */
export function ManagedAccountCards({ rows }: { rows: ManagedAccountRow[] }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Shipper accounts you manage">
      {rows.map((r) => (
        <li key={r.id} className="space-y-2 py-3 text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <Link href={`/manager/accounts/${r.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {r.name}
            </Link>
            <span className="text-slate-500">{r.marketplaces.join(', ')}</span>
          </div>
          <div className="flex flex-wrap gap-1">
            <OnOffBadge on={r.otpEnabled} onLabel="OTP on" offLabel="OTP off" />
            <OnOffBadge on={r.emailNotifications} onLabel="Email on" offLabel="Email off" />
            <OnOffBadge on={r.smsNotifications} onLabel="SMS on" offLabel="SMS off" />
          </div>
          <ThresholdSummary marketplaces={r.marketplaces} overrides={r.overrides} />
          <p className="text-slate-600">
            <span className="tabular-nums">{r.shipments30d.toLocaleString('en-GB')}</span> shipments in 30 days · OTP eligible:{' '}
            <EligibleShare row={r} />
          </p>
        </li>
      ))}
    </ul>
  );
}
