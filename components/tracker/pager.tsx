import Link from 'next/link';
import type { CappedCount } from '@/db/queries/tracker';
import type { Cursor, TrackerQuery } from '@/lib/tracker/query';
import { trackerHref } from '@/lib/tracker/query';
import { countText } from './status-chips';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
const offClass = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500';

export function Pager({
  query,
  next,
  prev,
  shown,
  total,
}: {
  query: TrackerQuery;
  next: Cursor | null;
  prev: Cursor | null;
  shown: number;
  total: CappedCount;
}) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 pt-4">
      <p className="text-sm text-slate-600" data-testid="tracker-total">
        {shown.toLocaleString('en-GB')} shown of {countText(total)} shipment{total.count === 1 && !total.capped ? '' : 's'}
      </p>
      <div className="flex gap-2">
        {query.after || query.before ? (
          <Link href={trackerHref(query, { after: null, before: null })} className={linkClass}>
            First
          </Link>
        ) : null}
        {prev ? (
          <Link href={trackerHref(query, { before: prev, after: null })} className={linkClass} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={offClass}>Previous</span>
        )}
        {next ? (
          <Link href={trackerHref(query, { after: next, before: null })} className={linkClass} rel="next">
            Next
          </Link>
        ) : (
          <span className={offClass}>Next</span>
        )}
      </div>
    </nav>
  );
}
