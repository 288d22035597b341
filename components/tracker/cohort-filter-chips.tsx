import Link from 'next/link';
import { cohortFilterChips } from '@/lib/tracker/active-filters';
import type { TrackerQuery } from '@/lib/tracker/query';

/** The filters an insights link set (label days, reason, lock-outs, first attempt), each removable on its own. */
export function CohortFilterChips({ query, className = '' }: { query: TrackerQuery; className?: string }) {
  const chips = cohortFilterChips(query);
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Other filters" className={`flex flex-wrap gap-2 ${className}`}>
      {chips.map((chip) => (
        <li
          key={chip.key}
          data-testid={`filter-chip-${chip.key}`}
          className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-1 pl-3 pr-1 text-sm font-medium text-brand-900"
        >
          {chip.label}
          <Link
            href={chip.removeHref}
            aria-label={`Remove filter: ${chip.label}`}
            className="inline-flex h-6 w-6 items-center justify-center rounded-full text-brand-700 hover:bg-brand-100 hover:text-brand-900"
          >
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
