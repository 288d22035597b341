import type { ShipmentDetail } from '@/db/queries/tracker';
import { MARKETPLACES } from '@/lib/otp/marketplaces';
import { timeIn } from '@/lib/tracker/format';
import { passcodeCheckText, type PasscodeLimits } from '@/lib/tracker/passcode-check-text';

const TONE: Record<ShipmentDetail['passcodeChecks'][number]['outcome'], string> = {
  right: 'text-emerald-800',
  wrong: 'text-amber-900',
  locked: 'text-red-800',
  expired: 'text-red-800',
  resent: 'text-slate-900',
};

/** Proof of delivery: every passcode entry and resend on the package, oldest first, by whom and where; never the code. */
export function PasscodeCheckList({
  checks,
  marketplace,
  limits,
}: {
  checks: ShipmentDetail['passcodeChecks'];
  marketplace: string | null;
  limits: PasscodeLimits;
}) {
  if (checks.length === 0) return <p className="text-sm text-slate-600">No passcode was entered for this package.</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label="Passcode checks, oldest first">
      {checks.map((check, position) => (
        <li key={position} className="py-2 text-sm">
          <p className={`font-medium ${TONE[check.outcome]}`}>{passcodeCheckText(check, limits)}</p>
          <p className="text-xs text-slate-600">
            <time dateTime={check.at.toISOString()}>{timeIn(marketplace, check.at)}</time> · {check.deliveryAssociate} ·{' '}
            {MARKETPLACES[check.station].name} station
          </p>
        </li>
      ))}
    </ol>
  );
}
