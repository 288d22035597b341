import type { ManagedAccountRow } from '@/db/queries/managed-accounts';
import { eligibleShareView } from '@/lib/settings/eligible-share-view';

/** An account's OTP-eligible share, or why there is none, with the figures behind it on hover and for screen readers. */
export function EligibleShare({ row }: { row: ManagedAccountRow }) {
  const view = eligibleShareView({
    otpEnabled: row.otpEnabled,
    shipments: row.shipments30d,
    eligible: row.eligible30d,
    share: row.eligibleShare,
    otpEnabledAt: row.otpEnabledAt,
    shippedSinceOtpEnabled: row.shippedSinceOtpEnabled,
  });
  const numeric = view.text.endsWith('%');
  return (
    <span className={numeric ? 'tabular-nums' : 'text-slate-500'} title={view.detail}>
      {view.text}
      <span className="sr-only"> ({view.detail})</span>
    </span>
  );
}
