import { REASON_LABELS, type ReasonCode } from '@/lib/otp';
import type { UploadSummary } from '@/lib/upload/report';

function Stat({ label, value, tone = 'text-slate-900' }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold tabular-nums ${tone}`}>{value.toLocaleString('en-GB')}</dd>
    </div>
  );
}

export function UploadSummaryView({ summary, onReason }: { summary: UploadSummary; onReason: (code: ReasonCode) => void }) {
  const reasons = Object.entries(summary.notEligibleByReason) as [ReasonCode, number][];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label="Packages" value={summary.packages} />
        <Stat label="Valid" value={summary.valid} />
        <Stat label="Rejected rows" value={summary.rejected} tone={summary.rejected ? 'text-red-700' : undefined} />
        <Stat label="Already stored" value={summary.alreadyStored} />
        <Stat label="OTP eligible" value={summary.eligible} tone="text-emerald-700" />
        <Stat label="Not eligible" value={summary.notEligible} />
      </dl>
      {reasons.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">Not eligible, by reason (a package can have several)</h3>
          <ul className="flex flex-wrap gap-2">
            {reasons.map(([code, n]) => (
              <li key={code}>
                <button
                  type="button"
                  onClick={() => onReason(code)}
                  className="rounded-full bg-slate-100 px-3 py-1 text-xs font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {REASON_LABELS[code]}: <span className="tabular-nums">{n.toLocaleString('en-GB')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
