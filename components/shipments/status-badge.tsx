import { TRACKER_LABELS, type TrackerState } from '@/lib/tracker/states';

const TONES: Partial<Record<TrackerState, string>> = {
  delivered_with_otp: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  delivered: 'bg-green-50 text-green-800 ring-green-600/20',
  attempted_otp_not_available: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  delivery_attempted: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  returned_to_station: 'bg-orange-50 text-orange-900 ring-orange-600/30',
  out_for_delivery: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  in_transit: 'bg-indigo-50 text-indigo-800 ring-indigo-600/20',
  lost: 'bg-red-50 text-red-800 ring-red-600/20',
  rejected: 'bg-red-50 text-red-800 ring-red-600/20',
  undeliverable: 'bg-red-50 text-red-800 ring-red-600/20',
};

/** A state's badge; pages in another language pass its label from their catalogue. */
export function StatusBadge({ state, label = TRACKER_LABELS[state] }: { state: TrackerState; label?: string }) {
  const tone = TONES[state] ?? 'bg-slate-100 text-slate-700 ring-slate-500/20';
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
      {label}
    </span>
  );
}
