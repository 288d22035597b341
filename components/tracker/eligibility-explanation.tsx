import type { StoredEligibility } from '@/lib/otp';
import { eligibilityView, type RuleOutcome } from '@/lib/tracker/eligibility-view';

const OUTCOME: Record<RuleOutcome, { text: string; className: string }> = {
  passed: { text: 'Passed', className: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  failed: { text: 'Failed', className: 'bg-red-50 text-red-800 ring-red-600/20' },
  not_checked: { text: 'Not checked', className: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
};

/** The eligibility result stored when the label was created: history is shown as it was, never re-run. */
export function EligibilityExplanation({ result }: { result: StoredEligibility }) {
  const view = eligibilityView(result);
  return (
    <div className="space-y-3 text-sm">
      <p className="font-medium text-slate-900">
        {view.eligible
          ? 'OTP Secure Delivery applied: the recipient needed a passcode.'
          : 'OTP Secure Delivery did not apply to this shipment.'}
      </p>
      <p className="text-slate-700">
        {view.threshold
          ? `Threshold used: ${view.threshold.value.toFixed(2)} ${view.threshold.unit}, ${view.threshold.source === 'account' ? "the account's own threshold" : 'the marketplace default'}.`
          : 'No threshold applied (the ship-to country is not an OTP marketplace).'}
      </p>
      {view.rules.length > 0 && (
        <ul className="divide-y divide-slate-100" aria-label="Eligibility rules">
          {view.rules.map((rule) => (
            <li key={rule.code} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="text-slate-900">{rule.label}</p>
                {rule.reason && <p className="text-xs text-red-800">{rule.reason}</p>}
              </div>
              <span
                className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${OUTCOME[rule.outcome].className}`}
              >
                {OUTCOME[rule.outcome].text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
