import Link from 'next/link';
import { COUNT_CAP, type CappedCount, type StatusCounts } from '@/db/queries/tracker';
import { type TrackerQuery, trackerHref } from '@/lib/tracker/query';
import { TRACKER_LABELS, TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';

export function countText(c: CappedCount): string {
  return `${c.count.toLocaleString('en-GB')}${c.capped ? '+' : ''}`;
}

const chipClass = (on: boolean) =>
  `inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
    on ? 'border-brand-600 bg-brand-50 font-medium text-brand-900' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
  }`;

/**
 * Counts per status under the other filters; each chip adds or removes its status from the view. Without
 * counts (a search matching too many shipments to count per status) every status has its chip, and the
 * nav says why the numbers are missing.
 */
export function StatusChips({ query, counts }: { query: TrackerQuery; counts: StatusCounts | null }) {
  const toggle = (s: TrackerState) => (query.statuses.includes(s) ? query.statuses.filter((x) => x !== s) : [...query.statuses, s]);
  const shown = TRACKER_STATES.filter((s) => !counts || counts[s].count > 0 || query.statuses.includes(s));
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href={trackerHref(query, { statuses: [] })}
            className={chipClass(query.statuses.length === 0)}
            aria-current={query.statuses.length === 0 ? 'true' : undefined}
          >
            All statuses
          </Link>
        </li>
        {shown.map((s) => {
          const on = query.statuses.includes(s);
          return (
            <li key={s}>
              <Link
                href={trackerHref(query, { statuses: toggle(s) })}
                className={chipClass(on)}
                aria-current={on ? 'true' : undefined}
                data-testid={`chip-${s}`}
              >
                {TRACKER_LABELS[s]}
                {counts && <span className="tabular-nums text-slate-600">{countText(counts[s])}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
      {!counts && (
        <p className="mt-2 text-xs text-slate-500">
          This search matches more than {COUNT_CAP.toLocaleString('en-GB')} shipments: counts per status are shown for narrower searches.
        </p>
      )}
    </nav>
  );
}
